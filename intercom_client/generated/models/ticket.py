# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.ticket_category import TicketCategory
from ..models.ticket_type_enum import TicketTypeEnum
from ..types import (
    UNSET,
    Unset,
    WrongType,
    check_str,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.linked_object_list import LinkedObjectList
    from ..models.ticket_contacts import TicketContacts
    from ..models.ticket_custom_attributes import TicketCustomAttributes
    from ..models.ticket_parts import TicketParts
    from ..models.ticket_state import TicketState
    from ..models.ticket_type import TicketType


def _decode_ticket_state(data: Any) -> Any:
    try:
        return TicketState.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return check_str(data)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "admin_assignee_id",
        "category",
        "contacts",
        "created_at",
        "id",
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
        "ticket_type",
        "type",
        "updated_at",
    }
)


@_attrs_define(kw_only=True)
class Ticket:
    """Tickets are how you track requests from your users.

    Attributes:
        admin_assignee_id (int | Unset): The id representing the admin assigned to the ticket. If it's not assigned to
            an admin it will return 0. Example: 1295.
        category (TicketCategory | Unset): Category of the Ticket. Example: Customer.
        contacts (TicketContacts | Unset): The list of contacts affected by a ticket.
        created_at (int | Unset): The time the ticket was created as a UTC Unix timestamp. Example: 1663597223.
        id (str | Unset): The unique identifier for the ticket which is given by Intercom. Example: 1295.
        is_shared (bool | Unset): Whether or not the ticket is shared with the customer. Example: True.
        linked_objects (LinkedObjectList | Unset): An object containing metadata about linked conversations and linked
            tickets. Up to 1000 can be returned.
        open_ (bool | Unset): Whether or not the ticket is open. If false, the ticket is closed. Example: True.
        previous_ticket_state_id (None | str | Unset): The ID of the previous ticket state from the most recent state
            change. Returns null if no state change history exists. Useful for tracking state transitions for reporting and
            compliance. Example: 7493.
        snoozed_until (int | Unset): The time the ticket will be snoozed until as a UTC Unix timestamp. If null, the
            ticket is not currently snoozed. Example: 1663597260.
        team_assignee_id (int | Unset): The id representing the team assigned to the ticket. If it's not assigned to a
            team it will return 0. Example: 1295.
        ticket_attributes (TicketCustomAttributes | Unset): An object containing the different attributes associated to
            the ticket as key-value pairs. For the default title and description attributes, the keys are `_default_title_`
            and `_default_description_`. Example: {'_default_description_': "The button's not working", '_default_title_':
            'Found a bug'}.
        ticket_id (str | Unset): The ID of the Ticket used in the Intercom Inbox and Messenger. Do not use ticket_id for
            API queries. Example: 1390.
        ticket_parts (TicketParts | Unset): A list of Ticket Part objects for each note and event in the ticket. There
            is a limit of 500 parts.
        ticket_state (None | str | TicketState | Unset):
        ticket_type (None | TicketType | Unset):
        type_ (TicketTypeEnum | Unset): Always ticket Example: ticket.
        updated_at (int | Unset): The last time the ticket was updated as a UTC Unix timestamp. Example: 1663597260.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_assignee_id: int | None | Unset = UNSET
    category: TicketCategory | None | Unset = UNSET
    contacts: TicketContacts | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    id: str | None | Unset = UNSET
    is_shared: bool | None | Unset = UNSET
    linked_objects: LinkedObjectList | None | Unset = UNSET
    open_: bool | None | Unset = UNSET
    previous_ticket_state_id: None | str | None | Unset = UNSET
    snoozed_until: int | None | Unset = UNSET
    team_assignee_id: int | None | Unset = UNSET
    ticket_attributes: TicketCustomAttributes | None | Unset = UNSET
    ticket_id: str | None | Unset = UNSET
    ticket_parts: TicketParts | None | Unset = UNSET
    ticket_state: None | str | TicketState | None | Unset = UNSET
    ticket_type: None | TicketType | None | Unset = UNSET
    type_: TicketTypeEnum | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "ticket"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.admin_assignee_id
        if _v is not UNSET:
            _d["admin_assignee_id"] = _v
        _v = self.category
        if _v is not UNSET:
            _d["category"] = _v
        _v = self.contacts
        if _v is not UNSET:
            _d["contacts"] = None if _v is None else _v.to_dict()
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.is_shared
        if _v is not UNSET:
            _d["is_shared"] = _v
        _v = self.linked_objects
        if _v is not UNSET:
            _d["linked_objects"] = None if _v is None else _v.to_dict()
        _v = self.open_
        if _v is not UNSET:
            _d["open"] = _v
        _v = self.previous_ticket_state_id
        if _v is not UNSET:
            _d["previous_ticket_state_id"] = None if _v is None else to_jsonable(_v)
        _v = self.snoozed_until
        if _v is not UNSET:
            _d["snoozed_until"] = _v
        _v = self.team_assignee_id
        if _v is not UNSET:
            _d["team_assignee_id"] = _v
        _v = self.ticket_attributes
        if _v is not UNSET:
            _d["ticket_attributes"] = None if _v is None else _v.to_dict()
        _v = self.ticket_id
        if _v is not UNSET:
            _d["ticket_id"] = _v
        _v = self.ticket_parts
        if _v is not UNSET:
            _d["ticket_parts"] = None if _v is None else _v.to_dict()
        _v = self.ticket_state
        if _v is not UNSET:
            _d["ticket_state"] = None if _v is None else to_jsonable(_v)
        _v = self.ticket_type
        if _v is not UNSET:
            _d["ticket_type"] = None if _v is None else to_jsonable(_v)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Ticket")
            _d = dict(_d)
        _f = ""
        try:
            admin_assignee_id = _d.get("admin_assignee_id", UNSET)
            if admin_assignee_id.__class__ is dict or admin_assignee_id.__class__ is list:
                raise WrongType("integer", admin_assignee_id, "admin_assignee_id")

            category = _d.get("category", UNSET)
            if category.__class__ is dict or category.__class__ is list:
                raise WrongType("string", category, "category")

            contacts = _d.get("contacts", UNSET)
            if contacts is not None and contacts is not UNSET:
                _f = "contacts"
                contacts = TicketContacts.from_dict(contacts)

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            is_shared = _d.get("is_shared", UNSET)
            if is_shared.__class__ is dict or is_shared.__class__ is list:
                raise WrongType("boolean", is_shared, "is_shared")

            linked_objects = _d.get("linked_objects", UNSET)
            if linked_objects is not None and linked_objects is not UNSET:
                _f = "linked_objects"
                linked_objects = LinkedObjectList.from_dict(linked_objects)

            open_ = _d.get("open", UNSET)
            if open_.__class__ is dict or open_.__class__ is list:
                raise WrongType("boolean", open_, "open")

            previous_ticket_state_id = _d.get("previous_ticket_state_id", UNSET)
            if previous_ticket_state_id.__class__ is dict or previous_ticket_state_id.__class__ is list:
                raise WrongType("string", previous_ticket_state_id, "previous_ticket_state_id")

            snoozed_until = _d.get("snoozed_until", UNSET)
            if snoozed_until.__class__ is dict or snoozed_until.__class__ is list:
                raise WrongType("integer", snoozed_until, "snoozed_until")

            team_assignee_id = _d.get("team_assignee_id", UNSET)
            if team_assignee_id.__class__ is dict or team_assignee_id.__class__ is list:
                raise WrongType("integer", team_assignee_id, "team_assignee_id")

            ticket_attributes = _d.get("ticket_attributes", UNSET)
            if ticket_attributes is not None and ticket_attributes is not UNSET:
                _f = "ticket_attributes"
                ticket_attributes = TicketCustomAttributes.from_dict(ticket_attributes)

            ticket_id = _d.get("ticket_id", UNSET)
            if ticket_id.__class__ is dict or ticket_id.__class__ is list:
                raise WrongType("string", ticket_id, "ticket_id")

            ticket_parts = _d.get("ticket_parts", UNSET)
            if ticket_parts is not None and ticket_parts is not UNSET:
                _f = "ticket_parts"
                ticket_parts = TicketParts.from_dict(ticket_parts)

            ticket_state = _d.get("ticket_state", UNSET)
            if ticket_state is not None and ticket_state is not UNSET:
                _f = "ticket_state"
                ticket_state = _decode_ticket_state(ticket_state)

            ticket_type = _d.get("ticket_type", UNSET)
            if ticket_type is not None and ticket_type is not UNSET:
                _f = "ticket_type"
                ticket_type = TicketType.from_dict(ticket_type)

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.admin_assignee_id = admin_assignee_id
            _obj.category = category
            _obj.contacts = contacts
            _obj.created_at = created_at
            _obj.id = id
            _obj.is_shared = is_shared
            _obj.linked_objects = linked_objects
            _obj.open_ = open_
            _obj.previous_ticket_state_id = previous_ticket_state_id
            _obj.snoozed_until = snoozed_until
            _obj.team_assignee_id = team_assignee_id
            _obj.ticket_attributes = ticket_attributes
            _obj.ticket_id = ticket_id
            _obj.ticket_parts = ticket_parts
            _obj.ticket_state = ticket_state
            _obj.ticket_type = ticket_type
            _obj.type_ = type_
            _obj.updated_at = updated_at
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="Ticket", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("Ticket", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="Ticket", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="Ticket", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.linked_object_list import LinkedObjectList  # noqa: E402
from ..models.ticket_contacts import TicketContacts  # noqa: E402
from ..models.ticket_custom_attributes import TicketCustomAttributes  # noqa: E402
from ..models.ticket_parts import TicketParts  # noqa: E402
from ..models.ticket_state import TicketState  # noqa: E402
from ..models.ticket_type import TicketType  # noqa: E402
