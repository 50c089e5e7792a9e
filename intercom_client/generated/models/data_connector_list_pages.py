# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.data_connector_list_pages_type import DataConnectorListPagesType
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.next_page_cursor import NextPageCursor


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "next",
        "per_page",
        "type",
    }
)


@_attrs_define(kw_only=True)
class DataConnectorListPages:
    """Pagination information.

    Attributes:
        next_ (NextPageCursor | None | Unset):
        per_page (int | Unset): The number of results per page. Example: 20.
        type_ (DataConnectorListPagesType | Unset):  Example: pages.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    next_: NextPageCursor | None | None | Unset = UNSET
    per_page: int | None | Unset = UNSET
    type_: DataConnectorListPagesType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "pages"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.next_
        if _v is not UNSET:
            _d["next"] = None if _v is None else to_jsonable(_v)
        _v = self.per_page
        if _v is not UNSET:
            _d["per_page"] = _v
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
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="DataConnectorListPages")
            _d = dict(_d)
        _f = ""
        try:
            next_ = _d.get("next", UNSET)
            if next_ is not None and next_ is not UNSET:
                _f = "next"
                next_ = NextPageCursor.from_dict(next_)

            per_page = _d.get("per_page", UNSET)
            if per_page.__class__ is dict or per_page.__class__ is list:
                raise WrongType("integer", per_page, "per_page")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.next_ = next_
            _obj.per_page = per_page
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="DataConnectorListPages", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("DataConnectorListPages", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="DataConnectorListPages", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="DataConnectorListPages", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.next_page_cursor import NextPageCursor  # noqa: E402
