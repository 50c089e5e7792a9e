# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.ticket_category import TicketCategory
from ..models.ticket_type_enum import TicketTypeEnum
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
    from ..models.linked_object_list import LinkedObjectList
    from ..models.ticket_contacts import TicketContacts
    from ..models.ticket_custom_attributes import TicketCustomAttributes
    from ..models.ticket_parts import TicketParts
    from ..models.ticket_state import TicketState
    from ..models.ticket_type import TicketType


def _decode_admin_assignee_id(data: Any) -> Any:
    try:
        return check_int(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return check_str(data)


def _decode_team_assignee_id(data: Any) -> Any:
    try:
        return check_int(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return check_str(data)


def _decode_ticket_state(data: Any) -> Any:
    try:
        return TicketState.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return check_str(data)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "admin_assignee_id": None,
    "category": None,
    "contacts": None,
    "created_at": None,
    "is_shared": None,
    "linked_objects": None,
    "open_": None,
    "previous_ticket_state_id": None,
    "snoozed_until": None,
    "team_assignee_id": None,
    "ticket_attributes": None,
    "ticket_id": None,
    "ticket_parts": None,
    "ticket_state": None,
    "ticket_state_external_label": None,
    "ticket_state_internal_label": None,
    "ticket_type": None,
    "updated_at": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "admin_assignee_id",
        "category",
        "contacts",
        "created_at",
        "is_shared",
        "linked_objects",
        "open",
        "previous_ticket_state_id",
        "snoozed_until",
        "team_assignee_id",
        "ticket_attributes",
        "ticket_id",
        "ticket_parts",
        "ticket_state",
        "ticket_state_external_label",
        "ticket_state_internal_label",
        "ticket_type",
        "updated_at",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Ticket:
    """Tickets are how you track requests from your users.

    Attributes:
        id (str): The unique identifier for the ticket which is given by Intercom. Example: 1295.
        type_ (TicketTypeEnum): Always ticket Example: ticket.
        admin_assignee_id (int | str | None): The id representing the admin assigned to the ticket. If it's not assigned
            to an admin it will return 0.
        category (TicketCategory | None): Category of the Ticket. Example: Customer.
        contacts (TicketContacts | None): The list of contacts affected by a ticket.
        created_at (int | None): The time the ticket was created as a UTC Unix timestamp. Example: 1663597223.
        is_shared (bool | None): Whether or not the ticket is shared with the customer. Example: True.
        linked_objects (LinkedObjectList | None): An object containing metadata about linked conversations and linked
            tickets. Up to 1000 can be returned.
        open_ (bool | None): Whether or not the ticket is open. If false, the ticket is closed. Example: True.
        previous_ticket_state_id (str | None): The ID of the previous ticket state from the most recent state change.
            Returns null if no state change history exists. Useful for tracking state transitions for reporting and
            compliance. Example: 7493.
        snoozed_until (int | None): The time the ticket will be snoozed until as a UTC Unix timestamp. If null, the
            ticket is not currently snoozed. Example: 1663597260.
        team_assignee_id (int | str | None): The id representing the team assigned to the ticket. If it's not assigned
            to a team it will return 0.
        ticket_attributes (TicketCustomAttributes | None): An object containing the different attributes associated to
            the ticket as key-value pairs. For the default title and description attributes, the keys are `_default_title_`
            and `_default_description_`. Example: {'_default_description_': "The button's not working", '_default_title_':
            'Found a bug'}.
        ticket_id (str | None): The ID of the Ticket used in the Intercom Inbox and Messenger. Do not use ticket_id for
            API queries. Example: 1390.
        ticket_parts (TicketParts | None): A list of Ticket Part objects for each note and event in the ticket. There is
            a limit of 500 parts.
        ticket_state (TicketState | str | None):
        ticket_state_external_label (str | None): The ticket state's label for customers.
        ticket_state_internal_label (str | None): The ticket state's label for admins.
        ticket_type (TicketType | None):
        updated_at (int | None): The last time the ticket was updated as a UTC Unix timestamp. Example: 1663597260.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: TicketTypeEnum
    admin_assignee_id: int | str | None = None
    category: TicketCategory | None = None
    contacts: TicketContacts | None = None
    created_at: int | None = None
    is_shared: bool | None = None
    linked_objects: LinkedObjectList | None = None
    open_: bool | None = None
    previous_ticket_state_id: str | None = None
    snoozed_until: int | None = None
    team_assignee_id: int | str | None = None
    ticket_attributes: TicketCustomAttributes | None = None
    ticket_id: str | None = None
    ticket_parts: TicketParts | None = None
    ticket_state: TicketState | str | None = None
    ticket_state_external_label: str | None = None
    ticket_state_internal_label: str | None = None
    ticket_type: TicketType | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "ticket"),)
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
        _v = self.admin_assignee_id
        if _v is not None:
            _d["admin_assignee_id"] = to_jsonable(_v)
        _v = self.category
        if _v is not None:
            _d["category"] = _v
        _v = self.contacts
        if _v is not None:
            _d["contacts"] = to_jsonable(_v)
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.is_shared
        if _v is not None:
            _d["is_shared"] = _v
        _v = self.linked_objects
        if _v is not None:
            _d["linked_objects"] = to_jsonable(_v)
        _v = self.open_
        if _v is not None:
            _d["open"] = _v
        _v = self.previous_ticket_state_id
        if _v is not None:
            _d["previous_ticket_state_id"] = to_jsonable(_v)
        _v = self.snoozed_until
        if _v is not None:
            _d["snoozed_until"] = _v
        _v = self.team_assignee_id
        if _v is not None:
            _d["team_assignee_id"] = to_jsonable(_v)
        _v = self.ticket_attributes
        if _v is not None:
            _d["ticket_attributes"] = to_jsonable(_v)
        _v = self.ticket_id
        if _v is not None:
            _d["ticket_id"] = _v
        _v = self.ticket_parts
        if _v is not None:
            _d["ticket_parts"] = to_jsonable(_v)
        _v = self.ticket_state
        if _v is not None:
            _d["ticket_state"] = to_jsonable(_v)
        _v = self.ticket_state_external_label
        if _v is not None:
            _d["ticket_state_external_label"] = to_jsonable(_v)
        _v = self.ticket_state_internal_label
        if _v is not None:
            _d["ticket_state_internal_label"] = to_jsonable(_v)
        _v = self.ticket_type
        if _v is not None:
            _d["ticket_type"] = to_jsonable(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("admin_assignee_id", "admin_assignee_id", _decode_admin_assignee_id, False),
            FieldSpec("category", "category", check_str, False),
            FieldSpec("contacts", "contacts", TicketContacts.from_dict, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("is_shared", "is_shared", check_bool, False),
            FieldSpec("linked_objects", "linked_objects", LinkedObjectList.from_dict, False),
            FieldSpec("open", "open_", check_bool, False),
            FieldSpec("previous_ticket_state_id", "previous_ticket_state_id", check_str, False),
            FieldSpec("snoozed_until", "snoozed_until", check_int, False),
            FieldSpec("team_assignee_id", "team_assignee_id", _decode_team_assignee_id, False),
            FieldSpec("ticket_attributes", "ticket_attributes", TicketCustomAttributes.from_dict, False),
            FieldSpec("ticket_id", "ticket_id", check_str, False),
            FieldSpec("ticket_parts", "ticket_parts", TicketParts.from_dict, False),
            FieldSpec("ticket_state", "ticket_state", _decode_ticket_state, False),
            FieldSpec("ticket_state_external_label", "ticket_state_external_label", check_str, False),
            FieldSpec("ticket_state_internal_label", "ticket_state_internal_label", check_str, False),
            FieldSpec("ticket_type", "ticket_type", TicketType.from_dict, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Ticket")
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
            _v = _state["contacts"]
            if _v is not None and _v.__class__ is not dict:
                _state["contacts"] = Pending(_v)
            _v = _state["linked_objects"]
            if _v is not None and _v.__class__ is not dict:
                _state["linked_objects"] = Pending(_v)
            if "open" in _d:
                _state["open_"] = _state.pop("open")
            _v = _state["ticket_attributes"]
            if _v is not None and _v.__class__ is not dict:
                _state["ticket_attributes"] = Pending(_v)
            _v = _state["ticket_parts"]
            if _v is not None and _v.__class__ is not dict:
                _state["ticket_parts"] = Pending(_v)
            if _state["ticket_state"] is not None:
                _state["ticket_state"] = Pending(_state["ticket_state"])
            _v = _state["ticket_type"]
            if _v is not None and _v.__class__ is not dict:
                _state["ticket_type"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.linked_object_list import LinkedObjectList
from ..models.ticket_contacts import TicketContacts
from ..models.ticket_custom_attributes import TicketCustomAttributes
from ..models.ticket_parts import TicketParts
from ..models.ticket_state import TicketState
from ..models.ticket_type import TicketType

install_lazy_fields(
    Ticket,
    (
        "contacts",
        "linked_objects",
        "ticket_attributes",
        "ticket_parts",
        "ticket_state",
        "ticket_type",
    ),
)
