# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.ai_subtopic import AiSubtopic


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AiTopic(Model):
    """An AI-generated topic assigned to the conversation.

    Attributes:
        subtopics (list[AiSubtopic] | None): The subtopics under this topic.
        topic_name (str | None): The name of the AI-generated topic. Example: Billing.
        type_ (str | None): Always ai_topic. Example: ai_topic.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    subtopics: list[AiSubtopic] | None = None
    topic_name: str | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    AiTopic,
    subtopics=list_of(ModelRef(models, "AiSubtopic")),
    topic_name=check_str,
    type_=Field(check_str, json="type"),
)
