# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.contact_reply_base_request_message_type import (
    ContactReplyBaseRequestMessageType,
)
from ..models.contact_reply_base_request_type import ContactReplyBaseRequestType
from ..types import (
    UNSET,
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    Unset,
    check_int,
    check_scalar_list,
    check_str,
    list_of,
    sent_fields,
)

if TYPE_CHECKING:
    from ..models.contact_reply_base_request_reply_options_item import (
        ContactReplyBaseRequestReplyOptionsItem,
        ContactReplyBaseRequestReplyOptionsItemDict,
    )
    from ..models.conversation_attachment_files import ConversationAttachmentFiles, ConversationAttachmentFilesDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContactReplyEmailRequest(Model):
    """Payload of the request to reply on behalf of a contact using their `email`

    Attributes:
        body (str): The text body of the comment.
        message_type (ContactReplyBaseRequestMessageType):
        type_ (ContactReplyBaseRequestType):
        email (str): The email you have defined for the user.
        attachment_urls (list[str] | Unset | None): A list of image URLs that will be added as attachments. You can
            include up to 10 URLs.
        created_at (int | Unset | None): The time the reply was created. If not provided, the current time will be used.
            Example: 1590000000.
        reply_options (list[ContactReplyBaseRequestReplyOptionsItem] | Unset | None): The quick reply selection the
            contact wishes to respond with. These map to buttons displayed in the Messenger UI if sent by a bot, or the
            reply options sent by an Admin via the API.
        attachment_files (list[ConversationAttachmentFiles] | Unset | None): A list of files that will be added as
            attachments.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    body: str
    message_type: ContactReplyBaseRequestMessageType = "comment"
    type_: ContactReplyBaseRequestType = "user"
    email: str
    attachment_urls: list[str] | Unset | None = UNSET
    created_at: int | Unset | None = UNSET
    reply_options: list[ContactReplyBaseRequestReplyOptionsItem] | Unset | None = UNSET
    attachment_files: list[ConversationAttachmentFiles] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class ContactReplyEmailRequestDict(TypedDict, total=False):
    """:class:`ContactReplyEmailRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    body: Required[str]
    message_type: ContactReplyBaseRequestMessageType
    type: ContactReplyBaseRequestType
    email: Required[str]
    attachment_urls: Sequence[str]
    created_at: int
    reply_options: Sequence[ContactReplyBaseRequestReplyOptionsItemDict]
    attachment_files: Sequence[ConversationAttachmentFilesDict]


sent_fields(
    ContactReplyEmailRequest,
    body=Field(check_str, required=True),
    message_type=Field(check_str, required=True, const="comment"),
    type_=Field(check_str, json="type", required=True, const="user"),
    email=Field(check_str, required=True),
    attachment_urls=check_scalar_list,
    created_at=check_int,
    reply_options=list_of(ModelRef(models, "ContactReplyBaseRequestReplyOptionsItem")),
    attachment_files=list_of(ModelRef(models, "ConversationAttachmentFiles")),
)
