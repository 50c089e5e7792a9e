# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fin_agent_attachment_type import FinAgentAttachmentType
from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinAgentAttachment(Model):
    """An attachment object representing a file or URL attachment included with a message.
    Attachments can be used to provide additional context to Fin.
    Maximum of 10 attachments per request.

    Attributes:
        type_ (FinAgentAttachmentType): The type of attachment. Example: url.
        content_type (str | Unset | None): The MIME type of the file. Required when type is 'file'. Example: image/png.
        data (str | Unset | None): Base64-encoded file data. Required when type is 'file'. Example:
            iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk....
        name (str | Unset | None): The name of the file. Required when type is 'file'. Example: screenshot.png.
        url (str | Unset | None): The URL of the attachment. Required when type is 'url'. Must be publicly accessible.
            Example: https://example.com/document.pdf.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    type_: FinAgentAttachmentType
    content_type: str | Unset | None = UNSET
    data: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class FinAgentAttachmentDict(TypedDict, total=False):
    """:class:`FinAgentAttachment` written as a dict literal (JSON field names), e.g. as a request body."""

    type: Required[FinAgentAttachmentType]
    content_type: str
    data: str
    name: str
    url: str


sent_fields(
    FinAgentAttachment,
    type_=Field(check_str, json="type", required=True),
    content_type=check_str,
    data=check_str,
    name=check_str,
    url=check_str,
)
