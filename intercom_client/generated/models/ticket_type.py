# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.ticket_type_category import TicketTypeCategory
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
    from ..models.ticket_type_attribute_list import TicketTypeAttributeList
    from ..models.ticket_type_ticket_states import TicketTypeTicketStates


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "archived": None,
    "category": None,
    "created_at": None,
    "description": None,
    "icon": None,
    "is_internal": None,
    "name": None,
    "ticket_states": None,
    "ticket_type_attributes": None,
    "updated_at": None,
    "workspace_id": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "archived",
        "category",
        "created_at",
        "description",
        "icon",
        "is_internal",
        "name",
        "ticket_states",
        "ticket_type_attributes",
        "updated_at",
        "workspace_id",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TicketType:
    """A ticket type, used to define the data fields to be captured in a ticket.

    Attributes:
        id (str): The id representing the ticket type. Example: 1295.
        type_ (str): String representing the object's type. Always has the value `ticket_type`. Example: ticket_type.
        archived (bool | None): Whether the ticket type is archived or not. Example: False.
        category (TicketTypeCategory | None): Category of the Ticket Type. Example: Customer.
        created_at (int | None): The date and time the ticket type was created.
        description (str | None): The description of the ticket type Example: A bug that has been reported..
        icon (str | None): The icon of the ticket type Example: 🐞.
        is_internal (bool | None): Whether tickets of this type are internal.
        name (str | None): The name of the ticket type Example: Bug.
        ticket_states (TicketTypeTicketStates | None): A list of ticket states associated with a given ticket type.
        ticket_type_attributes (TicketTypeAttributeList | None): A list of attributes associated with a given ticket
            type.
        updated_at (int | None): The date and time the ticket type was last updated.
        workspace_id (str | None): The id of the workspace that the ticket type belongs to. Example: ecahpwf5.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    archived: bool | None = None
    category: TicketTypeCategory | None = None
    created_at: int | None = None
    description: str | None = None
    icon: str | None = None
    is_internal: bool | None = None
    name: str | None = None
    ticket_states: TicketTypeTicketStates | None = None
    ticket_type_attributes: TicketTypeAttributeList | None = None
    updated_at: int | None = None
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
        _v = self.category
        if _v is not None:
            _d["category"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.description
        if _v is not None:
            _d["description"] = _v
        _v = self.icon
        if _v is not None:
            _d["icon"] = _v
        _v = self.is_internal
        if _v is not None:
            _d["is_internal"] = to_jsonable(_v)
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.ticket_states
        if _v is not None:
            _d["ticket_states"] = to_jsonable(_v)
        _v = self.ticket_type_attributes
        if _v is not None:
            _d["ticket_type_attributes"] = to_jsonable(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
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
            FieldSpec("category", "category", check_str, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("icon", "icon", check_str, False),
            FieldSpec("is_internal", "is_internal", check_bool, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("ticket_states", "ticket_states", TicketTypeTicketStates.from_dict, False),
            FieldSpec("ticket_type_attributes", "ticket_type_attributes", TicketTypeAttributeList.from_dict, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
            FieldSpec("workspace_id", "workspace_id", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="TicketType")
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
            _v = _state["ticket_states"]
            if _v is not None and _v.__class__ is not dict:
                _state["ticket_states"] = Pending(_v)
            _v = _state["ticket_type_attributes"]
            if _v is not None and _v.__class__ is not dict:
                _state["ticket_type_attributes"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.ticket_type_attribute_list import TicketTypeAttributeList
from ..models.ticket_type_ticket_states import TicketTypeTicketStates

install_lazy_fields(
    TicketType,
    (
        "ticket_states",
        "ticket_type_attributes",
    ),
)
