# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.update_ticket_type_request_category import (
    UpdateTicketTypeRequestCategory,
)
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    check_bool,
    check_str,
    decode_leniently,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "archived": UNSET,
    "category": UNSET,
    "description": UNSET,
    "icon": UNSET,
    "is_internal": UNSET,
    "name": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "archived",
        "category",
        "description",
        "icon",
        "is_internal",
        "name",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateTicketTypeRequest:
    """The request payload for updating a ticket type.
    You can copy the `icon` property for your ticket type from [Twemoji Cheatsheet](https://twemoji-
    cheatsheet.vercel.app/)

    Attributes:
        archived (bool | Unset | None): The archived status of the ticket type. Example: False.
        category (UpdateTicketTypeRequestCategory | Unset | None): Category of the Ticket Type. Example: Customer.
        description (str | Unset | None): The description of the ticket type. Example: A bug has been occured.
        icon (str | Unset | None): The icon of the ticket type. Default: '🎟️'. Example: 🐞.
        is_internal (bool | Unset | None): Whether the tickets associated with this ticket type are intended for
            internal use only or will be shared with customers. This is currently a limited attribute. Default: False.
            Example: False.
        name (str | Unset | None): The name of the ticket type. Example: Bug.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    archived: bool | Unset | None = UNSET
    category: UpdateTicketTypeRequestCategory | Unset | None = UNSET
    description: str | Unset | None = UNSET
    icon: str | Unset | None = UNSET
    is_internal: bool | Unset | None = UNSET
    name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.archived
        if _v is not UNSET:
            _d["archived"] = _v
        _v = self.category
        if _v is not UNSET:
            _d["category"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = _v
        _v = self.icon
        if _v is not UNSET:
            _d["icon"] = _v
        _v = self.is_internal
        if _v is not UNSET:
            _d["is_internal"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("archived", "archived", check_bool, False),
            FieldSpec("category", "category", check_str, False),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("icon", "icon", check_str, False),
            FieldSpec("is_internal", "is_internal", check_bool, False),
            FieldSpec("name", "name", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="UpdateTicketTypeRequest"
                )
            _d = dict(_d)
        # The instance's attributes are built as one dict: every field absent (a copy of a dict of
        # that shape is one memory copy), then what came, then only the fields that need work.
        _state: dict[str, Any] = _ABSENT.copy()
        _state.update(_d)
        try:
            if _d.keys() <= _KNOWN_FIELDS:
                _state["additional_properties"] = {}
            else:
                _state["additional_properties"] = _extra = {key: _state.pop(key) for key in _d.keys() - _KNOWN_FIELDS}
                _state.update({key: _ABSENT[key] for key in _extra.keys() & _ABSENT.keys()})
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class UpdateTicketTypeRequestDict(TypedDict, total=False):
    """:class:`UpdateTicketTypeRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    archived: bool
    category: UpdateTicketTypeRequestCategory
    description: str
    icon: str
    is_internal: bool
    name: str
