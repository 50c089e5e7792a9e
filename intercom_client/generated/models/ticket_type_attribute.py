# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    WrongType,
    check_bool,
    check_int,
    check_str,
    decode_leniently,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.ticket_type_attribute_input_options import TicketTypeAttributeInputOptions


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "archived": None,
    "created_at": None,
    "data_type": None,
    "default": None,
    "description": None,
    "input_options": None,
    "name": None,
    "order": None,
    "required_to_create": None,
    "required_to_create_for_contacts": None,
    "ticket_type_id": None,
    "updated_at": None,
    "visible_on_create": None,
    "visible_to_contacts": None,
    "workspace_id": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "archived",
        "created_at",
        "data_type",
        "default",
        "description",
        "input_options",
        "name",
        "order",
        "required_to_create",
        "required_to_create_for_contacts",
        "ticket_type_id",
        "updated_at",
        "visible_on_create",
        "visible_to_contacts",
        "workspace_id",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TicketTypeAttribute:
    """Ticket type attribute, used to define each data field to be captured in a ticket.

    Attributes:
        id (str): The id representing the ticket type attribute. Example: 1.
        type_ (str): String representing the object's type. Always has the value `ticket_type_attribute`. Example:
            ticket_type_attribute.
        archived (bool | None): Whether the ticket type attribute is archived or not. Example: False.
        created_at (int | None): The date and time the ticket type attribute was created.
        data_type (str | None): The type of the data attribute (allowed values: "string list integer decimal boolean
            datetime files") Example: string.
        default (bool | None): Whether the attribute is built in or not. Example: True.
        description (str | None): The description of the ticket type attribute Example: Bug title..
        input_options (TicketTypeAttributeInputOptions | None): Input options for the attribute Example: multiline:
            true.
        name (str | None): The name of the ticket type attribute Example: Title.
        order (int | None): The order of the attribute against other attributes Example: 1.
        required_to_create (bool | None): Whether the attribute is required or not for teammates. Default: False.
            Example: False.
        required_to_create_for_contacts (bool | None): Whether the attribute is required or not for contacts. Default:
            False. Example: False.
        ticket_type_id (int | None): The id of the ticket type that the attribute belongs to. Example: 42.
        updated_at (int | None): The date and time the ticket type attribute was last updated.
        visible_on_create (bool | None): Whether the attribute is visible or not to teammates. Default: True. Example:
            False.
        visible_to_contacts (bool | None): Whether the attribute is visible or not to contacts. Default: True. Example:
            False.
        workspace_id (str | None): The id of the workspace that the ticket type attribute belongs to. Example: ecahpwf5.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    archived: bool | None = None
    created_at: int | None = None
    data_type: str | None = None
    default: bool | None = None
    description: str | None = None
    input_options: TicketTypeAttributeInputOptions | None = None
    name: str | None = None
    order: int | None = None
    required_to_create: bool | None = None
    required_to_create_for_contacts: bool | None = None
    ticket_type_id: int | None = None
    updated_at: int | None = None
    visible_on_create: bool | None = None
    visible_to_contacts: bool | None = None
    workspace_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.archived
        if _v is not None:
            _d["archived"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.data_type
        if _v is not None:
            _d["data_type"] = _v
        _v = self.default
        if _v is not None:
            _d["default"] = _v
        _v = self.description
        if _v is not None:
            _d["description"] = _v
        _v = self.input_options
        if _v is not None:
            _d["input_options"] = to_jsonable(_v)
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.order
        if _v is not None:
            _d["order"] = _v
        _v = self.required_to_create
        if _v is not None:
            _d["required_to_create"] = _v
        _v = self.required_to_create_for_contacts
        if _v is not None:
            _d["required_to_create_for_contacts"] = _v
        _v = self.ticket_type_id
        if _v is not None:
            _d["ticket_type_id"] = _v
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        _v = self.visible_on_create
        if _v is not None:
            _d["visible_on_create"] = _v
        _v = self.visible_to_contacts
        if _v is not None:
            _d["visible_to_contacts"] = _v
        _v = self.workspace_id
        if _v is not None:
            _d["workspace_id"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("archived", "archived", check_bool, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("data_type", "data_type", check_str, False),
            FieldSpec("default", "default", check_bool, False),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("input_options", "input_options", TicketTypeAttributeInputOptions.from_dict, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("order", "order", check_int, False),
            FieldSpec("required_to_create", "required_to_create", check_bool, False),
            FieldSpec("required_to_create_for_contacts", "required_to_create_for_contacts", check_bool, False),
            FieldSpec("ticket_type_id", "ticket_type_id", check_int, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
            FieldSpec("visible_on_create", "visible_on_create", check_bool, False),
            FieldSpec("visible_to_contacts", "visible_to_contacts", check_bool, False),
            FieldSpec("workspace_id", "workspace_id", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="TicketTypeAttribute")
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
            if "id" not in _d:
                raise KeyError("id")
            if _state["id"] is None:
                raise WrongType("a value", None)
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
            _v = _state["input_options"]
            if _v is not None and _v.__class__ is not dict:
                _state["input_options"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.ticket_type_attribute_input_options import TicketTypeAttributeInputOptions

install_lazy_fields(TicketTypeAttribute, ("input_options",))
