# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.conversation_part_state import ConversationPartState
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_bool,
    check_int,
    check_str,
    list_of,
    one_of,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.call_summary import CallSummary
    from ..models.conversation_attribute_updated_by_admin import ConversationAttributeUpdatedByAdmin
    from ..models.conversation_attribute_updated_by_user import ConversationAttributeUpdatedByUser
    from ..models.conversation_attribute_updated_by_workflow import ConversationAttributeUpdatedByWorkflow
    from ..models.conversation_part_author import ConversationPartAuthor
    from ..models.conversation_part_metadata import ConversationPartMetadata
    from ..models.conversation_sla_applied_by_rule import ConversationSlaAppliedByRule
    from ..models.conversation_sla_applied_by_workflow import ConversationSlaAppliedByWorkflow
    from ..models.conversation_sla_paused import ConversationSlaPaused
    from ..models.conversation_sla_removed import ConversationSlaRemoved
    from ..models.conversation_sla_target_missed import ConversationSlaTargetMissed
    from ..models.conversation_sla_unpaused import ConversationSlaUnpaused
    from ..models.conversation_tags_updated import ConversationTagsUpdated
    from ..models.custom_action_finished import CustomActionFinished
    from ..models.custom_action_started import CustomActionStarted
    from ..models.email_message_metadata import EmailMessageMetadata
    from ..models.operator_workflow_event import OperatorWorkflowEvent
    from ..models.part_attachment import PartAttachment
    from ..models.priority_changed import PriorityChanged
    from ..models.reference import Reference
    from ..models.reply_translations import ReplyTranslations
    from ..models.snoozed import Snoozed
    from ..models.tag_basic import TagBasic


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationPart(Model):
    """A Conversation Part represents a message in the conversation.

    Attributes:
        id (str): The id representing the conversation part. Example: 3.
        type_ (str): Always conversation_part Example: conversation_part.
        app_package_code (str | None): The app package code if this part was created via API. null if the part was not
            created via API. Example: test-integration.
        assigned_to (Reference | None): The id of the admin that was assigned the conversation by this conversation_part
            (null if there has been no change in assignment.)
        attachments (list[PartAttachment] | None): A list of attachments for the part.
        author (ConversationPartAuthor | None): The author of this conversation part. Can be a Contact, Admin, or Bot.
        body (str | None): The message body, which may contain HTML. For Twitter, this will show a generic message
            regarding why the body is obscured. Example: ``<p>Okay!</p>``.
        created_at (int | None): The time the conversation part was created. Example: 1663597223.
        email_message_metadata (EmailMessageMetadata | None):
        event_details (ConversationAttributeUpdatedByWorkflow | ConversationAttributeUpdatedByAdmin |
            ConversationAttributeUpdatedByUser | CustomActionStarted | CustomActionFinished | OperatorWorkflowEvent |
            ConversationTagsUpdated | Snoozed | PriorityChanged | ConversationSlaAppliedByRule |
            ConversationSlaAppliedByWorkflow | ConversationSlaTargetMissed | ConversationSlaPaused | ConversationSlaUnpaused
            | ConversationSlaRemoved | CallSummary | None):
        external_id (str | None): The external id of the conversation part Example: abcd1234.
        metadata (ConversationPartMetadata | None):
        notified_at (int | None): The time the user was notified with the conversation part. Example: 1663597260.
        part_type (str | None): The type of conversation part. Example: comment.
        redacted (bool | None): Whether or not the conversation part has been redacted. Example: False.
        state (ConversationPartState | None): Indicates the current state of conversation when the conversation part was
            created. Example: open.
        tags (list[TagBasic] | None): A list of tags objects associated with the conversation part.
        translations (ReplyTranslations | None):
        updated_at (int | None): The last time the conversation part was updated. Example: 1663597260.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    app_package_code: str | None = None
    assigned_to: Reference | None = None
    attachments: list[PartAttachment] | None = None
    author: ConversationPartAuthor | None = None
    body: str | None = None
    created_at: int | None = None
    email_message_metadata: EmailMessageMetadata | None = None
    event_details: (
        ConversationAttributeUpdatedByWorkflow
        | ConversationAttributeUpdatedByAdmin
        | ConversationAttributeUpdatedByUser
        | CustomActionStarted
        | CustomActionFinished
        | OperatorWorkflowEvent
        | ConversationTagsUpdated
        | Snoozed
        | PriorityChanged
        | ConversationSlaAppliedByRule
        | ConversationSlaAppliedByWorkflow
        | ConversationSlaTargetMissed
        | ConversationSlaPaused
        | ConversationSlaUnpaused
        | ConversationSlaRemoved
        | CallSummary
        | None
    ) = None
    external_id: str | None = None
    metadata: ConversationPartMetadata | None = None
    notified_at: int | None = None
    part_type: str | None = None
    redacted: bool | None = None
    state: ConversationPartState | None = None
    tags: list[TagBasic] | None = None
    translations: ReplyTranslations | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationPart,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    app_package_code=check_str,
    assigned_to=ModelRef(models, "Reference"),
    attachments=list_of(ModelRef(models, "PartAttachment")),
    author=ModelRef(models, "ConversationPartAuthor"),
    body=check_str,
    created_at=check_int,
    email_message_metadata=ModelRef(models, "EmailMessageMetadata"),
    event_details=one_of(
        ModelRef(models, "ConversationAttributeUpdatedByWorkflow"),
        ModelRef(models, "ConversationAttributeUpdatedByAdmin"),
        ModelRef(models, "ConversationAttributeUpdatedByUser"),
        ModelRef(models, "CustomActionStarted"),
        ModelRef(models, "CustomActionFinished"),
        ModelRef(models, "OperatorWorkflowEvent"),
        ModelRef(models, "ConversationTagsUpdated"),
        ModelRef(models, "Snoozed"),
        ModelRef(models, "PriorityChanged"),
        ModelRef(models, "ConversationSlaAppliedByRule"),
        ModelRef(models, "ConversationSlaAppliedByWorkflow"),
        ModelRef(models, "ConversationSlaTargetMissed"),
        ModelRef(models, "ConversationSlaPaused"),
        ModelRef(models, "ConversationSlaUnpaused"),
        ModelRef(models, "ConversationSlaRemoved"),
        ModelRef(models, "CallSummary"),
    ),
    external_id=check_str,
    metadata=ModelRef(models, "ConversationPartMetadata"),
    notified_at=check_int,
    part_type=check_str,
    redacted=check_bool,
    state=check_str,
    tags=list_of(ModelRef(models, "TagBasic")),
    translations=ModelRef(models, "ReplyTranslations"),
    updated_at=check_int,
)
