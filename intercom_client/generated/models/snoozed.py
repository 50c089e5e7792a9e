# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_str, parse_datetime, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Snoozed(Model):
    """Contains details about conversation snooze timing for conversation part type `snoozed`.

    Attributes:
        custom_until_time (datetime.datetime | None): ISO timestamp for custom snooze times (null for general snoozes)
            Example: 2025-09-03T18:44:20.146Z.
        until (str | None): Human-readable description of snooze duration Example: until tomorrow.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    custom_until_time: datetime.datetime | None = None
    until: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    Snoozed,
    custom_until_time=parse_datetime,
    until=check_str,
)
