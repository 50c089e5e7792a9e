# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_page_locale import ExternalPageLocale
from ..models.external_page_type import ExternalPageType
from ..types import DecodingIssue, Field, Model, check_bool, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ExternalPage(Model):
    """External pages that you have added to your Fin Content Library.

    Attributes:
        ai_agent_availability (bool): Whether the external page should be used to answer questions by AI Agent. Example:
            True.
        ai_copilot_availability (bool): Whether the external page should be used to answer questions by AI Copilot.
            Example: True.
        created_at (int): The time when the external page was created. Example: 1672928359.
        external_id (str): The identifier for the external page which was given by the source. Must be unique for the
            source. Example: 5678.
        html (str): The body of the external page in HTML. Example: ``<p>Hello world!</p>``.
        id (str): The unique identifier for the external page which is given by Intercom. Example: 1234.
        last_ingested_at (int): The time when the external page was last ingested. Example: 1672928610.
        locale (ExternalPageLocale): Always en Default: 'en'. Example: en.
        source_id (int): The unique identifier for the source of the external page which was given by Intercom. Every
            external page must be associated with a Content Import Source which represents the place it comes from and from
            which it inherits a default audience (configured in the UI). For a new source, make a POST request to the
            Content Import Source endpoint and an ID for the source will be returned in the response. Example: 1234.
        title (str): The title of the external page. Example: Getting started with....
        type_ (ExternalPageType): Always external_page Default: 'external_page'. Example: external_page.
        updated_at (int): The time when the external page was last updated. Example: 1672928610.
        ai_sales_agent_availability (bool | None): Whether the external page should be used to answer questions by AI
            Sales Agent. Example: True.
        fin_availability (bool | None): Deprecated. Use ai_agent_availability, ai_copilot_availability, and
            ai_sales_agent_availability instead. Example: True.
        url (str | None): The URL of the external page. This will be used by Fin to link end users to the page it based
            its answer on. Example: https://help.example.com/en/articles/1234-getting-started.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ai_agent_availability: bool
    ai_copilot_availability: bool
    created_at: int
    external_id: str
    html: str
    id: str
    last_ingested_at: int
    locale: ExternalPageLocale
    source_id: int
    title: str
    type_: ExternalPageType
    updated_at: int
    ai_sales_agent_availability: bool | None = None
    fin_availability: bool | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ExternalPage,
    ai_agent_availability=Field(check_bool, required=True),
    ai_copilot_availability=Field(check_bool, required=True),
    created_at=Field(check_int, required=True),
    external_id=Field(check_str, required=True),
    html=Field(check_str, required=True),
    id=Field(check_str, required=True),
    last_ingested_at=Field(check_int, required=True),
    locale=Field(check_str, required=True, const="en"),
    source_id=Field(check_int, required=True),
    title=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="external_page"),
    updated_at=Field(check_int, required=True),
    ai_sales_agent_availability=check_bool,
    fin_availability=check_bool,
    url=check_str,
)
