# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.conversation_priority import ConversationPriority
from ..models.conversation_state import ConversationState
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_bool,
    check_int,
    check_str,
    list_of,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.ai_agent import AiAgent
    from ..models.ai_topics import AiTopics
    from ..models.company import Company
    from ..models.conversation_channel import ConversationChannel
    from ..models.conversation_contacts import ConversationContacts
    from ..models.conversation_external_reference import ConversationExternalReference
    from ..models.conversation_first_contact_reply import ConversationFirstContactReply
    from ..models.conversation_monitor_evaluation import ConversationMonitorEvaluation
    from ..models.conversation_parts import ConversationParts
    from ..models.conversation_rating import ConversationRating
    from ..models.conversation_scorecard import ConversationScorecard
    from ..models.conversation_source import ConversationSource
    from ..models.conversation_statistics import ConversationStatistics
    from ..models.conversation_teammates import ConversationTeammates
    from ..models.custom_attributes import CustomAttributes
    from ..models.linked_object_list import LinkedObjectList
    from ..models.reference import Reference
    from ..models.sales_agent import SalesAgent
    from ..models.sla_applied import SlaApplied
    from ..models.tags import Tags


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Conversation(Model):
    """Conversations are how you can communicate with users in Intercom. They are created when a contact replies to an
    outbound message, or when one admin directly sends a message to a single contact.

    Attributes:
        created_at (int): The time the conversation was created. Example: 1663597223.
        id (str): The id representing the conversation. Example: 1295.
        open (bool): Indicates whether a conversation is open (true) or closed (false). Example: True.
        state (ConversationState): Can be set to "open", "closed" or "snoozed". Example: open.
        type_ (str): Always conversation. Example: conversation.
        updated_at (int): The last time the conversation was updated. Example: 1663597260.
        admin_assignee_id (int | None): The id of the admin assigned to the conversation. If it's not assigned to an
            admin it will return 0. Example: 0.
        ai_agent (AiAgent | None):
        ai_agent_participated (bool | None): Indicates whether the AI Agent participated in the conversation. Example:
            True.
        ai_topics (AiTopics | None):
        channel (ConversationChannel | None): The channel through which a conversation was originally initiated and its
            current channel.
        company (Company | None): The company associated with the conversation.
        contacts (ConversationContacts | None): The list of contacts (users or leads) involved in this conversation.
            This will only contain one customer unless more were added via the group conversation feature.
        conversation_parts (ConversationParts | None): A list of Conversation Part objects for each part message in the
            conversation. This is only returned when Retrieving a Conversation, and ignored when Listing all Conversations.
            There is a limit of 500 parts.
        conversation_rating (ConversationRating | None):
        custom_attributes (CustomAttributes | None): An object containing the different custom attributes associated to
            the conversation as key-value pairs. For relationship attributes the value will be a list of custom object
            instance models. System-defined attributes such as "CX Score rating" and "CX Score explanation" may also be
            included. Example: {'CX Score explanation': 'The conversation was resolved quickly and the customer expressed
            satisfaction with the outcome.', 'CX Score rating': 4, 'end_date_timestamp': 1677923174, 'monthly_spend': 155.5,
            'paid_subscriber': True, 'start_date_iso8601': '2023-03-04T09:46:14Z', 'team_mates': 9}.
        customers (list[Reference] | None): The customers of the conversation.
        external_references (list[ConversationExternalReference] | None): References linking this conversation to
            records in an external helpdesk or CRM system. Populated for Fin Standalone workspaces synced from an external
            platform; an empty array otherwise. Sorted alphabetically by `type` and capped at 20 entries. Example: [{'id':
            '3633338', 'type': 'zendesk_ticket'}, {'id': 'abc-def-uuid', 'type': 'zendesk_sunshine_conversation'}].
        first_contact_reply (ConversationFirstContactReply | None):
        linked_objects (LinkedObjectList | None): An object containing metadata about linked conversations and linked
            tickets. Up to 1000 can be returned.
        monitor_evaluations (list[ConversationMonitorEvaluation] | None): QA monitor evaluations that flagged this
            conversation. Only included when `include_monitors=true` is passed as a query parameter.
        priority (ConversationPriority | None): The priority level of the conversation. Returns one of none, low,
            medium, high, or urgent. Example: high.
        read (bool | None): Indicates whether a conversation has been read. Example: True.
        sales_agent (SalesAgent | None):
        sales_agent_participated (bool | None): Indicates whether the Sales Agent participated in the conversation.
            Example: False.
        scorecards (list[ConversationScorecard] | None): QA scorecard results for this conversation. Only included when
            `include_scorecards=true` is passed as a query parameter.
        sla_applied (SlaApplied | None):
        snoozed_until (int | None): If set this is the time in the future when this conversation will be marked as open.
            i.e. it will be in a snoozed state until this time. i.e. it will be in a snoozed state until this time. Example:
            1663597260.
        source (ConversationSource | None): The first message or event that started this conversation. Describes the
            origin and who initiated it.
        statistics (ConversationStatistics | None):
        tags (Tags | None): A list of tags objects associated with a conversation
        team_assignee_id (int | None): The id of the team assigned to the conversation. If it's not assigned to a team
            it will return 0. Example: 5017691.
        teammates (ConversationTeammates | None):
        title (str | None): The title given to the conversation. Example: Conversation Title.
        waiting_since (int | None): The last time a Contact responded to an Admin. In other words, the time a customer
            started waiting for a response. Set to null if last reply is from an Admin. Example: 1663597260.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int
    id: str
    open: bool
    state: ConversationState
    type_: str
    updated_at: int
    admin_assignee_id: int | None = None
    ai_agent: AiAgent | None = None
    ai_agent_participated: bool | None = None
    ai_topics: AiTopics | None = None
    channel: ConversationChannel | None = None
    company: Company | None = None
    contacts: ConversationContacts | None = None
    conversation_parts: ConversationParts | None = None
    conversation_rating: ConversationRating | None = None
    custom_attributes: CustomAttributes | None = None
    customers: list[Reference] | None = None
    external_references: list[ConversationExternalReference] | None = None
    first_contact_reply: ConversationFirstContactReply | None = None
    linked_objects: LinkedObjectList | None = None
    monitor_evaluations: list[ConversationMonitorEvaluation] | None = None
    priority: ConversationPriority | None = None
    read: bool | None = None
    sales_agent: SalesAgent | None = None
    sales_agent_participated: bool | None = None
    scorecards: list[ConversationScorecard] | None = None
    sla_applied: SlaApplied | None = None
    snoozed_until: int | None = None
    source: ConversationSource | None = None
    statistics: ConversationStatistics | None = None
    tags: Tags | None = None
    team_assignee_id: int | None = None
    teammates: ConversationTeammates | None = None
    title: str | None = None
    waiting_since: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    Conversation,
    created_at=Field(check_int, required=True),
    id=Field(check_str, required=True),
    open=Field(check_bool, required=True),
    state=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    updated_at=Field(check_int, required=True),
    admin_assignee_id=check_int,
    ai_agent=ModelRef(models, "AiAgent"),
    ai_agent_participated=check_bool,
    ai_topics=ModelRef(models, "AiTopics"),
    channel=ModelRef(models, "ConversationChannel"),
    company=ModelRef(models, "Company"),
    contacts=ModelRef(models, "ConversationContacts"),
    conversation_parts=ModelRef(models, "ConversationParts"),
    conversation_rating=ModelRef(models, "ConversationRating"),
    custom_attributes=ModelRef(models, "CustomAttributes"),
    customers=list_of(ModelRef(models, "Reference")),
    external_references=list_of(ModelRef(models, "ConversationExternalReference")),
    first_contact_reply=ModelRef(models, "ConversationFirstContactReply"),
    linked_objects=ModelRef(models, "LinkedObjectList"),
    monitor_evaluations=list_of(ModelRef(models, "ConversationMonitorEvaluation")),
    priority=check_str,
    read=check_bool,
    sales_agent=ModelRef(models, "SalesAgent"),
    sales_agent_participated=check_bool,
    scorecards=list_of(ModelRef(models, "ConversationScorecard")),
    sla_applied=ModelRef(models, "SlaApplied"),
    snoozed_until=check_int,
    source=ModelRef(models, "ConversationSource"),
    statistics=ModelRef(models, "ConversationStatistics"),
    tags=ModelRef(models, "Tags"),
    team_assignee_id=check_int,
    teammates=ModelRef(models, "ConversationTeammates"),
    title=check_str,
    waiting_since=check_int,
)
