# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_bool,
    check_int,
    check_str,
    decode_leniently,
    decode_list,
    decode_variant,
    to_jsonable,
)
from .create_ticket_request import CreateTicketRequest

if TYPE_CHECKING:
    from ..models.create_ticket_request_assignment import (
        CreateTicketRequestAssignment,
        CreateTicketRequestAssignmentDict,
    )
    from ..models.create_ticket_request_contact_with_email import (
        CreateTicketRequestContactWithEmail,
        CreateTicketRequestContactWithEmailDict,
    )
    from ..models.create_ticket_request_contact_with_external_id import (
        CreateTicketRequestContactWithExternalId,
        CreateTicketRequestContactWithExternalIdDict,
    )
    from ..models.create_ticket_request_contact_with_id import (
        CreateTicketRequestContactWithId,
        CreateTicketRequestContactWithIdDict,
    )
    from ..models.ticket_request_custom_attributes import (
        TicketRequestCustomAttributes,
        TicketRequestCustomAttributesDict,
    )


def _decode_contacts_item(data: Any) -> Any:
    if data.__class__ is dict:
        try:
            return decode_variant(
                data,
                (
                    CreateTicketRequestContactWithId,
                    CreateTicketRequestContactWithExternalId,
                    CreateTicketRequestContactWithEmail,
                ),
            )
        except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        return CreateTicketRequestContactWithId.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return CreateTicketRequestContactWithExternalId.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return CreateTicketRequestContactWithEmail.from_dict(data)


