# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_scorecard_reviewed_teammate_type import (
    ConversationScorecardReviewedTeammateType,
)
from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationScorecardReviewedTeammate(Model):
    """The teammate (or AI agent) whose handling of the conversation was reviewed by this scorecard.

    Attributes:
        admin_id (str | None): The id of the admin who was reviewed. Present only when `type` is `admin`. Example:
            991267715.
        type_ (ConversationScorecardReviewedTeammateType | None): The kind of reviewee. `ai` if the conversation was
            handled by Fin or scored without a specific teammate; `admin` if a specific teammate was reviewed. Example:
            admin.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: str | None = None
    type_: ConversationScorecardReviewedTeammateType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationScorecardReviewedTeammate,
    admin_id=check_str,
    type_=Field(check_str, json="type"),
)
