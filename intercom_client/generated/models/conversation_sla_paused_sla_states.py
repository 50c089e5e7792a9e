# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, received_fields

if TYPE_CHECKING:
    pass


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationSlaPausedSlaStates(Model):
    """Status of all SLA targets at pause time

    Example:
        {'first_reply_time': {'seconds_remaining': 3600, 'status': 'paused'}, 'time_to_close': {'seconds_remaining':
            7200, 'status': 'paused'}}

    Attributes:
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationSlaPausedSlaStates,
    additional_properties=ModelRef(models, "ConversationSlaPausedSlaStatesAdditionalProperty"),
)
