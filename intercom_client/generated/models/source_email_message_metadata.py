# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.email_address_header import EmailAddressHeader


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SourceEmailMessageMetadata(Model):
    """Contains metadata if the message was sent as an email

    Attributes:
        email_address_headers (list[EmailAddressHeader] | None): A list of an email address headers.
        history (str | None): The HTML content of any quoted or forwarded email history from the initial inbound message
            Example: ``<div><span>On Jan 28, wrote:</span><blockquote>Previous thread</blockquote></div>``.
        message_id (str | None): The unique identifier for the email message as specified in the Message-ID header
            Example: <CADKw7xrXzqSn8v3mP8K8Q8yZ6K8Q8yZ6@mail.gmail.com>.
        subject (str | None): The subject of the email Example: Question about my order.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    email_address_headers: list[EmailAddressHeader] | None = None
    history: str | None = None
    message_id: str | None = None
    subject: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    SourceEmailMessageMetadata,
    email_address_headers=list_of(ModelRef(models, "EmailAddressHeader")),
    history=check_str,
    message_id=check_str,
    subject=check_str,
)
