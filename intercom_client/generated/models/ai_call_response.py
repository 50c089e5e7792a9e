# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, check_int, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.ai_call_response_call_transcript_item import AiCallResponseCallTranscriptItem
    from ..models.ai_call_response_intent_item import AiCallResponseIntentItem


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AiCallResponse(Model):
    """Response containing information about a Fin Voice call

    Attributes:
        app_id (int | None): The workspace identifier Example: 12345.
        call_summary (str | None): Summary of the call conversation, truncated to 256 characters. Empty string if no
            summary available. Example: Customer called about billing issue....
        call_transcript (list[AiCallResponseCallTranscriptItem] | None): Array of transcript entries for the call
            Example: [].
        external_call_id (str | None): The external call identifier from the call provider Example: call-123-abc.
        id (int | None): The unique identifier for the external reference Example: 12345.
        intent (list[AiCallResponseIntentItem] | None): Array of intent classifications for the call Example: [].
        intercom_call_id (str | None): The Intercom call identifier, if the call has been matched Example: 1234.
        intercom_conversation_id (str | None): The Intercom conversation identifier, if a conversation has been created
            Example: 5678.
        status (str | None): Status of the call. Can be "registered", "in-progress", or a resolution state Example:
            registered.
        user_phone_number (str | None): Phone number in E.164 format for the call Example: +1234567890.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    app_id: int | None = None
    call_summary: str | None = None
    call_transcript: list[AiCallResponseCallTranscriptItem] | None = None
    external_call_id: str | None = None
    id: int | None = None
    intent: list[AiCallResponseIntentItem] | None = None
    intercom_call_id: str | None = None
    intercom_conversation_id: str | None = None
    status: str | None = None
    user_phone_number: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    AiCallResponse,
    app_id=check_int,
    call_summary=check_str,
    call_transcript=list_of(ModelRef(models, "AiCallResponseCallTranscriptItem")),
    external_call_id=check_str,
    id=check_int,
    intent=list_of(ModelRef(models, "AiCallResponseIntentItem")),
    intercom_call_id=check_str,
    intercom_conversation_id=check_str,
    status=check_str,
    user_phone_number=check_str,
)
