# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.ai_agent_last_answer_type import AiAgentLastAnswerType
from ..models.ai_agent_resolution_state import AiAgentResolutionState
from ..models.ai_agent_source_type import AiAgentSourceType
from ..types import DecodingIssue, Model, ModelRef, check_int, check_str, received_fields

if TYPE_CHECKING:
    from ..models.content_sources_list import ContentSourcesList


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AiAgent(Model):
    """Data related to AI Agent involvement in the conversation.

    Attributes:
        content_sources (ContentSourcesList | None):
        created_at (int | None): The time when the AI agent rating was created. Example: 1663597260.
        last_answer_type (AiAgentLastAnswerType | None):
        rating (int | None): The customer satisfaction rating given to AI Agent, from 1-5. Example: 4.
        rating_remark (str | None): The customer satisfaction rating remark given to AI Agent. Example: Very helpful!.
        resolution_state (AiAgentResolutionState | None):
        source_title (str | None): The title of the source that triggered AI Agent involvement in the conversation. If
            this is `essentials_plan_setup` then it will return `null`. Example: My AI Workflow.
        source_type (AiAgentSourceType | None): The type of the source that triggered AI Agent involvement in the
            conversation. Example: workflow.
        updated_at (int | None): The time when the AI agent rating was last updated. Example: 1663597260.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    content_sources: ContentSourcesList | None = None
    created_at: int | None = None
    last_answer_type: AiAgentLastAnswerType | None = None
    rating: int | None = None
    rating_remark: str | None = None
    resolution_state: AiAgentResolutionState | None = None
    source_title: str | None = None
    source_type: AiAgentSourceType | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    AiAgent,
    content_sources=ModelRef(models, "ContentSourcesList"),
    created_at=check_int,
    last_answer_type=check_str,
    rating=check_int,
    rating_remark=check_str,
    resolution_state=check_str,
    source_title=check_str,
    source_type=check_str,
    updated_at=check_int,
)
