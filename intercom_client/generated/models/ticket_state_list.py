# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.ticket_state_detailed import TicketStateDetailed


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TicketStateList(Model):
    """A list of ticket states associated with a given ticket type.

    Attributes:
        data (list[TicketStateDetailed] | None): A list of ticket states associated with a given ticket type.
        type_ (str | None): String representing the object's type. Always has the value `list`. Example: list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[TicketStateDetailed] | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    TicketStateList,
    data=list_of(ModelRef(models, "TicketStateDetailed")),
    type_=Field(check_str, json="type"),
)
