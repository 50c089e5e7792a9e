# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_int, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationSlaAppliedByRuleSlaDefinition(Model):
    """Target times configured for the SLA (in seconds)

    Attributes:
        first_reply_time (int | None): First response time target in seconds Example: 300.
        next_reply_time (int | None): Next reply time target in seconds Example: 600.
        resolution_time (int | None): Resolution time target in seconds Example: 3600.
        time_to_close (int | None): Time to close target in seconds Example: 7200.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    first_reply_time: int | None = None
    next_reply_time: int | None = None
    resolution_time: int | None = None
    time_to_close: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationSlaAppliedByRuleSlaDefinition,
    first_reply_time=check_int,
    next_reply_time=check_int,
    resolution_time=check_int,
    time_to_close=check_int,
)
