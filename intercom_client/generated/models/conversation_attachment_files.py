# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Model, Unset, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationAttachmentFiles(Model):
    """Properties of the attachment files in a conversation part

    Attributes:
        content_type (str | Unset | None): The content type of the file Example: application/json.
        data (str | Unset | None): The base64 encoded file data. Example: ewogICJ0ZXN0IjogMQp9.
        name (str | Unset | None): The name of the file. Example: test.json.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    content_type: str | Unset | None = UNSET
    data: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class ConversationAttachmentFilesDict(TypedDict, total=False):
    """:class:`ConversationAttachmentFiles` written as a dict literal (JSON field names), e.g. as a request body."""

    content_type: str
    data: str
    name: str


sent_fields(
    ConversationAttachmentFiles,
    content_type=check_str,
    data=check_str,
    name=check_str,
)
