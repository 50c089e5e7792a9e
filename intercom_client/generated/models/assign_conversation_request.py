# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assign_conversation_request_message_type import (
    AssignConversationRequestMessageType,
)
from ..models.assign_conversation_request_type import (
    AssignConversationRequestType,
)
from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AssignConversationRequest(Model):
    """Payload of the request to assign a conversation

    Attributes:
        admin_id (str): The id of the admin who is performing the action. Example: 12345.
        assignee_id (str): The `id` of the `admin` or `team` which will be assigned the conversation. A conversation can
            be assigned both an admin and a team.\\nSet `0` if you want this assign to no admin or team (ie. Unassigned).
            Example: 4324241.
        message_type (AssignConversationRequestMessageType):  Example: assignment.
        type_ (AssignConversationRequestType):  Example: admin.
        body (str | Unset | None): Optionally you can send a response in the conversation when it is assigned. Example:
            Let me pass you over to one of my colleagues..
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: str
    assignee_id: str
    message_type: AssignConversationRequestMessageType = "assignment"
    type_: AssignConversationRequestType
    body: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class AssignConversationRequestDict(TypedDict, total=False):
    """:class:`AssignConversationRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    admin_id: Required[str]
    assignee_id: Required[str]
    message_type: AssignConversationRequestMessageType
    type: Required[AssignConversationRequestType]
    body: str


sent_fields(
    AssignConversationRequest,
    admin_id=Field(check_str, required=True),
    assignee_id=Field(check_str, required=True),
    message_type=Field(check_str, required=True, const="assignment"),
    type_=Field(check_str, json="type", required=True),
    body=check_str,
)
