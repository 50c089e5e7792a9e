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
    check_scalar_list,
    check_str,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.admin_with_app_avatar import AdminWithAppAvatar
    from ..models.admin_with_app_role import AdminWithAppRole
    from ..models.app import App


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AdminWithApp(Model):
    """Admins are the teammate accounts that have access to a workspace

    Attributes:
        id (str): The id representing the admin. Example: 1295.
        type_ (str): String representing the object's type. Always has the value `admin`. Example: admin.
        app (App | None): App that the admin belongs to.
        avatar (AdminWithAppAvatar | None): This object represents the avatar associated with the admin.
        away_mode_enabled (bool | None): Identifies if this admin is currently set in away mode. Example: False.
        away_mode_reassign (bool | None): Identifies if this admin is set to automatically reassign new conversations to
            the apps default inbox. Example: False.
        email (str | None): The email of the admin. Example: jdoe@example.com.
        email_verified (bool | None): Identifies if this admin's email is verified. Example: True.
        has_inbox_seat (bool | None): Identifies if this admin has a paid inbox seat to restrict/allow features that
            require them. Example: True.
        job_title (str | None): The job title of the admin. Example: Associate.
        name (str | None): The name of the admin. Example: Joe Example.
        role (AdminWithAppRole | None):
        team_ids (list[int] | None): This is a list of ids of the teams that this admin is part of. Example: [814865].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    app: App | None = None
    avatar: AdminWithAppAvatar | None = None
    away_mode_enabled: bool | None = None
    away_mode_reassign: bool | None = None
    email: str | None = None
    email_verified: bool | None = None
    has_inbox_seat: bool | None = None
    job_title: str | None = None
    name: str | None = None
    role: AdminWithAppRole | None = None
    team_ids: list[int] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    AdminWithApp,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    app=ModelRef(models, "App"),
    avatar=ModelRef(models, "AdminWithAppAvatar"),
    away_mode_enabled=check_bool,
    away_mode_reassign=check_bool,
    email=check_str,
    email_verified=check_bool,
    has_inbox_seat=check_bool,
    job_title=check_str,
    name=check_str,
    role=ModelRef(models, "AdminWithAppRole"),
    team_ids=check_scalar_list,
)
