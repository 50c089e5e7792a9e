# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Model, Unset, check_bool, check_scalar_list, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContentBulkActionRequestAudience(Model):
    """Required when `action` is `set_audience`. Manages segment membership.

    Attributes:
        add_segment_ids (list[int] | Unset | None): Segment IDs to assign to the selected content. Example: [100].
        remove_all (bool | Unset | None): When `true`, removes all segments from the selected content. Example: False.
        remove_segment_ids (list[int] | Unset | None): Segment IDs to remove from the selected content. Example: [200].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    add_segment_ids: list[int] | Unset | None = UNSET
    remove_all: bool | Unset | None = UNSET
    remove_segment_ids: list[int] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class ContentBulkActionRequestAudienceDict(TypedDict, total=False):
    """:class:`ContentBulkActionRequestAudience` written as a dict literal (JSON field names), e.g. as a request body."""

    add_segment_ids: Sequence[int]
    remove_all: bool
    remove_segment_ids: Sequence[int]


sent_fields(
    ContentBulkActionRequestAudience,
    add_segment_ids=check_scalar_list,
    remove_all=check_bool,
    remove_segment_ids=check_scalar_list,
)
