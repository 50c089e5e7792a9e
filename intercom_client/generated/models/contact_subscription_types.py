# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    check_bool,
    check_int,
    check_str,
    decode_leniently,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.addressable_list import AddressableList


def _decode_data(data: Any) -> list[AddressableList]:
    return decode_list(data, AddressableList.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "data",
        "has_more",
        "total_count",
        "url",
    }
)


@_attrs_define(kw_only=True)
class ContactSubscriptionTypes:
    """An object containing Subscription Types meta data about the SubscriptionTypes that a contact has.

    Attributes:
        data (list[AddressableList] | Unset): This object represents the subscriptions attached to a contact.
        has_more (bool | Unset): Whether there's more Addressable Objects to be viewed. If true, use the url to view all
            Example: True.
        total_count (int | Unset): Int representing the total number of subscription types attached to this contact
            Example: 100.
        url (str | Unset): Url to get more subscription type resources for this contact Example:
            /contacts/5ba682d23d7cf92bef87bfd4/subscriptions.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[AddressableList] | Unset | None = UNSET
    has_more: bool | Unset | None = UNSET
    total_count: int | Unset | None = UNSET
    url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.data
        if _v is not UNSET:
            _d["data"] = None if _v is None else to_jsonable(_v)
        _v = self.has_more
        if _v is not UNSET:
            _d["has_more"] = _v
        _v = self.total_count
        if _v is not UNSET:
            _d["total_count"] = _v
        _v = self.url
        if _v is not UNSET:
            _d["url"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("data", "data", _decode_data, False),
            FieldSpec("has_more", "has_more", check_bool, False),
            FieldSpec("total_count", "total_count", check_int, False),
            FieldSpec("url", "url", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ContactSubscriptionTypes"
                )
            _d = dict(_d)
        try:
            data: Any = _d.get("data", UNSET)
            if data is not None and data is not UNSET:
                data = _decode_data(data)

            has_more: Any = _d.get("has_more", UNSET)

            total_count: Any = _d.get("total_count", UNSET)

            url: Any = _d.get("url", UNSET)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.data = data
            _obj.has_more = has_more
            _obj.total_count = total_count
            _obj.url = url
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        return _obj


class ContactSubscriptionTypesDict(TypedDict, total=False):
    """:class:`ContactSubscriptionTypes` written as a dict literal (JSON field names), e.g. as a request body."""

    data: list[AddressableList]
    has_more: bool
    total_count: int
    url: str


# Imported last, so that models that refer to each other can import each other.
from ..models.addressable_list import AddressableList
