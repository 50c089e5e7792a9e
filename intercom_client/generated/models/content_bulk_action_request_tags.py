# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Model, Unset, check_scalar_list, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContentBulkActionRequestTags(Model):
    """Required when `action` is `update_tags`. Applies and/or removes existing tags.
    Supply at least one of `add_tag_ids` / `remove_tag_ids`. At most 100 distinct tag IDs
    may be supplied across `add_tag_ids` and `remove_tag_ids` combined. Tag IDs must
    reference existing, non-archived tags; exceeding the limit or referencing unknown or
    archived IDs is rejected with `parameter_invalid` (HTTP 422).

    Attributes:
        add_tag_ids (list[int] | Unset | None): Tag IDs to apply to the selected content. Example: [100].
        remove_tag_ids (list[int] | Unset | None): Tag IDs to remove from the selected content. Example: [200].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    add_tag_ids: list[int] | Unset | None = UNSET
    remove_tag_ids: list[int] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class ContentBulkActionRequestTagsDict(TypedDict, total=False):
    """:class:`ContentBulkActionRequestTags` written as a dict literal (JSON field names), e.g. as a request body."""

    add_tag_ids: Sequence[int]
    remove_tag_ids: Sequence[int]


sent_fields(
    ContentBulkActionRequestTags,
    add_tag_ids=check_scalar_list,
    remove_tag_ids=check_scalar_list,
)
