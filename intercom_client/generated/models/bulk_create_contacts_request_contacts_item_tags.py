# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Model, ModelRef, Unset, list_of, sent_fields

if TYPE_CHECKING:
    from ..models.bulk_create_contacts_request_contacts_item_tags_add_item import (
        BulkCreateContactsRequestContactsItemTagsAddItem,
        BulkCreateContactsRequestContactsItemTagsAddItemDict,
    )


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class BulkCreateContactsRequestContactsItemTags(Model):
    """Tags to add to the contact. Each tag is identified by its `id`, which must be a positive integer for a tag that
    already exists in your workspace. Tag application is best-effort: unknown tag IDs are skipped while the rest of the
    contact create still applies. Per-tag results are not yet returned in the job status.

    Attributes:
        add (list[BulkCreateContactsRequestContactsItemTagsAddItem] | Unset | None): Tags to add to the contact.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    add: list[BulkCreateContactsRequestContactsItemTagsAddItem] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class BulkCreateContactsRequestContactsItemTagsDict(TypedDict, total=False):
    """:class:`BulkCreateContactsRequestContactsItemTags` written as a dict literal (JSON field names), e.g. as a request body."""

    add: Sequence[BulkCreateContactsRequestContactsItemTagsAddItemDict]


sent_fields(
    BulkCreateContactsRequestContactsItemTags,
    add=list_of(ModelRef(models, "BulkCreateContactsRequestContactsItemTagsAddItem")),
)
