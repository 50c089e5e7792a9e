# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.conversation_part_state import ConversationPartState
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
    decode_variant,
    install_lazy_fields,
    to_jsonable,
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


def _decode_attachments(data: Any) -> list[PartAttachment]:
    return decode_list(data, PartAttachment.from_dict)


def _decode_event_details(data: Any) -> Any:
    if data.__class__ is dict:
        try:
            return decode_variant(
                data,
                (
                    ConversationAttributeUpdatedByWorkflow,
                    ConversationAttributeUpdatedByAdmin,
                    ConversationAttributeUpdatedByUser,
                    CustomActionStarted,
                    CustomActionFinished,
                    OperatorWorkflowEvent,
                    ConversationTagsUpdated,
                    Snoozed,
                    PriorityChanged,
                    ConversationSlaAppliedByRule,
                    ConversationSlaAppliedByWorkflow,
                    ConversationSlaTargetMissed,
                    ConversationSlaPaused,
                    ConversationSlaUnpaused,
                    ConversationSlaRemoved,
                    CallSummary,
                ),
            )
        except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        return ConversationAttributeUpdatedByWorkflow.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return ConversationAttributeUpdatedByAdmin.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return ConversationAttributeUpdatedByUser.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return CustomActionStarted.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return CustomActionFinished.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return OperatorWorkflowEvent.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return ConversationTagsUpdated.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return Snoozed.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return PriorityChanged.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return ConversationSlaAppliedByRule.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return ConversationSlaAppliedByWorkflow.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return ConversationSlaTargetMissed.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return ConversationSlaPaused.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return ConversationSlaUnpaused.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return ConversationSlaRemoved.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return CallSummary.from_dict(data)


def _decode_tags(data: Any) -> list[TagBasic]:
    return decode_list(data, TagBasic.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "app_package_code": None,
    "assigned_to": None,
    "attachments": None,
    "author": None,
    "body": None,
    "created_at": None,
    "email_message_metadata": None,
    "event_details": None,
    "external_id": None,
    "metadata": None,
    "notified_at": None,
    "part_type": None,
    "redacted": None,
    "state": None,
    "tags": None,
    "translations": None,
    "updated_at": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "app_package_code",
        "assigned_to",
        "attachments",
        "author",
        "body",
        "created_at",
        "email_message_metadata",
        "event_details",
        "external_id",
        "metadata",
        "notified_at",
        "part_type",
        "redacted",
        "state",
        "tags",
        "translations",
        "updated_at",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationPart:
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
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.app_package_code
        if _v is not None:
            _d["app_package_code"] = to_jsonable(_v)
        _v = self.assigned_to
        if _v is not None:
            _d["assigned_to"] = to_jsonable(_v)
        _v = self.attachments
        if _v is not None:
            _d["attachments"] = to_jsonable(_v)
        _v = self.author
        if _v is not None:
            _d["author"] = to_jsonable(_v)
        _v = self.body
        if _v is not None:
            _d["body"] = to_jsonable(_v)
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.email_message_metadata
        if _v is not None:
            _d["email_message_metadata"] = to_jsonable(_v)
        _v = self.event_details
        if _v is not None:
            _d["event_details"] = to_jsonable(_v)
        _v = self.external_id
        if _v is not None:
            _d["external_id"] = to_jsonable(_v)
        _v = self.metadata
        if _v is not None:
            _d["metadata"] = to_jsonable(_v)
        _v = self.notified_at
        if _v is not None:
            _d["notified_at"] = _v
        _v = self.part_type
        if _v is not None:
            _d["part_type"] = _v
        _v = self.redacted
        if _v is not None:
            _d["redacted"] = _v
        _v = self.state
        if _v is not None:
            _d["state"] = _v
        _v = self.tags
        if _v is not None:
            _d["tags"] = to_jsonable(_v)
        _v = self.translations
        if _v is not None:
            _d["translations"] = to_jsonable(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("app_package_code", "app_package_code", check_str, False),
            FieldSpec("assigned_to", "assigned_to", Reference.from_dict, False),
            FieldSpec("attachments", "attachments", _decode_attachments, False),
            FieldSpec("author", "author", ConversationPartAuthor.from_dict, False),
            FieldSpec("body", "body", check_str, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("email_message_metadata", "email_message_metadata", EmailMessageMetadata.from_dict, False),
            FieldSpec("event_details", "event_details", _decode_event_details, False),
            FieldSpec("external_id", "external_id", check_str, False),
            FieldSpec("metadata", "metadata", ConversationPartMetadata.from_dict, False),
            FieldSpec("notified_at", "notified_at", check_int, False),
            FieldSpec("part_type", "part_type", check_str, False),
            FieldSpec("redacted", "redacted", check_bool, False),
            FieldSpec("state", "state", check_str, False),
            FieldSpec("tags", "tags", _decode_tags, False),
            FieldSpec("translations", "translations", ReplyTranslations.from_dict, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ConversationPart")
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
            if "id" not in _d:
                raise KeyError("id")
            if _state["id"] is None:
                raise WrongType("a value", None)
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
            _v = _state["assigned_to"]
            if _v is not None and _v.__class__ is not dict:
                _state["assigned_to"] = Pending(_v)
            if _state["attachments"] is not None:
                _state["attachments"] = Pending(_state["attachments"])
            _v = _state["author"]
            if _v is not None and _v.__class__ is not dict:
                _state["author"] = Pending(_v)
            _v = _state["email_message_metadata"]
            if _v is not None and _v.__class__ is not dict:
                _state["email_message_metadata"] = Pending(_v)
            if _state["event_details"] is not None:
                _state["event_details"] = Pending(_state["event_details"])
            _v = _state["metadata"]
            if _v is not None and _v.__class__ is not dict:
                _state["metadata"] = Pending(_v)
            if _state["tags"] is not None:
                _state["tags"] = Pending(_state["tags"])
            _v = _state["translations"]
            if _v is not None and _v.__class__ is not dict:
                _state["translations"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
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

install_lazy_fields(
    ConversationPart,
    (
        "assigned_to",
        "attachments",
        "author",
        "email_message_metadata",
        "event_details",
        "metadata",
        "tags",
        "translations",
    ),
)
