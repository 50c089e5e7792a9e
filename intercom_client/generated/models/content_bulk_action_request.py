# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.content_bulk_action_request_action import (
    ContentBulkActionRequestAction,
)
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, check_str, list_of, sent_fields

if TYPE_CHECKING:
    from ..models.content_bulk_action_request_audience import (
        ContentBulkActionRequestAudience,
        ContentBulkActionRequestAudienceDict,
    )
    from ..models.content_bulk_action_request_availability import (
        ContentBulkActionRequestAvailability,
        ContentBulkActionRequestAvailabilityDict,
    )
    from ..models.content_bulk_action_request_content_ids_item import (
        ContentBulkActionRequestContentIdsItem,
        ContentBulkActionRequestContentIdsItemDict,
    )
    from ..models.content_bulk_action_request_tags import ContentBulkActionRequestTags, ContentBulkActionRequestTagsDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContentBulkActionRequest(Model):
    """
    Attributes:
        action (ContentBulkActionRequestAction): The bulk action to perform. Allowed `content_ids[].type` values vary
            per action:
              * `publish`, `unpublish`: `article_content`
              * `delete`: `article_content`, `content_snippet`, `file_source_content`, `internal_article`
              * `set_availability`, `set_audience`: `article_content`, `content_snippet`, `external_content`,
            `file_source_content`, `internal_article`
              * `update_tags`: `article` (the parent Article id, not `article_content`), `content_snippet`,
            `external_content`, `file_source_content`, `internal_article` Example: publish.
        content_ids (list[ContentBulkActionRequestContentIdsItem]): Up to 1,000 content items to apply the action to.
        audience (ContentBulkActionRequestAudience | Unset | None): Required when `action` is `set_audience`. Manages
            segment membership.
        availability (ContentBulkActionRequestAvailability | Unset | None): Required when `action` is
            `set_availability`. Each field is optional — only the
            properties present in the request are toggled.
        tags (ContentBulkActionRequestTags | Unset | None): Required when `action` is `update_tags`. Applies and/or
            removes existing tags.
            Supply at least one of `add_tag_ids` / `remove_tag_ids`. At most 100 distinct tag IDs
            may be supplied across `add_tag_ids` and `remove_tag_ids` combined. Tag IDs must
            reference existing, non-archived tags; exceeding the limit or referencing unknown or
            archived IDs is rejected with `parameter_invalid` (HTTP 422).
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    action: ContentBulkActionRequestAction
    content_ids: list[ContentBulkActionRequestContentIdsItem]
    audience: ContentBulkActionRequestAudience | Unset | None = UNSET
    availability: ContentBulkActionRequestAvailability | Unset | None = UNSET
    tags: ContentBulkActionRequestTags | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class ContentBulkActionRequestDict(TypedDict, total=False):
    """:class:`ContentBulkActionRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    action: Required[ContentBulkActionRequestAction]
    content_ids: Required[Sequence[ContentBulkActionRequestContentIdsItemDict]]
    audience: ContentBulkActionRequestAudienceDict
    availability: ContentBulkActionRequestAvailabilityDict
    tags: ContentBulkActionRequestTagsDict


sent_fields(
    ContentBulkActionRequest,
    action=Field(check_str, required=True),
    content_ids=Field(list_of(ModelRef(models, "ContentBulkActionRequestContentIdsItem")), required=True),
    audience=ModelRef(models, "ContentBulkActionRequestAudience"),
    availability=ModelRef(models, "ContentBulkActionRequestAvailability"),
    tags=ModelRef(models, "ContentBulkActionRequestTags"),
)
