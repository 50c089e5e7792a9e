# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Model, Unset, check_scalar_list, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AdminPriorityLevelRequest(Model):
    """The priority levels to set, naming only the teammates whose level is being set

    Attributes:
        primary_admin_ids (list[int] | Unset | None): The ids of the teammates to make primary members of the team
            Example: [493881].
        secondary_admin_ids (list[int] | Unset | None): The ids of the teammates to make secondary members of the team
            Example: [493882].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    primary_admin_ids: list[int] | Unset | None = UNSET
    secondary_admin_ids: list[int] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class AdminPriorityLevelRequestDict(TypedDict, total=False):
    """:class:`AdminPriorityLevelRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    primary_admin_ids: Sequence[int] | None
    secondary_admin_ids: Sequence[int] | None


sent_fields(
    AdminPriorityLevelRequest,
    primary_admin_ids=check_scalar_list,
    secondary_admin_ids=check_scalar_list,
)
