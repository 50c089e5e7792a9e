# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_external_page_request_locale import (
    CreateExternalPageRequestLocale,
)
from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_bool, check_int, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateExternalPageRequest(Model):
    """You can add an External Page to your Fin Content Library.

    Attributes:
        external_id (str): The identifier for the external page which was given by the source. Must be unique for the
            source. Example: 5678.
        html (str): The body of the external page in HTML. Example: ``<p>Hello world!</p>``.
        locale (CreateExternalPageRequestLocale): Always en Default: 'en'. Example: en.
        source_id (int): The unique identifier for the source of the external page which was given by Intercom. Every
            external page must be associated with a Content Import Source which represents the place it comes from and from
            which it inherits a default audience (configured in the UI). For a new source, make a POST request to the
            Content Import Source endpoint and an ID for the source will be returned in the response. Example: 1234.
        title (str): The title of the external page. Example: Getting started with....
        ai_agent_availability (bool | Unset | None): Whether the external page should be used to answer questions by AI
            Agent. Will not default when updating an existing external page. Default: False. Example: True.
        ai_copilot_availability (bool | Unset | None): Whether the external page should be used to answer questions by
            AI Copilot. Will not default when updating an existing external page. Default: False. Example: True.
        ai_sales_agent_availability (bool | Unset | None): Whether the external page should be used to answer questions
            by AI Sales Agent. Will not default when updating an existing external page. Default: False. Example: True.
        url (str | Unset | None): The URL of the external page. This will be used by Fin to link end users to the page
            it based its answer on. When a URL is not present, Fin will not reference the source. Example:
            https://help.example.com/en/articles/1234-getting-started.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    external_id: str
    html: str
    locale: CreateExternalPageRequestLocale = "en"
    source_id: int
    title: str
    ai_agent_availability: bool | Unset | None = UNSET
    ai_copilot_availability: bool | Unset | None = UNSET
    ai_sales_agent_availability: bool | Unset | None = UNSET
    url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateExternalPageRequestDict(TypedDict, total=False):
    """:class:`CreateExternalPageRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    external_id: Required[str]
    html: Required[str]
    locale: CreateExternalPageRequestLocale
    source_id: Required[int]
    title: Required[str]
    ai_agent_availability: bool
    ai_copilot_availability: bool
    ai_sales_agent_availability: bool
    url: str


sent_fields(
    CreateExternalPageRequest,
    external_id=Field(check_str, required=True),
    html=Field(check_str, required=True),
    locale=Field(check_str, required=True, const="en"),
    source_id=Field(check_int, required=True),
    title=Field(check_str, required=True),
    ai_agent_availability=check_bool,
    ai_copilot_availability=check_bool,
    ai_sales_agent_availability=check_bool,
    url=check_str,
)
