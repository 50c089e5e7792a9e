# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.conversation_priority import ConversationPriority
from ..models.conversation_state import ConversationState
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    WrongType,
    check_bool,
    check_int,
    check_str,
    decode_leniently,
    decode_list,
    install_lazy_fields,
    to_jsonable,
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


def _decode_customers(data: Any) -> list[Reference]:
    return decode_list(data, Reference.from_dict)


def _decode_external_references(data: Any) -> list[ConversationExternalReference]:
    return decode_list(data, ConversationExternalReference.from_dict)


def _decode_monitor_evaluations(data: Any) -> list[ConversationMonitorEvaluation]:
    return decode_list(data, ConversationMonitorEvaluation.from_dict)


def _decode_scorecards(data: Any) -> list[ConversationScorecard]:
    return decode_list(data, ConversationScorecard.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "created_at": None,
    "id": None,
    "open_": None,
    "state": None,
    "type_": None,
    "updated_at": None,
    "admin_assignee_id": None,
    "ai_agent": None,
    "ai_agent_participated": None,
    "ai_topics": None,
    "channel": None,
    "company": None,
    "contacts": None,
    "conversation_parts": None,
    "conversation_rating": None,
    "custom_attributes": None,
    "customers": None,
    "external_references": None,
    "first_contact_reply": None,
    "linked_objects": None,
    "monitor_evaluations": None,
    "priority": None,
    "read": None,
    "sales_agent": None,
    "sales_agent_participated": None,
    "scorecards": None,
    "sla_applied": None,
    "snoozed_until": None,
    "source": None,
    "statistics": None,
    "tags": None,
    "team_assignee_id": None,
    "teammates": None,
    "title": None,
    "waiting_since": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "created_at",
        "id",
        "open",
        "state",
        "type",
        "updated_at",
        "admin_assignee_id",
        "ai_agent",
        "ai_agent_participated",
        "ai_topics",
        "channel",
        "company",
        "contacts",
        "conversation_parts",
        "conversation_rating",
        "custom_attributes",
        "customers",
        "external_references",
        "first_contact_reply",
        "linked_objects",
        "monitor_evaluations",
        "priority",
        "read",
        "sales_agent",
        "sales_agent_participated",
        "scorecards",
        "sla_applied",
        "snoozed_until",
        "source",
        "statistics",
        "tags",
        "team_assignee_id",
        "teammates",
        "title",
        "waiting_since",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Conversation:
    """Conversations are how you can communicate with users in Intercom. They are created when a contact replies to an
    outbound message, or when one admin directly sends a message to a single contact.

    Attributes:
        created_at (int): The time the conversation was created. Example: 1663597223.
        id (str): The id representing the conversation. Example: 1295.
        open_ (bool): Indicates whether a conversation is open (true) or closed (false). Example: True.
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
    open_: bool
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
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.open_
        if _v is not None:
            _d["open"] = _v
        _v = self.state
        if _v is not None:
            _d["state"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        _v = self.admin_assignee_id
        if _v is not None:
            _d["admin_assignee_id"] = to_jsonable(_v)
        _v = self.ai_agent
        if _v is not None:
            _d["ai_agent"] = to_jsonable(_v)
        _v = self.ai_agent_participated
        if _v is not None:
            _d["ai_agent_participated"] = _v
        _v = self.ai_topics
        if _v is not None:
            _d["ai_topics"] = to_jsonable(_v)
        _v = self.channel
        if _v is not None:
            _d["channel"] = to_jsonable(_v)
        _v = self.company
        if _v is not None:
            _d["company"] = to_jsonable(_v)
        _v = self.contacts
        if _v is not None:
            _d["contacts"] = to_jsonable(_v)
        _v = self.conversation_parts
        if _v is not None:
            _d["conversation_parts"] = to_jsonable(_v)
        _v = self.conversation_rating
        if _v is not None:
            _d["conversation_rating"] = to_jsonable(_v)
        _v = self.custom_attributes
        if _v is not None:
            _d["custom_attributes"] = to_jsonable(_v)
        _v = self.customers
        if _v is not None:
            _d["customers"] = to_jsonable(_v)
        _v = self.external_references
        if _v is not None:
            _d["external_references"] = to_jsonable(_v)
        _v = self.first_contact_reply
        if _v is not None:
            _d["first_contact_reply"] = to_jsonable(_v)
        _v = self.linked_objects
        if _v is not None:
            _d["linked_objects"] = to_jsonable(_v)
        _v = self.monitor_evaluations
        if _v is not None:
            _d["monitor_evaluations"] = to_jsonable(_v)
        _v = self.priority
        if _v is not None:
            _d["priority"] = _v
        _v = self.read
        if _v is not None:
            _d["read"] = _v
        _v = self.sales_agent
        if _v is not None:
            _d["sales_agent"] = to_jsonable(_v)
        _v = self.sales_agent_participated
        if _v is not None:
            _d["sales_agent_participated"] = _v
        _v = self.scorecards
        if _v is not None:
            _d["scorecards"] = to_jsonable(_v)
        _v = self.sla_applied
        if _v is not None:
            _d["sla_applied"] = to_jsonable(_v)
        _v = self.snoozed_until
        if _v is not None:
            _d["snoozed_until"] = to_jsonable(_v)
        _v = self.source
        if _v is not None:
            _d["source"] = to_jsonable(_v)
        _v = self.statistics
        if _v is not None:
            _d["statistics"] = to_jsonable(_v)
        _v = self.tags
        if _v is not None:
            _d["tags"] = to_jsonable(_v)
        _v = self.team_assignee_id
        if _v is not None:
            _d["team_assignee_id"] = to_jsonable(_v)
        _v = self.teammates
        if _v is not None:
            _d["teammates"] = to_jsonable(_v)
        _v = self.title
        if _v is not None:
            _d["title"] = to_jsonable(_v)
        _v = self.waiting_since
        if _v is not None:
            _d["waiting_since"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("created_at", "created_at", check_int, True),
            FieldSpec("id", "id", check_str, True),
            FieldSpec("open", "open_", check_bool, True),
            FieldSpec("state", "state", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("updated_at", "updated_at", check_int, True),
            FieldSpec("admin_assignee_id", "admin_assignee_id", check_int, False),
            FieldSpec("ai_agent", "ai_agent", AiAgent.from_dict, False),
            FieldSpec("ai_agent_participated", "ai_agent_participated", check_bool, False),
            FieldSpec("ai_topics", "ai_topics", AiTopics.from_dict, False),
            FieldSpec("channel", "channel", ConversationChannel.from_dict, False),
            FieldSpec("company", "company", Company.from_dict, False),
            FieldSpec("contacts", "contacts", ConversationContacts.from_dict, False),
            FieldSpec("conversation_parts", "conversation_parts", ConversationParts.from_dict, False),
            FieldSpec("conversation_rating", "conversation_rating", ConversationRating.from_dict, False),
            FieldSpec("custom_attributes", "custom_attributes", CustomAttributes.from_dict, False),
            FieldSpec("customers", "customers", _decode_customers, False),
            FieldSpec("external_references", "external_references", _decode_external_references, False),
            FieldSpec("first_contact_reply", "first_contact_reply", ConversationFirstContactReply.from_dict, False),
            FieldSpec("linked_objects", "linked_objects", LinkedObjectList.from_dict, False),
            FieldSpec("monitor_evaluations", "monitor_evaluations", _decode_monitor_evaluations, False),
            FieldSpec("priority", "priority", check_str, False),
            FieldSpec("read", "read", check_bool, False),
            FieldSpec("sales_agent", "sales_agent", SalesAgent.from_dict, False),
            FieldSpec("sales_agent_participated", "sales_agent_participated", check_bool, False),
            FieldSpec("scorecards", "scorecards", _decode_scorecards, False),
            FieldSpec("sla_applied", "sla_applied", SlaApplied.from_dict, False),
            FieldSpec("snoozed_until", "snoozed_until", check_int, False),
            FieldSpec("source", "source", ConversationSource.from_dict, False),
            FieldSpec("statistics", "statistics", ConversationStatistics.from_dict, False),
            FieldSpec("tags", "tags", Tags.from_dict, False),
            FieldSpec("team_assignee_id", "team_assignee_id", check_int, False),
            FieldSpec("teammates", "teammates", ConversationTeammates.from_dict, False),
            FieldSpec("title", "title", check_str, False),
            FieldSpec("waiting_since", "waiting_since", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Conversation")
            _d = dict(_d)
        # The instance's attributes are built as one dict: every field absent (a copy of a dict of
        # that shape is one memory copy), then what came, then only the fields that need work.
        _state: dict[str, Any] = _ABSENT.copy()
        _state.update(_d)
        try:
            if _d.keys() <= _KNOWN_FIELDS:
                _state["additional_properties"] = {}
            else:
                _state["additional_properties"] = _extra = {key: _state.pop(key) for key in _d.keys() - _KNOWN_FIELDS}
                _state.update({key: _ABSENT[key] for key in _extra.keys() & _ABSENT.keys()})
            if "created_at" not in _d:
                raise KeyError("created_at")
            if _state["created_at"] is None:
                raise WrongType("a value", None)
            if "id" not in _d:
                raise KeyError("id")
            if _state["id"] is None:
                raise WrongType("a value", None)
            if "open" in _d:
                _state["open_"] = _state.pop("open")
            if "open" not in _d:
                raise KeyError("open")
            if _state["open_"] is None:
                raise WrongType("a value", None)
            if "state" not in _d:
                raise KeyError("state")
            if _state["state"] is None:
                raise WrongType("a value", None)
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
            if "updated_at" not in _d:
                raise KeyError("updated_at")
            if _state["updated_at"] is None:
                raise WrongType("a value", None)
            _v = _state["ai_agent"]
            if _v is not None and _v.__class__ is not dict:
                _state["ai_agent"] = Pending(_v)
            _v = _state["ai_topics"]
            if _v is not None and _v.__class__ is not dict:
                _state["ai_topics"] = Pending(_v)
            _v = _state["channel"]
            if _v is not None and _v.__class__ is not dict:
                _state["channel"] = Pending(_v)
            _v = _state["company"]
            if _v is not None and _v.__class__ is not dict:
                _state["company"] = Pending(_v)
            _v = _state["contacts"]
            if _v is not None and _v.__class__ is not dict:
                _state["contacts"] = Pending(_v)
            _v = _state["conversation_parts"]
            if _v is not None and _v.__class__ is not dict:
                _state["conversation_parts"] = Pending(_v)
            _v = _state["conversation_rating"]
            if _v is not None and _v.__class__ is not dict:
                _state["conversation_rating"] = Pending(_v)
            _v = _state["custom_attributes"]
            if _v is not None and _v.__class__ is not dict:
                _state["custom_attributes"] = Pending(_v)
            if _state["customers"] is not None:
                _state["customers"] = Pending(_state["customers"])
            if _state["external_references"] is not None:
                _state["external_references"] = Pending(_state["external_references"])
            _v = _state["first_contact_reply"]
            if _v is not None and _v.__class__ is not dict:
                _state["first_contact_reply"] = Pending(_v)
            _v = _state["linked_objects"]
            if _v is not None and _v.__class__ is not dict:
                _state["linked_objects"] = Pending(_v)
            if _state["monitor_evaluations"] is not None:
                _state["monitor_evaluations"] = Pending(_state["monitor_evaluations"])
            _v = _state["sales_agent"]
            if _v is not None and _v.__class__ is not dict:
                _state["sales_agent"] = Pending(_v)
            if _state["scorecards"] is not None:
                _state["scorecards"] = Pending(_state["scorecards"])
            _v = _state["sla_applied"]
            if _v is not None and _v.__class__ is not dict:
                _state["sla_applied"] = Pending(_v)
            _v = _state["source"]
            if _v is not None and _v.__class__ is not dict:
                _state["source"] = Pending(_v)
            _v = _state["statistics"]
            if _v is not None and _v.__class__ is not dict:
                _state["statistics"] = Pending(_v)
            _v = _state["tags"]
            if _v is not None and _v.__class__ is not dict:
                _state["tags"] = Pending(_v)
            _v = _state["teammates"]
            if _v is not None and _v.__class__ is not dict:
                _state["teammates"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
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

install_lazy_fields(
    Conversation,
    (
        "ai_agent",
        "ai_topics",
        "channel",
        "company",
        "contacts",
        "conversation_parts",
        "conversation_rating",
        "custom_attributes",
        "customers",
        "external_references",
        "first_contact_reply",
        "linked_objects",
        "monitor_evaluations",
        "sales_agent",
        "scorecards",
        "sla_applied",
        "source",
        "statistics",
        "tags",
        "teammates",
    ),
)
