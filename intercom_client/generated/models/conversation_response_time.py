# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationResponseTime(Model):
    """Details of first response time of assigned team in seconds.

    Attributes:
        response_time (int | None): First response time of assigned team in seconds. Example: 2310.
        team_id (int | None): Id of the assigned team. Example: 100.
        team_name (str | None): Name of the assigned Team, null if team does not exist, Unassigned if no team is
            assigned. Example: Team One.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    response_time: int | None = None
    team_id: int | None = None
    team_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationResponseTime,
    response_time=check_int,
    team_id=check_int,
    team_name=check_str,
)
