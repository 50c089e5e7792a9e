# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.admin_reply_ticket_request_message_type import (
    AdminReplyTicketRequestMessageType,
)
from ..models.admin_reply_ticket_request_type import AdminReplyTicketRequestType
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
    from ..models.admin_reply_ticket_request_reply_options_item import (
        AdminReplyTicketRequestReplyOptionsItem,
        AdminReplyTicketRequestReplyOptionsItemDict,
    )
    from ..models.conversation_attachment_files import ConversationAttachmentFiles, ConversationAttachmentFilesDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AdminReplyTicketRequest(Model):
    """Payload of the request to reply on behalf of an admin

    Attributes:
        admin_id (str): The id of the admin who is authoring the comment. Example: 3156780.
        message_type (AdminReplyTicketRequestMessageType):  Example: comment.
        type_ (AdminReplyTicketRequestType):  Example: admin.
        attachment_files (list[ConversationAttachmentFiles] | Unset | None): A list of files that will be added as
            attachments. You can include up to 10 files. If both attachment_files and attachment_urls are provided,
            attachment_files takes precedence.
        attachment_urls (list[str] | Unset | None): A list of image URLs that will be added as attachments. You can
            include up to 10 URLs.
        body (str | Unset | None): The text body of the reply. Notes accept some HTML formatting. Must be present for
            comment and note message types. Example: Hello there!.
        created_at (int | Unset | None): The time the reply was created. If not provided, the current time will be used.
            Example: 1590000000.
        cross_post (bool | Unset | None): If set to true, the note will be cross-posted to all linked conversations.
            Only applicable to note message types on back-office tickets. Example: True.
        reply_options (list[AdminReplyTicketRequestReplyOptionsItem] | Unset | None): The quick reply options to
            display. Must be present for quick_reply message types.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: str
    message_type: AdminReplyTicketRequestMessageType
    type_: AdminReplyTicketRequestType = "admin"
    attachment_files: list[ConversationAttachmentFiles] | Unset | None = UNSET
    attachment_urls: list[str] | Unset | None = UNSET
    body: str | Unset | None = UNSET
    created_at: int | Unset | None = UNSET
    cross_post: bool | Unset | None = UNSET
    reply_options: list[AdminReplyTicketRequestReplyOptionsItem] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class AdminReplyTicketRequestDict(TypedDict, total=False):
    """:class:`AdminReplyTicketRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    admin_id: Required[str]
    message_type: Required[AdminReplyTicketRequestMessageType]
    type: AdminReplyTicketRequestType
    attachment_files: Sequence[ConversationAttachmentFilesDict]
    attachment_urls: Sequence[str]
    body: str
    created_at: int
    cross_post: bool
    reply_options: Sequence[AdminReplyTicketRequestReplyOptionsItemDict]


sent_fields(
    AdminReplyTicketRequest,
    admin_id=Field(check_str, required=True),
    message_type=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="admin"),
    attachment_files=list_of(ModelRef(models, "ConversationAttachmentFiles")),
    attachment_urls=check_scalar_list,
    body=check_str,
    created_at=check_int,
    cross_post=check_bool,
    reply_options=list_of(ModelRef(models, "AdminReplyTicketRequestReplyOptionsItem")),
)
