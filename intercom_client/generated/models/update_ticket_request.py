# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
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
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.update_ticket_request_ticket_attributes import (
        UpdateTicketRequestTicketAttributes,
        UpdateTicketRequestTicketAttributesDict,
    )


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "admin_id": UNSET,
    "assignee_id": UNSET,
    "company_id": UNSET,
    "is_shared": UNSET,
    "open_": UNSET,
    "snoozed_until": UNSET,
    "ticket_attributes": UNSET,
    "ticket_state_id": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "admin_id",
        "assignee_id",
        "company_id",
        "is_shared",
        "open",
        "snoozed_until",
        "ticket_attributes",
        "ticket_state_id",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateTicketRequest:
    """You can update a Ticket

    Attributes:
        admin_id (int | Unset | None): The ID of the admin performing ticket update. Needed for workflows execution and
            attributing actions to specific admins. Example: 123.
        assignee_id (str | Unset | None): The ID of the admin or team to which the ticket is assigned. Set this 0 to
            unassign it. Example: 123.
        company_id (str | Unset | None): The ID of the company that the ticket is associated with. The unique identifier
            for the company which is given by Intercom. Set to nil to remove company. Example:
            5f4d3c1c-7b1b-4d7d-a97e-6095715c6632.
        is_shared (bool | Unset | None): Specify whether the ticket is visible to users. Example: True.
        open_ (bool | Unset | None): Specify if a ticket is open. Set to false to close a ticket. Closing a ticket will
            also unsnooze it. Example: True.
        snoozed_until (int | Unset | None): The time you want the ticket to reopen. Example: 1673609604.
        ticket_attributes (UpdateTicketRequestTicketAttributes | Unset | None): The attributes set on the ticket.
            Example: {'_default_description_': 'having a problem', '_default_title_': 'example'}.
        ticket_state_id (str | Unset | None): The ID of the ticket state associated with the ticket type. Example: 123.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: int | Unset | None = UNSET
    assignee_id: str | Unset | None = UNSET
    company_id: str | Unset | None = UNSET
    is_shared: bool | Unset | None = UNSET
    open_: bool | Unset | None = UNSET
    snoozed_until: int | Unset | None = UNSET
    ticket_attributes: UpdateTicketRequestTicketAttributes | Unset | None = UNSET
    ticket_state_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.admin_id
        if _v is not UNSET:
            _d["admin_id"] = _v
        _v = self.assignee_id
        if _v is not UNSET:
            _d["assignee_id"] = _v
        _v = self.company_id
        if _v is not UNSET:
            _d["company_id"] = _v
        _v = self.is_shared
        if _v is not UNSET:
            _d["is_shared"] = _v
        _v = self.open_
        if _v is not UNSET:
            _d["open"] = _v
        _v = self.snoozed_until
        if _v is not UNSET:
            _d["snoozed_until"] = _v
        _v = self.ticket_attributes
        if _v is not UNSET:
            _d["ticket_attributes"] = None if _v is None else to_jsonable(_v)
        _v = self.ticket_state_id
        if _v is not UNSET:
            _d["ticket_state_id"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("admin_id", "admin_id", check_int, False),
            FieldSpec("assignee_id", "assignee_id", check_str, False),
            FieldSpec("company_id", "company_id", check_str, False),
            FieldSpec("is_shared", "is_shared", check_bool, False),
            FieldSpec("open", "open_", check_bool, False),
            FieldSpec("snoozed_until", "snoozed_until", check_int, False),
            FieldSpec("ticket_attributes", "ticket_attributes", UpdateTicketRequestTicketAttributes.from_dict, False),
            FieldSpec("ticket_state_id", "ticket_state_id", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="UpdateTicketRequest")
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
            if "open" in _d:
                _state["open_"] = _state.pop("open")
            _v = _state["ticket_attributes"]
            if _v is not None and _v is not UNSET:
                _v = UpdateTicketRequestTicketAttributes.from_dict(_v)

            _state["ticket_attributes"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class UpdateTicketRequestDict(TypedDict, total=False):
    """:class:`UpdateTicketRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    admin_id: int
    assignee_id: str
    company_id: str
    is_shared: bool
    open: bool
    snoozed_until: int
    ticket_attributes: UpdateTicketRequestTicketAttributes | UpdateTicketRequestTicketAttributesDict
    ticket_state_id: str


# Imported last, so that models that refer to each other can import each other.
from ..models.update_ticket_request_ticket_attributes import UpdateTicketRequestTicketAttributes