def _decode_contacts(
    data: Any,
) -> list[
    CreateTicketRequestContactWithEmail | CreateTicketRequestContactWithExternalId | CreateTicketRequestContactWithId
]:
    return decode_list(data, _decode_contacts_item)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "contacts": UNSET,
    "ticket_type_id": UNSET,
    "assignment": UNSET,
    "company_id": UNSET,
    "conversation_to_link_id": UNSET,
    "created_at": UNSET,
    "ticket_attributes": UNSET,
    "skip_notifications": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "contacts",
        "ticket_type_id",
        "assignment",
        "company_id",
        "conversation_to_link_id",
        "created_at",
        "ticket_attributes",
        "skip_notifications",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateTicketBody(CreateTicketRequest):
    """
    Attributes:
        contacts (list[CreateTicketRequestContactWithEmail | CreateTicketRequestContactWithExternalId |
            CreateTicketRequestContactWithId]): The list of contacts (users or leads) affected by this ticket. Currently
            only one is allowed Example: [{'id': '1234'}].
        ticket_type_id (str): The ID of the type of ticket you want to create Example: 1234.
        assignment (CreateTicketRequestAssignment | Unset | None):
        company_id (str | Unset | None): The ID of the company that the ticket is associated with. The unique identifier
            for the company which is given by Intercom Example: 5f4d3c1c-7b1b-4d7d-a97e-6095715c6632.
        conversation_to_link_id (str | Unset | None): The ID of the conversation you want to link to the ticket. Here
            are the valid ways of linking two tickets:
             - conversation | back-office ticket
             - customer tickets | non-shared back-office ticket
             - conversation | tracker ticket
             - customer ticket | tracker ticket Example: 1234.
        created_at (int | Unset | None): The time the ticket was created. If not provided, the current time will be
            used. Example: 1590000000.
        ticket_attributes (TicketRequestCustomAttributes | Unset | None): The attributes set on the ticket. When setting
            the default title and description attributes, the attribute keys that should be used are `_default_title_` and
            `_default_description_`. When setting ticket type attributes of the list attribute type, the key should be the
            attribute name and the value of the attribute should be the list item id, obtainable by [listing the ticket
            type](ref:get_ticket-types). For example, if the ticket type has an attribute called `priority` of type `list`,
            the key should be `priority` and the value of the attribute should be the guid of the list item (e.g.
            `de1825a0-0164-4070-8ca6-13e22462fa7e`). Example: {'_default_description_': 'The button is not working',
            '_default_title_': 'Found a bug'}.
        skip_notifications (bool | Unset | None): Option to disable notifications when a Ticket is created. Example:
            True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    contacts: list[
        CreateTicketRequestContactWithEmail
        | CreateTicketRequestContactWithExternalId
        | CreateTicketRequestContactWithId
    ]
    ticket_type_id: str
    assignment: CreateTicketRequestAssignment | Unset | None = UNSET
    company_id: str | Unset | None = UNSET
    conversation_to_link_id: str | Unset | None = UNSET
    created_at: int | Unset | None = UNSET
    ticket_attributes: TicketRequestCustomAttributes | Unset | None = UNSET
    skip_notifications: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.contacts
        if _v is not UNSET:
            _d["contacts"] = None if _v is None else to_jsonable(_v)
        _v = self.ticket_type_id
        if _v is not UNSET:
            _d["ticket_type_id"] = _v
        _v = self.assignment
        if _v is not UNSET:
            _d["assignment"] = None if _v is None else to_jsonable(_v)
        _v = self.company_id
        if _v is not UNSET:
            _d["company_id"] = _v
        _v = self.conversation_to_link_id
        if _v is not UNSET:
            _d["conversation_to_link_id"] = _v
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.ticket_attributes
        if _v is not UNSET:
            _d["ticket_attributes"] = None if _v is None else to_jsonable(_v)
        _v = self.skip_notifications
        if _v is not UNSET:
            _d["skip_notifications"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("contacts", "contacts", _decode_contacts, True),
            FieldSpec("ticket_type_id", "ticket_type_id", check_str, True),
            FieldSpec("assignment", "assignment", CreateTicketRequestAssignment.from_dict, False),
            FieldSpec("company_id", "company_id", check_str, False),
            FieldSpec("conversation_to_link_id", "conversation_to_link_id", check_str, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("ticket_attributes", "ticket_attributes", TicketRequestCustomAttributes.from_dict, False),
            FieldSpec("skip_notifications", "skip_notifications", check_bool, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="CreateTicketBody")
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
            if "contacts" not in _d:
                raise KeyError("contacts")
            if _state["contacts"] is None:
                raise WrongType("a value", None)
            _v = _state["contacts"]
            if _v is not None:
                _v = _decode_contacts(_v)

            _state["contacts"] = _v
            if "ticket_type_id" not in _d:
                raise KeyError("ticket_type_id")
            if _state["ticket_type_id"] is None:
                raise WrongType("a value", None)
            _v = _state["assignment"]
            if _v is not None and _v is not UNSET:
                _v = CreateTicketRequestAssignment.from_dict(_v)

            _state["assignment"] = _v
            _v = _state["ticket_attributes"]
            if _v is not None and _v is not UNSET:
                _v = TicketRequestCustomAttributes.from_dict(_v)

            _state["ticket_attributes"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class CreateTicketBodyDict(TypedDict, total=False):
    """:class:`CreateTicketBody` written as a dict literal (JSON field names), e.g. as a request body."""

    contacts: Required[
        list[
            CreateTicketRequestContactWithId
            | CreateTicketRequestContactWithIdDict
            | CreateTicketRequestContactWithExternalId
            | CreateTicketRequestContactWithExternalIdDict
            | CreateTicketRequestContactWithEmail
            | CreateTicketRequestContactWithEmailDict
        ]
    ]
    ticket_type_id: Required[str]
    assignment: CreateTicketRequestAssignment | CreateTicketRequestAssignmentDict
    company_id: str
    conversation_to_link_id: str
    created_at: int
    ticket_attributes: TicketRequestCustomAttributes | TicketRequestCustomAttributesDict
    skip_notifications: bool


# Imported last, so that models that refer to each other can import each other.
from ..models.create_ticket_request_assignment import CreateTicketRequestAssignment
from ..models.create_ticket_request_contact_with_email import CreateTicketRequestContactWithEmail
from ..models.create_ticket_request_contact_with_external_id import CreateTicketRequestContactWithExternalId
from ..models.create_ticket_request_contact_with_id import CreateTicketRequestContactWithId
from ..models.ticket_request_custom_attributes import TicketRequestCustomAttributes
