# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.handling_event_type import HandlingEventType
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, parse_datetime, received_fields

if TYPE_CHECKING:
    from ..models.teammate_reference import TeammateReference


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class HandlingEvent(Model):
    """A pause or resume event for a conversation

    Attributes:
        teammate (TeammateReference): A reference to a teammate (admin, team, or bot)
        timestamp (datetime.datetime): ISO8601 timestamp when the event occurred Example: 2026-01-09T09:00:00Z.
        type_ (HandlingEventType): The type of handling event Example: paused.
        reason (str | None): Optional reason for the event (e.g., "Paused", "Away") Example: Paused.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    teammate: TeammateReference
    timestamp: datetime.datetime
    type_: HandlingEventType
    reason: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    HandlingEvent,
    teammate=Field(ModelRef(models, "TeammateReference"), required=True),
    timestamp=Field(parse_datetime, required=True),
    type_=Field(check_str, json="type", required=True),
    reason=check_str,
)
