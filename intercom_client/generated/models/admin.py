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
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    one_of,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.admin_avatar import AdminAvatar
    from ..models.admin_role import AdminRole
    from ..models.team_priority_level import TeamPriorityLevel


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Admin(Model):
    """Admins are teammate accounts that have access to a workspace.

    Attributes:
        id (str): The id representing the admin. Example: 1295.
        type_ (str): String representing the object's type. Always has the value `admin`. Example: admin.
        avatar (str | AdminAvatar | None): Image for the associated team or teammate
        away_mode_enabled (bool | None): Identifies if this admin is currently set in away mode. Example: False.
        away_mode_reassign (bool | None): Identifies if this admin is set to automatically reassign new conversations to
            the apps default inbox. Example: False.
        away_status_reason_id (int | str | None): The unique identifier of the away status reason
        email (str | None): The email of the admin. Example: jdoe@example.com.
        has_inbox_seat (bool | None): Identifies if this admin has a paid inbox seat to restrict/allow features that
            require them. Example: True.
        job_title (str | None): The job title of the admin. Example: Associate.
        name (str | None): The name of the admin. Example: Joe Example.
        role (AdminRole | None):
        team_ids (list[int] | None): This object represents the avatar associated with the admin. Example: [814865].
        team_priority_level (TeamPriorityLevel | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    avatar: str | AdminAvatar | None = None
    away_mode_enabled: bool | None = None
    away_mode_reassign: bool | None = None
    away_status_reason_id: int | str | None = None
    email: str | None = None
    has_inbox_seat: bool | None = None
    job_title: str | None = None
    name: str | None = None
    role: AdminRole | None = None
    team_ids: list[int] | None = None
    team_priority_level: TeamPriorityLevel | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    Admin,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    avatar=one_of(check_str, ModelRef(models, "AdminAvatar")),
    away_mode_enabled=check_bool,
    away_mode_reassign=check_bool,
    away_status_reason_id=one_of(check_int, check_str),
    email=check_str,
    has_inbox_seat=check_bool,
    job_title=check_str,
    name=check_str,
    role=ModelRef(models, "AdminRole"),
    team_ids=check_scalar_list,
    team_priority_level=ModelRef(models, "TeamPriorityLevel"),
)
