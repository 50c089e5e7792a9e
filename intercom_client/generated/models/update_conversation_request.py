# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.update_conversation_request_priority import (
    UpdateConversationRequestPriority,
)
from ..types import UNSET, DecodingIssue, Model, ModelRef, Unset, check_bool, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.custom_attributes import CustomAttributes


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateConversationRequest(Model):
    """Payload of the request to update a conversation

    Attributes:
        admin_id (str | Unset | None): The ID of the teammate to attribute the priority change to. Defaults to Operator
            when omitted, and is only used alongside priority. Example: 394051.
        company_id (str | Unset | None): The ID of the company that the conversation is associated with. The unique
            identifier for the company which is given by Intercom. Set to nil to remove company. Example:
            5f4d3c1c-7b1b-4d7d-a97e-6095715c6632.
        custom_attributes (CustomAttributes | Unset | None): An object containing the different custom attributes
            associated to the conversation as key-value pairs. For relationship attributes the value will be a list of
            custom object instance models. System-defined attributes such as "CX Score rating" and "CX Score explanation"
            may also be included. Example: {'CX Score explanation': 'The conversation was resolved quickly and the customer
            expressed satisfaction with the outcome.', 'CX Score rating': 4, 'end_date_timestamp': 1677923174,
            'monthly_spend': 155.5, 'paid_subscriber': True, 'start_date_iso8601': '2023-03-04T09:46:14Z', 'team_mates': 9}.
        priority (UpdateConversationRequestPriority | Unset | None): The priority level to set on the conversation.
            Accepts one of none, low, medium, high, or urgent. Set none to clear an existing priority. Example: high.
        read (bool | Unset | None): Mark a conversation as read within Intercom. Example: True.
        title (str | Unset | None): The title given to the conversation Example: Conversation Title.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: str | Unset | None = UNSET
    company_id: str | Unset | None = UNSET
    custom_attributes: CustomAttributes | Unset | None = UNSET
    priority: UpdateConversationRequestPriority | Unset | None = UNSET
    read: bool | Unset | None = UNSET
    title: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UpdateConversationRequestDict(TypedDict, total=False):
    """:class:`UpdateConversationRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    admin_id: str
    company_id: str
    custom_attributes: Mapping[str, Any]
    priority: UpdateConversationRequestPriority
    read: bool
    title: str


sent_fields(
    UpdateConversationRequest,
    admin_id=check_str,
    company_id=check_str,
    custom_attributes=ModelRef(models, "CustomAttributes"),
    priority=check_str,
    read=check_bool,
    title=check_str,
)
