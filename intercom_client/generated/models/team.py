# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_int,
    check_scalar_list,
    check_str,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.admin_priority_level import AdminPriorityLevel


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Team(Model):
    """Teams are groups of admins in Intercom.

    Attributes:
        id (str): The id of the team Example: 814865.
        type_ (str): Value is always "team" Example: team.
        admin_ids (list[int] | None): The list of admin IDs that are a part of the team. Example: [493881].
        admin_priority_level (AdminPriorityLevel | None):
        assignment_limit (int | None): The assignment limit for the team. This field is only present when the team's
            distribution type is load balanced. Example: 10.
        distribution_method (str | None): Describes how assignments are distributed among the team members Example:
            round_robin.
        name (str | None): The name of the team Example: Example Team.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    admin_ids: list[int] | None = None
    admin_priority_level: AdminPriorityLevel | None = None
    assignment_limit: int | None = None
    distribution_method: str | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    Team,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    admin_ids=check_scalar_list,
    admin_priority_level=ModelRef(models, "AdminPriorityLevel"),
    assignment_limit=check_int,
    distribution_method=check_str,
    name=check_str,
)
