# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_bool, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateConversationPartRequest(Model):
    """Payload for updating a conversation part. Supports two operations:
    1. Updating the send state of an external reply (requires `send_state` and `info_message`).
    2. Marking a part as seen by an admin (requires `seen` and `admin_id`).
    Both operations require `experimental` and `secret` for HMAC authentication.

    Attributes:
        experimental (bool): Must be true to use this experimental endpoint. Example: True.
        secret (str): HMAC secret for authenticating the experimental request. Example: hmac_secret_value.
        admin_id (str | Unset | None): The id of the admin marking the part as seen. Example: 991267694.
        info_message (str | Unset | None): An informational message about the send state update. Example: Message
            delivered successfully.
        seen (bool | Unset | None): Set to true to mark the conversation part as seen. Example: True.
        send_state (str | Unset | None): The send state to set on the external reply. Example: sent.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    experimental: bool
    secret: str
    admin_id: str | Unset | None = UNSET
    info_message: str | Unset | None = UNSET
    seen: bool | Unset | None = UNSET
    send_state: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UpdateConversationPartRequestDict(TypedDict, total=False):
    """:class:`UpdateConversationPartRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    experimental: Required[bool]
    secret: Required[str]
    admin_id: str
    info_message: str
    seen: bool
    send_state: str


sent_fields(
    UpdateConversationPartRequest,
    experimental=Field(check_bool, required=True),
    secret=Field(check_str, required=True),
    admin_id=check_str,
    info_message=check_str,
    seen=check_bool,
    send_state=check_str,
)
