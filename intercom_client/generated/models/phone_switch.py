# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_switch_type import PhoneSwitchType
from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class PhoneSwitch(Model):
    """Phone Switch Response

    Attributes:
        phone (str | None): Phone number in E.164 format, that has received the SMS to continue the conversation in the
            Messenger. Example: +1 1234567890.
        type_ (PhoneSwitchType | None):  Default: 'phone_call_redirect'. Example: phone_call_redirect.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    phone: str | None = None
    type_: PhoneSwitchType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    PhoneSwitch,
    phone=check_str,
    type_=Field(check_str, json="type", const="phone_call_redirect"),
)
