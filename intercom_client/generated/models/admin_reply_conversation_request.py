# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.admin_reply_conversation_request_message_type import (
    AdminReplyConversationRequestMessageType,
)
from ..models.admin_reply_conversation_request_type import (
    AdminReplyConversationRequestType,
)
from ..types import (
    UNSET,
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    Unset,
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    list_of,
    sent_fields,
)

if TYPE_CHECKING:
    from ..models.conversation_attachment_files import ConversationAttachmentFiles, ConversationAttachmentFilesDict
    from ..models.quick_reply_option import QuickReplyOption, QuickReplyOptionDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AdminReplyConversationRequest(Model):
    """Payload of the request to reply on behalf of an admin

    Attributes:
        admin_id (str): The id of the admin who is authoring the comment. Example: 3156780.
        message_type (AdminReplyConversationRequestMessageType):  Example: comment.
        type_ (AdminReplyConversationRequestType):  Example: admin.
        attachment_files (list[ConversationAttachmentFiles] | Unset | None): A list of files that will be added as
            attachments. You can include up to 10 files
        attachment_urls (list[str] | Unset | None): A list of image URLs that will be added as attachments. You can
            include up to 10 URLs.
        body (str | Unset | None): The text body of the reply. Notes accept some HTML formatting. Must be present for
            comment and note message types. Example: Hello there!.
        created_at (int | Unset | None): The time the reply was created. If not provided, the current time will be used.
            Example: 1590000000.
        reply_options (list[QuickReplyOption] | Unset | None): The quick reply options to display to the end user. Must
            be present for quick_reply message types.
        skip_notifications (bool | Unset | None): Option to disable notifications when replying to a conversation.
            Example: True.
        skip_unsnooze (bool | Unset | None): When true, prevents the reply from waking a snoozed conversation. Applies
            to 'comment' and 'note' message types. The part is still created and visible in the conversation thread.
            Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: str
    message_type: AdminReplyConversationRequestMessageType
    type_: AdminReplyConversationRequestType = "admin"
    attachment_files: list[ConversationAttachmentFiles] | Unset | None = UNSET
    attachment_urls: list[str] | Unset | None = UNSET
    body: str | Unset | None = UNSET
    created_at: int | Unset | None = UNSET
    reply_options: list[QuickReplyOption] | Unset | None = UNSET
    skip_notifications: bool | Unset | None = UNSET
    skip_unsnooze: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class AdminReplyConversationRequestDict(TypedDict, total=False):
    """:class:`AdminReplyConversationRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    admin_id: Required[str]
    message_type: Required[AdminReplyConversationRequestMessageType]
    type: AdminReplyConversationRequestType
    attachment_files: Sequence[ConversationAttachmentFilesDict]
    attachment_urls: Sequence[str]
    body: str
    created_at: int
    reply_options: Sequence[QuickReplyOptionDict]
    skip_notifications: bool
    skip_unsnooze: bool


sent_fields(
    AdminReplyConversationRequest,
    admin_id=Field(check_str, required=True),
    message_type=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="admin"),
    attachment_files=list_of(ModelRef(models, "ConversationAttachmentFiles")),
    attachment_urls=check_scalar_list,
    body=check_str,
    created_at=check_int,
    reply_options=list_of(ModelRef(models, "QuickReplyOption")),
    skip_notifications=check_bool,
    skip_unsnooze=check_bool,
)
