# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.folder_list_type import FolderListType
from ..types import (
    UNSET,
    Unset,
    WrongType,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.cursor_pages import CursorPages
    from ..models.folder import Folder


def _decode_data(data: Any) -> list[Folder]:
    return decode_list(data, Folder.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "data",
        "pages",
        "total_count",
        "type",
    }
)


@_attrs_define(kw_only=True)
class FolderList:
    """
    Attributes:
        data (list[Folder] | Unset):
        pages (CursorPages | None | Unset):
        total_count (int | Unset): Total number of folders Example: 2.
        type_ (FolderListType | Unset):  Example: list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[Folder] | None | Unset = UNSET
    pages: CursorPages | None | None | Unset = UNSET
    total_count: int | None | Unset = UNSET
    type_: FolderListType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "list"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.data
        if _v is not UNSET:
            _d["data"] = None if _v is None else to_jsonable(_v)
        _v = self.pages
        if _v is not UNSET:
            _d["pages"] = None if _v is None else to_jsonable(_v)
        _v = self.total_count
        if _v is not UNSET:
            _d["total_count"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="FolderList")
            _d = dict(_d)
        _f = ""
        try:
            data = _d.get("data", UNSET)
            if data is not None and data is not UNSET:
                _f = "data"
                data = _decode_data(data)

            pages = _d.get("pages", UNSET)
            if pages is not None and pages is not UNSET:
                _f = "pages"
                pages = CursorPages.from_dict(pages)

            total_count = _d.get("total_count", UNSET)
            if total_count.__class__ is dict or total_count.__class__ is list:
                raise WrongType("integer", total_count, "total_count")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.data = data
            _obj.pages = pages
            _obj.total_count = total_count
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="FolderList", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("FolderList", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="FolderList", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="FolderList", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.cursor_pages import CursorPages  # noqa: E402
from ..models.folder import Folder  # noqa: E402
