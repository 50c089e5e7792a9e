# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.create_ticket_type_attribute_request_data_type import (
    CreateTicketTypeAttributeRequestDataType,
)
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_bool,
    check_str,
    decode_leniently,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "data_type": UNSET,
    "description": UNSET,
    "name": UNSET,
    "allow_multiple_values": UNSET,
    "list_items": UNSET,
    "multiline": UNSET,
    "required_to_create": UNSET,
    "required_to_create_for_contacts": UNSET,
    "visible_on_create": UNSET,
    "visible_to_contacts": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "data_type",
        "description",
        "name",
        "allow_multiple_values",
        "list_items",
        "multiline",
        "required_to_create",
        "required_to_create_for_contacts",
        "visible_on_create",
        "visible_to_contacts",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateTicketTypeAttributeRequest:
    """You can create a Ticket Type Attribute

    Attributes:
        data_type (CreateTicketTypeAttributeRequestDataType): The data type of the attribute Example: string.
        description (str): The description of the attribute presented to the teammate or contact Example: Priority level
            of the bug.
        name (str): The name of the ticket type attribute Example: Bug Priority.
        allow_multiple_values (bool | Unset | None): Whether the attribute allows multiple files to be attached to it
            (only applicable to file attributes) Example: False.
        list_items (str | Unset | None): A comma delimited list of items for the attribute value (only applicable to
            list attributes) Example: Low Priority,Medium Priority,High Priority.
        multiline (bool | Unset | None): Whether the attribute allows multiple lines of text (only applicable to string
            attributes) Example: False.
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

    data_type: CreateTicketTypeAttributeRequestDataType
    description: str
    name: str
    allow_multiple_values: bool | Unset | None = UNSET
    list_items: str | Unset | None = UNSET
    multiline: bool | Unset | None = UNSET
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
        _v = self.data_type
        if _v is not UNSET:
            _d["data_type"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.allow_multiple_values
        if _v is not UNSET:
            _d["allow_multiple_values"] = _v
        _v = self.list_items
        if _v is not UNSET:
            _d["list_items"] = _v
        _v = self.multiline
        if _v is not UNSET:
            _d["multiline"] = _v
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
            FieldSpec("data_type", "data_type", check_str, True),
            FieldSpec("description", "description", check_str, True),
            FieldSpec("name", "name", check_str, True),
            FieldSpec("allow_multiple_values", "allow_multiple_values", check_bool, False),
            FieldSpec("list_items", "list_items", check_str, False),
            FieldSpec("multiline", "multiline", check_bool, False),
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
                    f"expected object, got {type(_d).__name__}", model="CreateTicketTypeAttributeRequest"
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
            if "data_type" not in _d:
                raise KeyError("data_type")
            if _state["data_type"] is None:
                raise WrongType("a value", None)
            if "description" not in _d:
                raise KeyError("description")
            if _state["description"] is None:
                raise WrongType("a value", None)
            if "name" not in _d:
                raise KeyError("name")
            if _state["name"] is None:
                raise WrongType("a value", None)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class CreateTicketTypeAttributeRequestDict(TypedDict, total=False):
    """:class:`CreateTicketTypeAttributeRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    data_type: Required[CreateTicketTypeAttributeRequestDataType]
    description: Required[str]
    name: Required[str]
    allow_multiple_values: bool
    list_items: str
    multiline: bool
    required_to_create: bool
    required_to_create_for_contacts: bool
    visible_on_create: bool
    visible_to_contacts: bool
