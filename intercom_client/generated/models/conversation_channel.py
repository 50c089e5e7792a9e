# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationChannel(Model):
    """The channel through which a conversation was originally initiated and its current channel.

    Attributes:
        current (str | None): The current channel of the conversation. May differ from `initial` if the conversation was
            migrated between channels. Returns `null` if channel data is unavailable. Example: messenger.
        initial (str | None): The channel through which the conversation was originally initiated. Possible values
            include `messenger`, `zendesk_sunshine`, `zendesk_ticket`, `twitter`, `email`. Returns `null` if channel data is
            unavailable. Example: messenger.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    current: str | None = None
    initial: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationChannel,
    current=check_str,
    initial=check_str,
)
