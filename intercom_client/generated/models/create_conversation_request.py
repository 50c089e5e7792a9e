# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
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
    sent_fields,
)

if TYPE_CHECKING:
    from ..models.create_conversation_request_from import (
        CreateConversationRequestFrom,
        CreateConversationRequestFromDict,
    )


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateConversationRequest(Model):
    """Conversations are how you can communicate with users in Intercom. They are created when a contact replies to an
    outbound message, or when one admin directly sends a message to a single contact.

    Attributes:
        body (str): The content of the message. HTML is not supported. Example: Hello.
        from_ (CreateConversationRequestFrom):
        attachment_urls (list[str] | Unset | None): A list of image URLs that will be added as attachments. You can
            include up to 10 URLs.
        brand_id (str | Unset | None): The unique identifier of the brand to associate with this conversation. Example:
            123.
        created_at (int | Unset | None): The time the conversation was created as a UTC Unix timestamp. If not provided,
            the current time will be used. This field is only recommneded for migrating past conversations from another
            source into Intercom. Example: 1671028894.
        subject (str | Unset | None): The title of the email. Only applicable if the message type is email. Example:
            Thanks for everything.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    body: str
    from_: CreateConversationRequestFrom
    attachment_urls: list[str] | Unset | None = UNSET
    brand_id: str | Unset | None = UNSET
    created_at: int | Unset | None = UNSET
    subject: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


CreateConversationRequestDict = TypedDict(
    "CreateConversationRequestDict",
    {
        "body": "Required[str]",
        "from": "Required[CreateConversationRequestFromDict]",
        "attachment_urls": "Sequence[str]",
        "brand_id": "str",
        "created_at": "int",
        "subject": "str",
    },
    total=False,
)
"""`CreateConversationRequest` written as a dict literal (JSON field names), e.g. as a request body."""
sent_fields(
    CreateConversationRequest,
    body=Field(check_str, required=True),
    from_=Field(ModelRef(models, "CreateConversationRequestFrom"), json="from", required=True),
    attachment_urls=check_scalar_list,
    brand_id=check_str,
    created_at=check_int,
    subject=check_str,
)
