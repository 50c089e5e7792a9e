# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_bool, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AwayStatusReason(Model):
    """
    Attributes:
        id (str): The unique identifier for the away status reason
        type_ (str):  Example: away_status_reason.
        created_at (int | None): The Unix timestamp when the status reason was created Example: 1734537243.
        deleted (bool | None): Whether the status reason has been soft deleted Example: False.
        emoji (str | None): The emoji associated with the status reason Example: ☕.
        label (str | None): The display text for the away status reason Example: On a break.
        order (int | None): The display order of the status reason Example: 1.
        updated_at (int | None): The Unix timestamp when the status reason was last updated Example: 1734537243.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    created_at: int | None = None
    deleted: bool | None = None
    emoji: str | None = None
    label: str | None = None
    order: int | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    AwayStatusReason,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    created_at=check_int,
    deleted=check_bool,
    emoji=check_str,
    label=check_str,
    order=check_int,
    updated_at=check_int,
)
