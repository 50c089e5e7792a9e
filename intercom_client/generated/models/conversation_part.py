# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.conversation_part_state import ConversationPartState
from ..types import (
    UNSET,
    Unset,
    WrongType,
    decode_list,
    pick_variant,
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
            return pick_variant(
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
            ).from_dict(data)
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
_KNOWN_FIELDS = frozenset(
    {
        "app_package_code",
        "assigned_to",
        "attachments",
        "author",
        "body",
        "created_at",
        "email_message_metadata",
        "event_details",
        "external_id",
        "id",
        "metadata",
        "notified_at",
        "part_type",
        "redacted",
        "state",
        "tags",
        "translations",
        "type",
        "updated_at",
    }
)


@_attrs_define(kw_only=True)
class ConversationPart:
    """A Conversation Part represents a message in the conversation.

    Attributes:
        app_package_code (None | str | Unset): The app package code if this part was created via API. null if the part
            was not created via API. Example: test-integration.
        assigned_to (None | Reference | Unset): The id of the admin that was assigned the conversation by this
            conversation_part (null if there has been no change in assignment.)
        attachments (list[PartAttachment] | Unset): A list of attachments for the part.
        author (ConversationPartAuthor | Unset): The author of this conversation part. Can be a Contact, Admin, or Bot.
        body (None | str | Unset): The message body, which may contain HTML. For Twitter, this will show a generic
            message regarding why the body is obscured. Example: <p>Okay!</p>.
        created_at (int | Unset): The time the conversation part was created. Example: 1663597223.
        email_message_metadata (EmailMessageMetadata | None | Unset):
        event_details (CallSummary | ConversationAttributeUpdatedByAdmin | ConversationAttributeUpdatedByUser |
            ConversationAttributeUpdatedByWorkflow | ConversationSlaAppliedByRule | ConversationSlaAppliedByWorkflow |
            ConversationSlaPaused | ConversationSlaRemoved | ConversationSlaTargetMissed | ConversationSlaUnpaused |
            ConversationTagsUpdated | CustomActionFinished | CustomActionStarted | None | OperatorWorkflowEvent |
            PriorityChanged | Snoozed | Unset):
        external_id (None | str | Unset): The external id of the conversation part Example: abcd1234.
        id (str | Unset): The id representing the conversation part. Example: 3.
        metadata (ConversationPartMetadata | None | Unset):
        notified_at (int | Unset): The time the user was notified with the conversation part. Example: 1663597260.
        part_type (str | Unset): The type of conversation part. Example: comment.
        redacted (bool | Unset): Whether or not the conversation part has been redacted. Example: False.
        state (ConversationPartState | Unset): Indicates the current state of conversation when the conversation part
            was created. Example: open.
        tags (list[TagBasic] | None | Unset): A list of tags objects associated with the conversation part.
        translations (None | ReplyTranslations | Unset):
        type_ (str | Unset): Always conversation_part Example: conversation_part.
        updated_at (int | Unset): The last time the conversation part was updated. Example: 1663597260.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    app_package_code: None | str | None | Unset = UNSET
    assigned_to: None | Reference | None | Unset = UNSET
    attachments: list[PartAttachment] | None | Unset = UNSET
    author: ConversationPartAuthor | None | Unset = UNSET
    body: None | str | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    email_message_metadata: EmailMessageMetadata | None | None | Unset = UNSET
    event_details: (
        CallSummary
        | ConversationAttributeUpdatedByAdmin
        | ConversationAttributeUpdatedByUser
        | ConversationAttributeUpdatedByWorkflow
        | ConversationSlaAppliedByRule
        | ConversationSlaAppliedByWorkflow
        | ConversationSlaPaused
        | ConversationSlaRemoved
        | ConversationSlaTargetMissed
        | ConversationSlaUnpaused
        | ConversationTagsUpdated
        | CustomActionFinished
        | CustomActionStarted
        | None
        | OperatorWorkflowEvent
        | PriorityChanged
        | Snoozed
        | None
        | Unset
    ) = UNSET
    external_id: None | str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    metadata: ConversationPartMetadata | None | None | Unset = UNSET
    notified_at: int | None | Unset = UNSET
    part_type: str | None | Unset = UNSET
    redacted: bool | None | Unset = UNSET
    state: ConversationPartState | None | Unset = UNSET
    tags: list[TagBasic] | None | None | Unset = UNSET
    translations: None | ReplyTranslations | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.app_package_code
        if _v is not UNSET:
            _d["app_package_code"] = None if _v is None else to_jsonable(_v)
        _v = self.assigned_to
        if _v is not UNSET:
            _d["assigned_to"] = None if _v is None else to_jsonable(_v)
        _v = self.attachments
        if _v is not UNSET:
            _d["attachments"] = None if _v is None else to_jsonable(_v)
        _v = self.author
        if _v is not UNSET:
            _d["author"] = None if _v is None else _v.to_dict()
        _v = self.body
        if _v is not UNSET:
            _d["body"] = None if _v is None else to_jsonable(_v)
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.email_message_metadata
        if _v is not UNSET:
            _d["email_message_metadata"] = None if _v is None else to_jsonable(_v)
        _v = self.event_details
        if _v is not UNSET:
            _d["event_details"] = None if _v is None else to_jsonable(_v)
        _v = self.external_id
        if _v is not UNSET:
            _d["external_id"] = None if _v is None else to_jsonable(_v)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.metadata
        if _v is not UNSET:
            _d["metadata"] = None if _v is None else to_jsonable(_v)
        _v = self.notified_at
        if _v is not UNSET:
            _d["notified_at"] = _v
        _v = self.part_type
        if _v is not UNSET:
            _d["part_type"] = _v
        _v = self.redacted
        if _v is not UNSET:
            _d["redacted"] = _v
        _v = self.state
        if _v is not UNSET:
            _d["state"] = _v
        _v = self.tags
        if _v is not UNSET:
            _d["tags"] = None if _v is None else to_jsonable(_v)
        _v = self.translations
        if _v is not UNSET:
            _d["translations"] = None if _v is None else to_jsonable(_v)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ConversationPart")
            _d = dict(_d)
        _f = ""
        try:
            app_package_code = _d.get("app_package_code", UNSET)
            if app_package_code.__class__ is dict or app_package_code.__class__ is list:
                raise WrongType("string", app_package_code, "app_package_code")

            assigned_to = _d.get("assigned_to", UNSET)
            if assigned_to is not None and assigned_to is not UNSET:
                _f = "assigned_to"
                assigned_to = Reference.from_dict(assigned_to)

            attachments = _d.get("attachments", UNSET)
            if attachments is not None and attachments is not UNSET:
                _f = "attachments"
                attachments = _decode_attachments(attachments)

            author = _d.get("author", UNSET)
            if author is not None and author is not UNSET:
                _f = "author"
                author = ConversationPartAuthor.from_dict(author)

            body = _d.get("body", UNSET)
            if body.__class__ is dict or body.__class__ is list:
                raise WrongType("string", body, "body")

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            email_message_metadata = _d.get("email_message_metadata", UNSET)
            if email_message_metadata is not None and email_message_metadata is not UNSET:
                _f = "email_message_metadata"
                email_message_metadata = EmailMessageMetadata.from_dict(email_message_metadata)

            event_details = _d.get("event_details", UNSET)
            if event_details is not None and event_details is not UNSET:
                _f = "event_details"
                event_details = _decode_event_details(event_details)

            external_id = _d.get("external_id", UNSET)
            if external_id.__class__ is dict or external_id.__class__ is list:
                raise WrongType("string", external_id, "external_id")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            metadata = _d.get("metadata", UNSET)
            if metadata is not None and metadata is not UNSET:
                _f = "metadata"
                metadata = ConversationPartMetadata.from_dict(metadata)

            notified_at = _d.get("notified_at", UNSET)
            if notified_at.__class__ is dict or notified_at.__class__ is list:
                raise WrongType("integer", notified_at, "notified_at")

            part_type = _d.get("part_type", UNSET)
            if part_type.__class__ is dict or part_type.__class__ is list:
                raise WrongType("string", part_type, "part_type")

            redacted = _d.get("redacted", UNSET)
            if redacted.__class__ is dict or redacted.__class__ is list:
                raise WrongType("boolean", redacted, "redacted")

            state = _d.get("state", UNSET)
            if state.__class__ is dict or state.__class__ is list:
                raise WrongType("string", state, "state")

            tags = _d.get("tags", UNSET)
            if tags is not None and tags is not UNSET:
                _f = "tags"
                tags = _decode_tags(tags)

            translations = _d.get("translations", UNSET)
            if translations is not None and translations is not UNSET:
                _f = "translations"
                translations = ReplyTranslations.from_dict(translations)

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.app_package_code = app_package_code
            _obj.assigned_to = assigned_to
            _obj.attachments = attachments
            _obj.author = author
            _obj.body = body
            _obj.created_at = created_at
            _obj.email_message_metadata = email_message_metadata
            _obj.event_details = event_details
            _obj.external_id = external_id
            _obj.id = id
            _obj.metadata = metadata
            _obj.notified_at = notified_at
            _obj.part_type = part_type
            _obj.redacted = redacted
            _obj.state = state
            _obj.tags = tags
            _obj.translations = translations
            _obj.type_ = type_
            _obj.updated_at = updated_at
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ConversationPart", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ConversationPart", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="ConversationPart", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ConversationPart", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.call_summary import CallSummary  # noqa: E402
from ..models.conversation_attribute_updated_by_admin import ConversationAttributeUpdatedByAdmin  # noqa: E402
from ..models.conversation_attribute_updated_by_user import ConversationAttributeUpdatedByUser  # noqa: E402
from ..models.conversation_attribute_updated_by_workflow import ConversationAttributeUpdatedByWorkflow  # noqa: E402
from ..models.conversation_part_author import ConversationPartAuthor  # noqa: E402
from ..models.conversation_part_metadata import ConversationPartMetadata  # noqa: E402
from ..models.conversation_sla_applied_by_rule import ConversationSlaAppliedByRule  # noqa: E402
from ..models.conversation_sla_applied_by_workflow import ConversationSlaAppliedByWorkflow  # noqa: E402
from ..models.conversation_sla_paused import ConversationSlaPaused  # noqa: E402
from ..models.conversation_sla_removed import ConversationSlaRemoved  # noqa: E402
from ..models.conversation_sla_target_missed import ConversationSlaTargetMissed  # noqa: E402
from ..models.conversation_sla_unpaused import ConversationSlaUnpaused  # noqa: E402
from ..models.conversation_tags_updated import ConversationTagsUpdated  # noqa: E402
from ..models.custom_action_finished import CustomActionFinished  # noqa: E402
from ..models.custom_action_started import CustomActionStarted  # noqa: E402
from ..models.email_message_metadata import EmailMessageMetadata  # noqa: E402
from ..models.operator_workflow_event import OperatorWorkflowEvent  # noqa: E402
from ..models.part_attachment import PartAttachment  # noqa: E402
from ..models.priority_changed import PriorityChanged  # noqa: E402
from ..models.reference import Reference  # noqa: E402
from ..models.reply_translations import ReplyTranslations  # noqa: E402
from ..models.snoozed import Snoozed  # noqa: E402
from ..models.tag_basic import TagBasic  # noqa: E402
