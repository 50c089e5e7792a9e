# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_scalar_list, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TeamPriorityLevel(Model):
    """Admin priority levels for teams

    Attributes:
        primary_team_ids (list[int] | None): The primary team ids for the team Example: [814865].
        secondary_team_ids (list[int] | None): The secondary team ids for the team Example: [493881].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    primary_team_ids: list[int] | None = None
    secondary_team_ids: list[int] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    TeamPriorityLevel,
    primary_team_ids=check_scalar_list,
    secondary_team_ids=check_scalar_list,
)
