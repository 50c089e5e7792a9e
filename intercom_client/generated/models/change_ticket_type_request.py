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
    from ..models.change_ticket_type_request_ticket_attributes import (
        ChangeTicketTypeRequestTicketAttributes,
        ChangeTicketTypeRequestTicketAttributesDict,
    )


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "ticket_state_id": UNSET,
    "ticket_type_id": UNSET,
    "ticket_attributes": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "ticket_state_id",
        "ticket_type_id",
        "ticket_attributes",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ChangeTicketTypeRequest:
    """You can change the type of a Ticket

    Attributes:
        ticket_state_id (str): The ID of the ticket state for the new ticket type. Example: 5678.
        ticket_type_id (str): The ID of the new ticket type. Must be in the same category as the current type. Example:
            1234.
        ticket_attributes (ChangeTicketTypeRequestTicketAttributes | Unset | None): The attributes to set on the ticket
            for the new type. Attributes matching by name and type are transferred automatically from the old type; values
            provided here override the transferred values. Example: {'_default_description_': 'having a problem',
            '_default_title_': 'example'}.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ticket_state_id: str
    ticket_type_id: str
    ticket_attributes: ChangeTicketTypeRequestTicketAttributes | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.ticket_state_id
        if _v is not UNSET:
            _d["ticket_state_id"] = _v
        _v = self.ticket_type_id
        if _v is not UNSET:
            _d["ticket_type_id"] = _v
        _v = self.ticket_attributes
        if _v is not UNSET:
            _d["ticket_attributes"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("ticket_state_id", "ticket_state_id", check_str, True),
            FieldSpec("ticket_type_id", "ticket_type_id", check_str, True),
            FieldSpec(
                "ticket_attributes", "ticket_attributes", ChangeTicketTypeRequestTicketAttributes.from_dict, False
            ),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ChangeTicketTypeRequest"
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
            if "ticket_state_id" not in _d:
                raise KeyError("ticket_state_id")
            if _state["ticket_state_id"] is None:
                raise WrongType("a value", None)
            if "ticket_type_id" not in _d:
                raise KeyError("ticket_type_id")
            if _state["ticket_type_id"] is None:
                raise WrongType("a value", None)
            _v = _state["ticket_attributes"]
            if _v is not None and _v is not UNSET:
                _v = ChangeTicketTypeRequestTicketAttributes.from_dict(_v)

            _state["ticket_attributes"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class ChangeTicketTypeRequestDict(TypedDict, total=False):
    """:class:`ChangeTicketTypeRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    ticket_state_id: Required[str]
    ticket_type_id: Required[str]
    ticket_attributes: ChangeTicketTypeRequestTicketAttributes | ChangeTicketTypeRequestTicketAttributesDict


# Imported last, so that models that refer to each other can import each other.
from ..models.change_ticket_type_request_ticket_attributes import ChangeTicketTypeRequestTicketAttributes
