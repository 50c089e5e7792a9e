# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.register_fin_voice_call_request_source import (
    RegisterFinVoiceCallRequestSource,
)
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.register_fin_voice_call_request_data import RegisterFinVoiceCallRequestData


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class RegisterFinVoiceCallRequest(Model):
    """Register a Fin Voice call with Intercom

    Attributes:
        call_id (str): External call identifier from the call provider Example: call-123-abc.
        phone_number (str): Phone number in E.164 format for the call Example: +1234567890.
        data (RegisterFinVoiceCallRequestData | Unset | None):
        source (RegisterFinVoiceCallRequestSource | Unset | None): Source of the call. Can be "five9", "zoom_phone", or
            defaults to "aws_connect" Example: aws_connect.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    call_id: str
    phone_number: str
    data: RegisterFinVoiceCallRequestData | Unset | None = UNSET
    source: RegisterFinVoiceCallRequestSource | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class RegisterFinVoiceCallRequestDict(TypedDict, total=False):
    """:class:`RegisterFinVoiceCallRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    call_id: Required[str]
    phone_number: Required[str]
    data: Mapping[str, Any] | None
    source: RegisterFinVoiceCallRequestSource


sent_fields(
    RegisterFinVoiceCallRequest,
    call_id=Field(check_str, required=True),
    phone_number=Field(check_str, required=True),
    data=ModelRef(models, "RegisterFinVoiceCallRequestData"),
    source=check_str,
)
