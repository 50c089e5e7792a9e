# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecodingIssue,
    Field,
    Model,
    Unset,
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    sent_fields,
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateInternalArticleRequest(Model):
    """You can create an Internal Article

    Attributes:
        author_id (int): The id of the author of the article. Example: 1295.
        owner_id (int): The id of the owner of the article. Example: 1295.
        title (str): The title of the article. Example: Thanks for everything.
        ai_chatbot_availability (bool | Unset | None): Whether the internal article should be available for AI Chatbot
            (Fin). Defaults to false. Default: False. Example: True.
        ai_copilot_availability (bool | Unset | None): Whether the internal article should be available for AI Copilot.
            Defaults to false. Default: False. Example: True.
        ai_sales_agent_availability (bool | Unset | None): Whether the internal article should be available for AI Sales
            Agent. Defaults to false. Default: False. Example: True.
        audience_ids (list[int] | Unset | None): The list of audience IDs to target this internal article to for Fin AI
            Agent. Pass an empty array or omit the field for no audience targeting. Unknown audience IDs return a `404`
            error with no partial commit. Example: [1, 2].
        body (str | Unset | None): The content of the article in HTML. Mutually exclusive with `body_markdown`. Example:
            ``<p>This is the body in html</p>``.
        body_markdown (str | Unset | None): The content of the article in markdown. An alternative to `body` — you can
            provide content as markdown instead of HTML. Mutually exclusive with `body`. Example: # Internal Guide

            Some instructions.
            .
        folder_id (int | Unset | None): The ID of the folder to place this article in, or null to leave it without a
            folder. Example: 6.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    author_id: int
    owner_id: int
    title: str
    ai_chatbot_availability: bool | Unset | None = UNSET
    ai_copilot_availability: bool | Unset | None = UNSET
    ai_sales_agent_availability: bool | Unset | None = UNSET
    audience_ids: list[int] | Unset | None = UNSET
    body: str | Unset | None = UNSET
    body_markdown: str | Unset | None = UNSET
    folder_id: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateInternalArticleRequestDict(TypedDict, total=False):
    """:class:`CreateInternalArticleRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    author_id: Required[int]
    owner_id: Required[int]
    title: Required[str]
    ai_chatbot_availability: bool
    ai_copilot_availability: bool
    ai_sales_agent_availability: bool
    audience_ids: Sequence[int] | None
    body: str
    body_markdown: str
    folder_id: int | None


sent_fields(
    CreateInternalArticleRequest,
    author_id=Field(check_int, required=True),
    owner_id=Field(check_int, required=True),
    title=Field(check_str, required=True),
    ai_chatbot_availability=check_bool,
    ai_copilot_availability=check_bool,
    ai_sales_agent_availability=check_bool,
    audience_ids=check_scalar_list,
    body=check_str,
    body_markdown=check_str,
    folder_id=check_int,
)
