# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.activity_log_metadata_changes import ActivityLogMetadataChanges


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "auto",
        "auto_changed",
        "away_mode",
        "away_status_reason",
        "changes",
        "conversation_assignment_limit",
        "external_id",
        "last_activity_at",
        "new_state",
        "previous_state",
        "reassign_conversations",
        "setting_type",
        "sign_in_method",
        "source",
        "threshold_minutes",
        "ticket_assignment_limit",
        "update_by",
        "update_by_name",
    }
)


@_attrs_define(kw_only=True)
class ActivityLogMetadata:
    """Additional data provided about Admin activity.

    Attributes:
        auto (bool | None | Unset): Indicates the state was derived automatically rather than set by an Admin. Example:
            True.
        auto_changed (None | str | Unset): Indicates if the status was changed automatically or manually. Example:
            False.
        away_mode (bool | None | Unset): The away mode status which is set to true when away and false when returned.
            Example: True.
        away_status_reason (None | str | Unset): The reason the Admin is away. Example: 😌 On a break.
        changes (ActivityLogMetadataChanges | None | Unset):
        conversation_assignment_limit (int | None | Unset): The conversation assignment limit value for an admin.
            Example: 15.
        external_id (None | str | Unset): The unique identifier for the contact which is provided by the Client.
            Example: f3b87a2e09d514c6c2e79b9a.
        last_activity_at (int | None | Unset): The time of the Admin's last recorded activity. Example: 1671028894.
        new_state (None | str | Unset): The state after the change. `idle` or `occupied`. Example: occupied.
        previous_state (None | str | Unset): The state before the change. `idle` or `occupied`, and null when the Admin
            had not been classified yet. Example: idle.
        reassign_conversations (bool | None | Unset): Indicates if conversations should be reassigned while an Admin is
            away. Example: False.
        setting_type (None | str | Unset): The group of workspace settings the change belongs to, for example
            `teammate_occupancy` or `automatic_away_mode`. Example: teammate_occupancy.
        sign_in_method (None | str | Unset): The way the admin signed in. Example: email_password.
        source (None | str | Unset): The action that initiated the status change. Example: admin update from web - Admin
            id: 93.
        threshold_minutes (int | None | Unset): The inactivity window, in minutes, used to classify the Admin. Example:
            15.
        ticket_assignment_limit (int | None | Unset): The ticket assignment limit value for an admin. Example: 20.
        update_by (int | None | Unset): The ID of the Admin who initiated the activity. Example: 93.
        update_by_name (None | str | Unset): The name of the Admin who initiated the activity. Example: Joe Example.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    auto: bool | None | None | Unset = UNSET
    auto_changed: None | str | None | Unset = UNSET
    away_mode: bool | None | None | Unset = UNSET
    away_status_reason: None | str | None | Unset = UNSET
    changes: ActivityLogMetadataChanges | None | None | Unset = UNSET
    conversation_assignment_limit: int | None | None | Unset = UNSET
    external_id: None | str | None | Unset = UNSET
    last_activity_at: int | None | None | Unset = UNSET
    new_state: None | str | None | Unset = UNSET
    previous_state: None | str | None | Unset = UNSET
    reassign_conversations: bool | None | None | Unset = UNSET
    setting_type: None | str | None | Unset = UNSET
    sign_in_method: None | str | None | Unset = UNSET
    source: None | str | None | Unset = UNSET
    threshold_minutes: int | None | None | Unset = UNSET
    ticket_assignment_limit: int | None | None | Unset = UNSET
    update_by: int | None | None | Unset = UNSET
    update_by_name: None | str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.auto
        if _v is not UNSET:
            _d["auto"] = None if _v is None else to_jsonable(_v)
        _v = self.auto_changed
        if _v is not UNSET:
            _d["auto_changed"] = None if _v is None else to_jsonable(_v)
        _v = self.away_mode
        if _v is not UNSET:
            _d["away_mode"] = None if _v is None else to_jsonable(_v)
        _v = self.away_status_reason
        if _v is not UNSET:
            _d["away_status_reason"] = None if _v is None else to_jsonable(_v)
        _v = self.changes
        if _v is not UNSET:
            _d["changes"] = None if _v is None else to_jsonable(_v)
        _v = self.conversation_assignment_limit
        if _v is not UNSET:
            _d["conversation_assignment_limit"] = None if _v is None else to_jsonable(_v)
        _v = self.external_id
        if _v is not UNSET:
            _d["external_id"] = None if _v is None else to_jsonable(_v)
        _v = self.last_activity_at
        if _v is not UNSET:
            _d["last_activity_at"] = None if _v is None else to_jsonable(_v)
        _v = self.new_state
        if _v is not UNSET:
            _d["new_state"] = None if _v is None else to_jsonable(_v)
        _v = self.previous_state
        if _v is not UNSET:
            _d["previous_state"] = None if _v is None else to_jsonable(_v)
        _v = self.reassign_conversations
        if _v is not UNSET:
            _d["reassign_conversations"] = None if _v is None else to_jsonable(_v)
        _v = self.setting_type
        if _v is not UNSET:
            _d["setting_type"] = None if _v is None else to_jsonable(_v)
        _v = self.sign_in_method
        if _v is not UNSET:
            _d["sign_in_method"] = None if _v is None else to_jsonable(_v)
        _v = self.source
        if _v is not UNSET:
            _d["source"] = None if _v is None else to_jsonable(_v)
        _v = self.threshold_minutes
        if _v is not UNSET:
            _d["threshold_minutes"] = None if _v is None else to_jsonable(_v)
        _v = self.ticket_assignment_limit
        if _v is not UNSET:
            _d["ticket_assignment_limit"] = None if _v is None else to_jsonable(_v)
        _v = self.update_by
        if _v is not UNSET:
            _d["update_by"] = None if _v is None else to_jsonable(_v)
        _v = self.update_by_name
        if _v is not UNSET:
            _d["update_by_name"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ActivityLogMetadata")
            _d = dict(_d)
        _f = ""
        try:
            auto = _d.get("auto", UNSET)
            if auto.__class__ is dict or auto.__class__ is list:
                raise WrongType("boolean", auto, "auto")

            auto_changed = _d.get("auto_changed", UNSET)
            if auto_changed.__class__ is dict or auto_changed.__class__ is list:
                raise WrongType("string", auto_changed, "auto_changed")

            away_mode = _d.get("away_mode", UNSET)
            if away_mode.__class__ is dict or away_mode.__class__ is list:
                raise WrongType("boolean", away_mode, "away_mode")

            away_status_reason = _d.get("away_status_reason", UNSET)
            if away_status_reason.__class__ is dict or away_status_reason.__class__ is list:
                raise WrongType("string", away_status_reason, "away_status_reason")

            changes = _d.get("changes", UNSET)
            if changes is not None and changes is not UNSET:
                _f = "changes"
                changes = ActivityLogMetadataChanges.from_dict(changes)

            conversation_assignment_limit = _d.get("conversation_assignment_limit", UNSET)
            if conversation_assignment_limit.__class__ is dict or conversation_assignment_limit.__class__ is list:
                raise WrongType("integer", conversation_assignment_limit, "conversation_assignment_limit")

            external_id = _d.get("external_id", UNSET)
            if external_id.__class__ is dict or external_id.__class__ is list:
                raise WrongType("string", external_id, "external_id")

            last_activity_at = _d.get("last_activity_at", UNSET)
            if last_activity_at.__class__ is dict or last_activity_at.__class__ is list:
                raise WrongType("integer", last_activity_at, "last_activity_at")

            new_state = _d.get("new_state", UNSET)
            if new_state.__class__ is dict or new_state.__class__ is list:
                raise WrongType("string", new_state, "new_state")

            previous_state = _d.get("previous_state", UNSET)
            if previous_state.__class__ is dict or previous_state.__class__ is list:
                raise WrongType("string", previous_state, "previous_state")

            reassign_conversations = _d.get("reassign_conversations", UNSET)
            if reassign_conversations.__class__ is dict or reassign_conversations.__class__ is list:
                raise WrongType("boolean", reassign_conversations, "reassign_conversations")

            setting_type = _d.get("setting_type", UNSET)
            if setting_type.__class__ is dict or setting_type.__class__ is list:
                raise WrongType("string", setting_type, "setting_type")

            sign_in_method = _d.get("sign_in_method", UNSET)
            if sign_in_method.__class__ is dict or sign_in_method.__class__ is list:
                raise WrongType("string", sign_in_method, "sign_in_method")

            source = _d.get("source", UNSET)
            if source.__class__ is dict or source.__class__ is list:
                raise WrongType("string", source, "source")

            threshold_minutes = _d.get("threshold_minutes", UNSET)
            if threshold_minutes.__class__ is dict or threshold_minutes.__class__ is list:
                raise WrongType("integer", threshold_minutes, "threshold_minutes")

            ticket_assignment_limit = _d.get("ticket_assignment_limit", UNSET)
            if ticket_assignment_limit.__class__ is dict or ticket_assignment_limit.__class__ is list:
                raise WrongType("integer", ticket_assignment_limit, "ticket_assignment_limit")

            update_by = _d.get("update_by", UNSET)
            if update_by.__class__ is dict or update_by.__class__ is list:
                raise WrongType("integer", update_by, "update_by")

            update_by_name = _d.get("update_by_name", UNSET)
            if update_by_name.__class__ is dict or update_by_name.__class__ is list:
                raise WrongType("string", update_by_name, "update_by_name")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.auto = auto
            _obj.auto_changed = auto_changed
            _obj.away_mode = away_mode
            _obj.away_status_reason = away_status_reason
            _obj.changes = changes
            _obj.conversation_assignment_limit = conversation_assignment_limit
            _obj.external_id = external_id
            _obj.last_activity_at = last_activity_at
            _obj.new_state = new_state
            _obj.previous_state = previous_state
            _obj.reassign_conversations = reassign_conversations
            _obj.setting_type = setting_type
            _obj.sign_in_method = sign_in_method
            _obj.source = source
            _obj.threshold_minutes = threshold_minutes
            _obj.ticket_assignment_limit = ticket_assignment_limit
            _obj.update_by = update_by
            _obj.update_by_name = update_by_name
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ActivityLogMetadata", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ActivityLogMetadata", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="ActivityLogMetadata", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ActivityLogMetadata", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.activity_log_metadata_changes import ActivityLogMetadataChanges  # noqa: E402
