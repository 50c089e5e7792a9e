# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.merge_history_list_type import MergeHistoryListType
from ..types import (
    UNSET,
    Unset,
    WrongType,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.merge_history_item import MergeHistoryItem


def _decode_data(data: Any) -> list[MergeHistoryItem]:
    return decode_list(data, MergeHistoryItem.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "data",
        "has_more",
        "next_cursor",
        "type",
    }
)


@_attrs_define(kw_only=True)
class MergeHistoryList:
    """A paginated list of merge history entries for a contact.

    Attributes:
        data (list[MergeHistoryItem] | Unset): An array of merge history entries.
        has_more (bool | Unset): Whether there are more results to fetch. Example: False.
        next_cursor (None | str | Unset): A cursor to pass as the `cursor` query parameter to fetch the next page of
            results. Absent when there are no more pages. Example: WyIxNjM0NTY3ODkwIl0.
        type_ (MergeHistoryListType | Unset): The type of object. Example: list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[MergeHistoryItem] | None | Unset = UNSET
    has_more: bool | None | Unset = UNSET
    next_cursor: None | str | None | Unset = UNSET
    type_: MergeHistoryListType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "list"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.data
        if _v is not UNSET:
            _d["data"] = None if _v is None else to_jsonable(_v)
        _v = self.has_more
        if _v is not UNSET:
            _d["has_more"] = _v
        _v = self.next_cursor
        if _v is not UNSET:
            _d["next_cursor"] = None if _v is None else to_jsonable(_v)
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
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="MergeHistoryList")
            _d = dict(_d)
        _f = ""
        try:
            data = _d.get("data", UNSET)
            if data is not None and data is not UNSET:
                _f = "data"
                data = _decode_data(data)

            has_more = _d.get("has_more", UNSET)
            if has_more.__class__ is dict or has_more.__class__ is list:
                raise WrongType("boolean", has_more, "has_more")

            next_cursor = _d.get("next_cursor", UNSET)
            if next_cursor.__class__ is dict or next_cursor.__class__ is list:
                raise WrongType("string", next_cursor, "next_cursor")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.data = data
            _obj.has_more = has_more
            _obj.next_cursor = next_cursor
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="MergeHistoryList", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("MergeHistoryList", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="MergeHistoryList", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="MergeHistoryList", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.merge_history_item import MergeHistoryItem  # noqa: E402
