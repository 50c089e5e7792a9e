# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.custom_attributes import CustomAttributes


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreatePhoneSwitchRequest(Model):
    """You can create an phone switch

    Attributes:
        phone (str): Phone number in E.164 format, that will receive the SMS to continue the conversation in the
            Messenger. Example: +1 1234567890.
        custom_attributes (CustomAttributes | Unset | None): An object containing the different custom attributes
            associated to the conversation as key-value pairs. For relationship attributes the value will be a list of
            custom object instance models. System-defined attributes such as "CX Score rating" and "CX Score explanation"
            may also be included. Example: {'CX Score explanation': 'The conversation was resolved quickly and the customer
            expressed satisfaction with the outcome.', 'CX Score rating': 4, 'end_date_timestamp': 1677923174,
            'monthly_spend': 155.5, 'paid_subscriber': True, 'start_date_iso8601': '2023-03-04T09:46:14Z', 'team_mates': 9}.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    phone: str
    custom_attributes: CustomAttributes | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreatePhoneSwitchRequestDict(TypedDict, total=False):
    """:class:`CreatePhoneSwitchRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    phone: Required[str]
    custom_attributes: Mapping[str, Any]


sent_fields(
    CreatePhoneSwitchRequest,
    phone=Field(check_str, required=True),
    custom_attributes=ModelRef(models, "CustomAttributes"),
)
