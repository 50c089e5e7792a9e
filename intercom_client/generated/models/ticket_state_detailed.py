# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.ticket_state_detailed_category import TicketStateDetailedCategory
from ..types import DecodingIssue, Field, Model, ModelRef, check_bool, check_str, received_fields

if TYPE_CHECKING:
    from ..models.ticket_type_list import TicketTypeList


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TicketStateDetailed(Model):
    """A ticket state, used to define the state of a ticket.

    Attributes:
        id (str): The id of the ticket state Example: 12.
        type_ (str): String representing the object's type. Always has the value `ticket_state`. Example: ticket_state.
        archived (bool | None): Whether the ticket state is archived Example: False.
        category (TicketStateDetailedCategory | None): The category of the ticket state Example: in_progress.
        external_label (str | None): The state the ticket is currently in, in a human readable form - visible to
            customers, in the messenger, email and tickets portal. Example: In Progress.
        internal_label (str | None): The state the ticket is currently in, in a human readable form - visible in
            Intercom Example: With Dev Team.
        ticket_types (TicketTypeList | None): A list of ticket types associated with a given workspace.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    archived: bool | None = None
    category: TicketStateDetailedCategory | None = None
    external_label: str | None = None
    internal_label: str | None = None
    ticket_types: TicketTypeList | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    TicketStateDetailed,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    archived=check_bool,
    category=check_str,
    external_label=check_str,
    internal_label=check_str,
    ticket_types=ModelRef(models, "TicketTypeList"),
)
