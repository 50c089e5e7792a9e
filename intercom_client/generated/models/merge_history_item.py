# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.merge_history_item_source_contact_role import (
    MergeHistoryItemSourceContactRole,
)
from ..types import DecodingIssue, Field, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class MergeHistoryItem(Model):
    """A record of a contact that was merged into another contact.

    Attributes:
        merged_at (int | None): (Unix timestamp in seconds) The time when the merge occurred. Example: 1571672154.
        source_contact_id (str | None): The Intercom ID of the contact that was merged into this contact. Example:
            5ba682d23d7cf92bef87bfd3.
        source_contact_role (MergeHistoryItemSourceContactRole | None): The role of the contact that was merged in.
            Example: lead.
        type_ (str | None): The type of object. Example: merge_history.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    merged_at: int | None = None
    source_contact_id: str | None = None
    source_contact_role: MergeHistoryItemSourceContactRole | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    MergeHistoryItem,
    merged_at=check_int,
    source_contact_id=check_str,
    source_contact_role=check_str,
    type_=Field(check_str, json="type"),
)
