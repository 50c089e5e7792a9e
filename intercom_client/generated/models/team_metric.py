# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TeamMetric(Model):
    """Per-admin activity metrics within a team.

    Attributes:
        admin_id (str | None): The unique identifier for the admin. Example: 123.
        idle (int | None): The number of idle conversations assigned to the admin. A conversation is idle when it has
            been open and waiting for an admin reply longer than the idle_threshold. Example: 2.
        open (int | None): The number of open conversations assigned to the admin. Example: 5.
        snoozed (int | None): The number of snoozed conversations assigned to the admin. Example: 1.
        type_ (str | None):  Example: team_metric.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: str | None = None
    idle: int | None = None
    open: int | None = None
    snoozed: int | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    TeamMetric,
    admin_id=check_str,
    idle=check_int,
    open=check_int,
    snoozed=check_int,
    type_=Field(check_str, json="type"),
)
