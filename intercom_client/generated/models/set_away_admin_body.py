# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_bool, check_int, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SetAwayAdminBody(Model):
    """
    Attributes:
        away_mode_enabled (bool): Set to "true" to change the status of the admin to away. Default: True. Example: True.
        away_mode_reassign (bool): Set to "true" to assign any new conversation replies to your default inbox. Default:
            False. Example: False.
        away_status_reason_id (int | Unset | None): The unique identifier of the away status reason Example: 12345.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    away_mode_enabled: bool
    away_mode_reassign: bool
    away_status_reason_id: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class SetAwayAdminBodyDict(TypedDict, total=False):
    """:class:`SetAwayAdminBody` written as a dict literal (JSON field names), e.g. as a request body."""

    away_mode_enabled: Required[bool]
    away_mode_reassign: Required[bool]
    away_status_reason_id: int


sent_fields(
    SetAwayAdminBody,
    away_mode_enabled=Field(check_bool, required=True),
    away_mode_reassign=Field(check_bool, required=True),
    away_status_reason_id=check_int,
)
