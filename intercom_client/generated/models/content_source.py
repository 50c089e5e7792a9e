# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_source_content_type import ContentSourceContentType
from ..types import DecodingIssue, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContentSource(Model):
    """The content source used by AI Agent in the conversation.

    Attributes:
        content_type (ContentSourceContentType | None): The type of the content source. Example: content_snippet.
        locale (str | None): The ISO 639 language code of the content source. Example: en.
        title (str | None): The title of the content source. Example: My internal content snippet.
        url (str | None): The internal URL linking to the content source for teammates. Example: /fin-ai-
            agent/content?content=content_snippet&id=3234924.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    content_type: ContentSourceContentType | None = None
    locale: str | None = None
    title: str | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ContentSource,
    content_type=check_str,
    locale=check_str,
    title=check_str,
    url=check_str,
)
