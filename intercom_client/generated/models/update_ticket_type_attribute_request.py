# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

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
    check_str,
    decode_leniently,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "allow_multiple_values": UNSET,
    "archived": UNSET,
    "description": UNSET,
    "list_items": UNSET,
    "multiline": UNSET,
    "name": UNSET,
    "required_to_create": UNSET,
    "required_to_create_for_contacts": UNSET,
    "visible_on_create": UNSET,
    "visible_to_contacts": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "allow_multiple_values",
        "archived",
        "description",
        "list_items",
        "multiline",
        "name",
        "required_to_create",
        "required_to_create_for_contacts",
        "visible_on_create",
        "visible_to_contacts",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateTicketTypeAttributeRequest:
    """You can update a Ticket Type Attribute

    Attributes:
        allow_multiple_values (bool | Unset | None): Whether the attribute allows multiple files to be attached to it
            (only applicable to file attributes) Example: False.
        archived (bool | Unset | None): Whether the attribute should be archived and not shown during creation of the
            ticket (it will still be present on previously created tickets) Example: False.
        description (str | Unset | None): The description of the attribute presented to the teammate or contact Example:
            Priority level of the bug.
        list_items (str | Unset | None): A comma delimited list of items for the attribute value (only applicable to
            list attributes) Example: Low Priority,Medium Priority,High Priority.
        multiline (bool | Unset | None): Whether the attribute allows multiple lines of text (only applicable to string
            attributes) Example: False.
        name (str | Unset | None): The name of the ticket type attribute Example: Bug Priority.
        required_to_create (bool | Unset | None): Whether the attribute is required to be filled in when teammates are
            creating the ticket in Inbox. Default: False. Example: False.
        required_to_create_for_contacts (bool | Unset | None): Whether the attribute is required to be filled in when
            contacts are creating the ticket in Messenger. Default: False. Example: False.
        visible_on_create (bool | Unset | None): Whether the attribute is visible to teammates when creating a ticket in
            Inbox. Default: True. Example: True.
        visible_to_contacts (bool | Unset | None): Whether the attribute is visible to contacts when creating a ticket
            in Messenger. Default: True. Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    allow_multiple_values: bool | Unset | None = UNSET
    archived: bool | Unset | None = UNSET
    description: str | Unset | None = UNSET
    list_items: str | Unset | None = UNSET
    multiline: bool | Unset | None = UNSET
    name: str | Unset | None = UNSET
    required_to_create: bool | Unset | None = UNSET
    required_to_create_for_contacts: bool | Unset | None = UNSET
    visible_on_create: bool | Unset | None = UNSET
    visible_to_contacts: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.allow_multiple_values
        if _v is not UNSET:
            _d["allow_multiple_values"] = _v
        _v = self.archived
        if _v is not UNSET:
            _d["archived"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = _v
        _v = self.list_items
        if _v is not UNSET:
            _d["list_items"] = _v
        _v = self.multiline
        if _v is not UNSET:
            _d["multiline"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.required_to_create
        if _v is not UNSET:
            _d["required_to_create"] = _v
        _v = self.required_to_create_for_contacts
        if _v is not UNSET:
            _d["required_to_create_for_contacts"] = _v
        _v = self.visible_on_create
        if _v is not UNSET:
            _d["visible_on_create"] = _v
        _v = self.visible_to_contacts
        if _v is not UNSET:
            _d["visible_to_contacts"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("allow_multiple_values", "allow_multiple_values", check_bool, False),
            FieldSpec("archived", "archived", check_bool, False),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("list_items", "list_items", check_str, False),
            FieldSpec("multiline", "multiline", check_bool, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("required_to_create", "required_to_create", check_bool, False),
            FieldSpec("required_to_create_for_contacts", "required_to_create_for_contacts", check_bool, False),
            FieldSpec("visible_on_create", "visible_on_create", check_bool, False),
            FieldSpec("visible_to_contacts", "visible_to_contacts", check_bool, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="UpdateTicketTypeAttributeRequest"
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


class UpdateTicketTypeAttributeRequestDict(TypedDict, total=False):
    """:class:`UpdateTicketTypeAttributeRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    allow_multiple_values: bool
    archived: bool
    description: str
    list_items: str
    multiline: bool
    name: str
    required_to_create: bool
    required_to_create_for_contacts: bool
    visible_on_create: bool
    visible_to_contacts: bool
