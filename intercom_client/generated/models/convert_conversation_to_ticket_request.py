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
    check_str,
    decode_leniently,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.ticket_request_custom_attributes import (
        TicketRequestCustomAttributes,
        TicketRequestCustomAttributesDict,
    )


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "ticket_type_id": UNSET,
    "attributes": UNSET,
    "ticket_state_id": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "ticket_type_id",
        "attributes",
        "ticket_state_id",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConvertConversationToTicketRequest:
    """You can convert a Conversation to a Ticket

    Attributes:
        ticket_type_id (str): The ID of the type of ticket you want to convert the conversation to Example: 1234.
        attributes (TicketRequestCustomAttributes | Unset | None): The attributes set on the ticket. When setting the
            default title and description attributes, the attribute keys that should be used are `_default_title_` and
            `_default_description_`. When setting ticket type attributes of the list attribute type, the key should be the
            attribute name and the value of the attribute should be the list item id, obtainable by [listing the ticket
            type](ref:get_ticket-types). For example, if the ticket type has an attribute called `priority` of type `list`,
            the key should be `priority` and the value of the attribute should be the guid of the list item (e.g.
            `de1825a0-0164-4070-8ca6-13e22462fa7e`). Example: {'_default_description_': 'The button is not working',
            '_default_title_': 'Found a bug'}.
        ticket_state_id (str | Unset | None): The ID of the ticket state associated with the ticket type. Example: 123.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ticket_type_id: str
    attributes: TicketRequestCustomAttributes | Unset | None = UNSET
    ticket_state_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.ticket_type_id
        if _v is not UNSET:
            _d["ticket_type_id"] = _v
        _v = self.attributes
        if _v is not UNSET:
            _d["attributes"] = None if _v is None else to_jsonable(_v)
        _v = self.ticket_state_id
        if _v is not UNSET:
            _d["ticket_state_id"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("ticket_type_id", "ticket_type_id", check_str, True),
            FieldSpec("attributes", "attributes", TicketRequestCustomAttributes.from_dict, False),
            FieldSpec("ticket_state_id", "ticket_state_id", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ConvertConversationToTicketRequest"
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
            if "ticket_type_id" not in _d:
                raise KeyError("ticket_type_id")
            if _state["ticket_type_id"] is None:
                raise WrongType("a value", None)
            _v = _state["attributes"]
            if _v is not None and _v is not UNSET:
                _v = TicketRequestCustomAttributes.from_dict(_v)

            _state["attributes"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class ConvertConversationToTicketRequestDict(TypedDict, total=False):
    """:class:`ConvertConversationToTicketRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    ticket_type_id: Required[str]
    attributes: TicketRequestCustomAttributes | TicketRequestCustomAttributesDict
    ticket_state_id: str


# Imported last, so that models that refer to each other can import each other.
from ..models.ticket_request_custom_attributes import TicketRequestCustomAttributes
