# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.fin_agent_message import FinAgentMessage, FinAgentMessageDict
    from ..models.fin_agent_user import FinAgentUser, FinAgentUserDict
    from ..models.run_fin_procedure_body_conversation_metadata import (
        RunFinProcedureBodyConversationMetadata,
        RunFinProcedureBodyConversationMetadataDict,
    )
    from ..models.run_fin_procedure_body_settings import RunFinProcedureBodySettings, RunFinProcedureBodySettingsDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class RunFinProcedureBody(Model):
    """
    Attributes:
        conversation_id (str): Your external conversation ID. Fin creates a conversation for this ID. If a conversation
            already exists for it, use `/fin/reply` instead. Example: ext-123.
        user (FinAgentUser): A user object representing the user in a Fin Agent conversation.
        conversation_metadata (RunFinProcedureBodyConversationMetadata | Unset | None): Metadata about the conversation.
            Only attributes are accepted (no history).
        message (FinAgentMessage | Unset | None): A message exchanged within a Fin Agent conversation.
        settings (RunFinProcedureBodySettings | Unset | None): Optional settings to control Fin's behaviour for this
            procedure run.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str
    user: FinAgentUser
    conversation_metadata: RunFinProcedureBodyConversationMetadata | Unset | None = UNSET
    message: FinAgentMessage | Unset | None = UNSET
    settings: RunFinProcedureBodySettings | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class RunFinProcedureBodyDict(TypedDict, total=False):
    """:class:`RunFinProcedureBody` written as a dict literal (JSON field names), e.g. as a request body."""

    conversation_id: Required[str]
    user: Required[FinAgentUserDict]
    conversation_metadata: RunFinProcedureBodyConversationMetadataDict
    message: FinAgentMessageDict
    settings: RunFinProcedureBodySettingsDict


sent_fields(
    RunFinProcedureBody,
    conversation_id=Field(check_str, required=True),
    user=Field(ModelRef(models, "FinAgentUser"), required=True),
    conversation_metadata=ModelRef(models, "RunFinProcedureBodyConversationMetadata"),
    message=ModelRef(models, "FinAgentMessage"),
    settings=ModelRef(models, "RunFinProcedureBodySettings"),
)
