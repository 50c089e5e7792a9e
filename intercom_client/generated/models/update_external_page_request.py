# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_external_page_request_locale import (
    UpdateExternalPageRequestLocale,
)
from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_bool, check_int, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateExternalPageRequest(Model):
    """You can update an External Page in your Fin Content Library.

    Attributes:
        html (str): The body of the external page in HTML. Example: ``<p>Hello world!</p>``.
        locale (UpdateExternalPageRequestLocale): Always en Default: 'en'. Example: en.
        source_id (int): The unique identifier for the source of the external page which was given by Intercom. Every
            external page must be associated with a Content Import Source which represents the place it comes from and from
            which it inherits a default audience (configured in the UI). For a new source, make a POST request to the
            Content Import Source endpoint and an ID for the source will be returned in the response. Example: 1234.
        title (str): The title of the external page. Example: Getting started with....
        url (str): The URL of the external page. This will be used by Fin to link end users to the page it based its
            answer on. Example: https://help.example.com/en/articles/1234-getting-started.
        ai_agent_availability (bool | Unset | None): Whether the external page should be used to answer questions by AI
            Agent. Example: True.
        ai_copilot_availability (bool | Unset | None): Whether the external page should be used to answer questions by
            AI Copilot. Example: True.
        ai_sales_agent_availability (bool | Unset | None): Whether the external page should be used to answer questions
            by AI Sales Agent. Example: True.
        external_id (str | Unset | None): The identifier for the external page which was given by the source. Must be
            unique for the source. Example: 5678.
        fin_availability (bool | Unset | None): Deprecated. Use ai_agent_availability, ai_copilot_availability, and
            ai_sales_agent_availability instead. Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    html: str
    locale: UpdateExternalPageRequestLocale = "en"
    source_id: int
    title: str
    url: str
    ai_agent_availability: bool | Unset | None = UNSET
    ai_copilot_availability: bool | Unset | None = UNSET
    ai_sales_agent_availability: bool | Unset | None = UNSET
    external_id: str | Unset | None = UNSET
    fin_availability: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UpdateExternalPageRequestDict(TypedDict, total=False):
    """:class:`UpdateExternalPageRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    html: Required[str]
    locale: UpdateExternalPageRequestLocale
    source_id: Required[int]
    title: Required[str]
    url: Required[str]
    ai_agent_availability: bool
    ai_copilot_availability: bool
    ai_sales_agent_availability: bool
    external_id: str
    fin_availability: bool


sent_fields(
    UpdateExternalPageRequest,
    html=Field(check_str, required=True),
    locale=Field(check_str, required=True, const="en"),
    source_id=Field(check_int, required=True),
    title=Field(check_str, required=True),
    url=Field(check_str, required=True),
    ai_agent_availability=check_bool,
    ai_copilot_availability=check_bool,
    ai_sales_agent_availability=check_bool,
    external_id=check_str,
    fin_availability=check_bool,
)
