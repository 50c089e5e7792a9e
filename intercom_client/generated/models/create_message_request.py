# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.create_message_request_message_type import (
    CreateMessageRequestMessageType,
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
    check_str,
    list_of,
    one_of,
    sent_fields,
)

if TYPE_CHECKING:
    from ..models.create_message_request_from import CreateMessageRequestFrom, CreateMessageRequestFromDict
    from ..models.recipient import Recipient, RecipientDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateMessageRequest(Model):
    """You can create a message

    Attributes:
        bcc (list[Recipient] | Recipient | Unset | None):
        body (str | Unset | None): The content of the message. HTML and plaintext are supported. Example: Hello there.
        cc (list[Recipient] | Recipient | Unset | None):
        create_conversation_without_contact_reply (bool | Unset | None): Whether a conversation should be opened in the
            inbox for the message without the contact replying. Defaults to false if not provided. Default: False. Example:
            True.
        created_at (int | Unset | None): The time the message was created. If not provided, the current time will be
            used. Example: 1590000000.
        from_ (CreateMessageRequestFrom | Unset | None): The sender of the message. If not provided, the default sender
            will be used.
        message_type (CreateMessageRequestMessageType | Unset | None): The kind of message being created. Values:
            `in_app`, `email`, `sms` or `whatsapp`. Example: in_app.
        subject (str | Unset | None): The title of the email. Example: Thanks for everything.
        template (str | Unset | None): The style of the outgoing message. Possible values `plain` or `personal`.
            Example: plain.
        to (list[Recipient] | Recipient | Unset | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    bcc: list[Recipient] | Recipient | Unset | None = UNSET
    body: str | Unset | None = UNSET
    cc: list[Recipient] | Recipient | Unset | None = UNSET
    create_conversation_without_contact_reply: bool | Unset | None = UNSET
    created_at: int | Unset | None = UNSET
    from_: CreateMessageRequestFrom | Unset | None = UNSET
    message_type: CreateMessageRequestMessageType | Unset | None = UNSET
    subject: str | Unset | None = UNSET
    template: str | Unset | None = UNSET
    to: list[Recipient] | Recipient | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


CreateMessageRequestDict = TypedDict(
    "CreateMessageRequestDict",
    {
        "bcc": "RecipientDict | Sequence[RecipientDict]",
        "body": "str",
        "cc": "RecipientDict | Sequence[RecipientDict]",
        "create_conversation_without_contact_reply": "bool",
        "created_at": "int",
        "from": "CreateMessageRequestFromDict",
        "message_type": "CreateMessageRequestMessageType",
        "subject": "str",
        "template": "str",
        "to": "RecipientDict | Sequence[RecipientDict]",
    },
    total=False,
)
"""`CreateMessageRequest` written as a dict literal (JSON field names), e.g. as a request body."""
sent_fields(
    CreateMessageRequest,
    bcc=one_of(ModelRef(models, "Recipient"), list_of(ModelRef(models, "Recipient"))),
    body=check_str,
    cc=one_of(ModelRef(models, "Recipient"), list_of(ModelRef(models, "Recipient"))),
    create_conversation_without_contact_reply=check_bool,
    created_at=check_int,
    from_=Field(ModelRef(models, "CreateMessageRequestFrom"), json="from"),
    message_type=check_str,
    subject=check_str,
    template=check_str,
    to=one_of(ModelRef(models, "Recipient"), list_of(ModelRef(models, "Recipient"))),
)
