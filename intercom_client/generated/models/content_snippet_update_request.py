# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import (
    UNSET,
    DecodingIssue,
    Model,
    ModelRef,
    Unset,
    check_bool,
    check_scalar_list,
    check_str,
    list_of,
    sent_fields,
)

if TYPE_CHECKING:
    from ..models.content_snippet_update_request_json_blocks_item import ContentSnippetUpdateRequestJsonBlocksItem


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContentSnippetUpdateRequest(Model):
    """The request payload for updating a content snippet. All fields are optional — only provided fields will be updated.
    `json_blocks` and `body_markdown` are mutually exclusive.

    Attributes:
        ai_chatbot_availability (bool | Unset | None): Whether the content snippet should be available for AI Chatbot
            (Fin). Example: True.
        ai_copilot_availability (bool | Unset | None): Whether the content snippet should be available for AI Copilot.
            Example: True.
        ai_sales_agent_availability (bool | Unset | None): Whether the content snippet should be available for AI Sales
            Agent. Example: True.
        audience_ids (list[int] | Unset | None): The list of audience IDs to target this content snippet to for Fin AI
            Agent. Omitting the field leaves existing audience memberships unchanged (PATCH semantics). Pass `[]` to clear
            all audience memberships. Unknown audience IDs return a `404` error with no partial commit. Example: [1, 2].
        body_markdown (str | Unset | None): The content of the snippet in markdown. An alternative to `json_blocks` —
            you can provide content as markdown instead of structured blocks. Mutually exclusive with `json_blocks`.
            Example: ## Updated heading

            New content.
            .
        json_blocks (list[ContentSnippetUpdateRequestJsonBlocksItem] | Unset | None): The content blocks that make up
            the body of the snippet. Mutually exclusive with `body_markdown`. Example: [{'text': 'Navigate to Settings >
            Security > Reset password.', 'type': 'paragraph'}].
        locale (str | Unset | None): The locale of the content snippet. Example: en.
        title (str | Unset | None): The title of the content snippet. Example: How to reset your password.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ai_chatbot_availability: bool | Unset | None = UNSET
    ai_copilot_availability: bool | Unset | None = UNSET
    ai_sales_agent_availability: bool | Unset | None = UNSET
    audience_ids: list[int] | Unset | None = UNSET
    body_markdown: str | Unset | None = UNSET
    json_blocks: list[ContentSnippetUpdateRequestJsonBlocksItem] | Unset | None = UNSET
    locale: str | Unset | None = UNSET
    title: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class ContentSnippetUpdateRequestDict(TypedDict, total=False):
    """:class:`ContentSnippetUpdateRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    ai_chatbot_availability: bool
    ai_copilot_availability: bool
    ai_sales_agent_availability: bool
    audience_ids: Sequence[int] | None
    body_markdown: str
    json_blocks: Sequence[Mapping[str, Any]]
    locale: str
    title: str


sent_fields(
    ContentSnippetUpdateRequest,
    ai_chatbot_availability=check_bool,
    ai_copilot_availability=check_bool,
    ai_sales_agent_availability=check_bool,
    audience_ids=check_scalar_list,
    body_markdown=check_str,
    json_blocks=list_of(ModelRef(models, "ContentSnippetUpdateRequestJsonBlocksItem")),
    locale=check_str,
    title=check_str,
)
