# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.contact_activity_event_type import ContactActivityEventType
from ..models.contact_activity_type import ContactActivityType
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "contact_id",
        "created_at",
        "event_type",
        "external_id",
        "failure_reason",
        "id",
        "merge_source_id",
        "merge_target_id",
        "role",
        "type",
    }
)


@_attrs_define(kw_only=True)
class ContactActivity:
    """An activity event that occurred for a contact, such as creation, merge, or deletion.

    Attributes:
        contact_id (str | Unset): The unique identifier for the contact the event relates to. Example:
            6329bd9ffe4e2e91dc5d6a1e.
        created_at (int | Unset): The time the activity event occurred, as a Unix timestamp in seconds. Example:
            1717000000.
        event_type (ContactActivityEventType | Unset): The type of activity event. Example: contact.created.
        external_id (None | str | Unset): The external identifier of the contact, if one is set. Example: user-42.
        failure_reason (None | str | Unset): For failed events, the reason the activity did not succeed. Example:
            duplicate_external_id.
        id (str | Unset): The unique identifier for the activity event. Example: 1717000000000.0000a1.
        merge_source_id (None | str | Unset): For merge events, the identifier of the contact that was merged away.
            Example: 5f7f0d217c3f2e001a4e8b12.
        merge_target_id (None | str | Unset): For merge events, the identifier of the contact that was merged into.
            Example: 6329bd9ffe4e2e91dc5d6a1e.
        role (None | str | Unset): The role of the contact at the time of the event, either user, lead, or visitor.
            Example: user.
        type_ (ContactActivityType | Unset): Always contact_activity Example: contact_activity.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    contact_id: str | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    event_type: ContactActivityEventType | None | Unset = UNSET
    external_id: None | str | None | Unset = UNSET
    failure_reason: None | str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    merge_source_id: None | str | None | Unset = UNSET
    merge_target_id: None | str | None | Unset = UNSET
    role: None | str | None | Unset = UNSET
    type_: ContactActivityType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "contact_activity"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.contact_id
        if _v is not UNSET:
            _d["contact_id"] = _v
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.event_type
        if _v is not UNSET:
            _d["event_type"] = _v
        _v = self.external_id
        if _v is not UNSET:
            _d["external_id"] = None if _v is None else to_jsonable(_v)
        _v = self.failure_reason
        if _v is not UNSET:
            _d["failure_reason"] = None if _v is None else to_jsonable(_v)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.merge_source_id
        if _v is not UNSET:
            _d["merge_source_id"] = None if _v is None else to_jsonable(_v)
        _v = self.merge_target_id
        if _v is not UNSET:
            _d["merge_target_id"] = None if _v is None else to_jsonable(_v)
        _v = self.role
        if _v is not UNSET:
            _d["role"] = None if _v is None else to_jsonable(_v)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ContactActivity")
            _d = dict(_d)
        _f = ""
        try:
            contact_id = _d.get("contact_id", UNSET)
            if contact_id.__class__ is dict or contact_id.__class__ is list:
                raise WrongType("string", contact_id, "contact_id")

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            event_type = _d.get("event_type", UNSET)
            if event_type.__class__ is dict or event_type.__class__ is list:
                raise WrongType("string", event_type, "event_type")

            external_id = _d.get("external_id", UNSET)
            if external_id.__class__ is dict or external_id.__class__ is list:
                raise WrongType("string", external_id, "external_id")

            failure_reason = _d.get("failure_reason", UNSET)
            if failure_reason.__class__ is dict or failure_reason.__class__ is list:
                raise WrongType("string", failure_reason, "failure_reason")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            merge_source_id = _d.get("merge_source_id", UNSET)
            if merge_source_id.__class__ is dict or merge_source_id.__class__ is list:
                raise WrongType("string", merge_source_id, "merge_source_id")

            merge_target_id = _d.get("merge_target_id", UNSET)
            if merge_target_id.__class__ is dict or merge_target_id.__class__ is list:
                raise WrongType("string", merge_target_id, "merge_target_id")

            role = _d.get("role", UNSET)
            if role.__class__ is dict or role.__class__ is list:
                raise WrongType("string", role, "role")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.contact_id = contact_id
            _obj.created_at = created_at
            _obj.event_type = event_type
            _obj.external_id = external_id
            _obj.failure_reason = failure_reason
            _obj.id = id
            _obj.merge_source_id = merge_source_id
            _obj.merge_target_id = merge_target_id
            _obj.role = role
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ContactActivity", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ContactActivity", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="ContactActivity", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ContactActivity", path=(_f,) if _f else ()) from None
        return _obj
