# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, received_fields

if TYPE_CHECKING:
    from ..models.fin_agent_attribute_errors_conversation import FinAgentAttributeErrorsConversation
    from ..models.fin_agent_attribute_errors_user import FinAgentAttributeErrorsUser


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinAgentAttributeErrors(Model):
    """Contains error details if any user or conversation attribute updates failed.

    Attributes:
        conversation (FinAgentAttributeErrorsConversation | None): Conversation-related attribute errors.
        user (FinAgentAttributeErrorsUser | None): User-related attribute errors.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation: FinAgentAttributeErrorsConversation | None = None
    user: FinAgentAttributeErrorsUser | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    FinAgentAttributeErrors,
    conversation=ModelRef(models, "FinAgentAttributeErrorsConversation"),
    user=ModelRef(models, "FinAgentAttributeErrorsUser"),
)
