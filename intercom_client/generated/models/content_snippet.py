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
    check_int,
    check_scalar_list,
    check_str,
    list_of,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.content_snippet_json_blocks_item import ContentSnippetJsonBlocksItem


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContentSnippet(Model):
    """A content snippet is a reusable piece of content for your AI agent and Copilot.

    Attributes:
        id (str): The unique identifier for the content snippet. Example: 123.
        type_ (str): String representing the object's type. Always has the value `content_snippet`. Example:
            content_snippet.
        ai_chatbot_availability (bool | None): Whether the content snippet is available for AI Chatbot (Fin). Example:
            True.
        ai_copilot_availability (bool | None): Whether the content snippet is available for AI Copilot. Example: True.
        ai_sales_agent_availability (bool | None): Whether the content snippet is available for AI Sales Agent. Example:
            True.
        audience_ids (list[int] | None): The list of audience IDs this content snippet is targeted to for Fin AI Agent.
            Empty array means no audience targeting is set. Example: [1, 2].
        body_markdown (str | None): The body of the content snippet in markdown. Example: # How to reset your password

            Navigate to Settings > Security > Reset password.
            .
        chatbot_availability (int | None): Deprecated. Use ai_chatbot_availability instead. Whether this snippet is
            available for Fin (1 = on, 0 = off). Example: 1.
        copilot_availability (int | None): Deprecated. Use ai_copilot_availability instead. Whether this snippet is
            available for Copilot (1 = on, 0 = off). Example: 1.
        created_at (int | None): The time the snippet was created as a UNIX timestamp. Example: 1663597223.
        json_blocks (list[ContentSnippetJsonBlocksItem] | None): The content blocks that make up the body of the
            snippet. Example: [{'text': 'Navigate to Settings > Security > Reset password.', 'type': 'paragraph'}].
        locale (str | None): The locale of the content snippet. Example: en.
        title (str | None): The title of the content snippet. Example: How to reset your password.
        updated_at (int | None): The time the snippet was last updated as a UNIX timestamp. Example: 1663597223.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    ai_chatbot_availability: bool | None = None
    ai_copilot_availability: bool | None = None
    ai_sales_agent_availability: bool | None = None
    audience_ids: list[int] | None = None
    body_markdown: str | None = None
    chatbot_availability: int | None = None
    copilot_availability: int | None = None
    created_at: int | None = None
    json_blocks: list[ContentSnippetJsonBlocksItem] | None = None
    locale: str | None = None
    title: str | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ContentSnippet,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    ai_chatbot_availability=check_bool,
    ai_copilot_availability=check_bool,
    ai_sales_agent_availability=check_bool,
    audience_ids=check_scalar_list,
    body_markdown=check_str,
    chatbot_availability=check_int,
    copilot_availability=check_int,
    created_at=check_int,
    json_blocks=list_of(ModelRef(models, "ContentSnippetJsonBlocksItem")),
    locale=check_str,
    title=check_str,
    updated_at=check_int,
)
