# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.data_event_type import DataEventType
from ..types import (
    UNSET,
    Unset,
    WrongType,
)

if TYPE_CHECKING:
    from ..models.data_event_metadata import DataEventMetadata


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "created_at",
        "event_name",
        "email",
        "id",
        "intercom_user_id",
        "metadata",
        "type",
        "user_id",
    }
)


@_attrs_define(kw_only=True)
class DataEvent:
    """Data events are used to notify Intercom of changes to your data.

    Attributes:
        created_at (int): The time the event occurred as a UTC Unix timestamp Example: 1671028894.
        event_name (str): The name of the event that occurred. This is presented to your App's admins when filtering and
            creating segments - a good event name is typically a past tense 'verb-noun' combination, to improve readability,
            for example `updated-plan`. Example: invited-friend.
        email (str | Unset): An email address for your user. An email should only be used where your application uses
            email to uniquely identify users. Example: frodo.baggins@example.com.
        id (str | Unset): Your identifier for a lead or a user. Example: 8a88a590-e1c3-41e2-a502-e0649dbf721c.
        intercom_user_id (str | Unset): The Intercom identifier for the user. Example: 63a0979a5eeebeaf28dd56ba.
        metadata (DataEventMetadata | Unset): Optional metadata about the event. Example: {'invite_code': 'ADDAFRIEND'}.
        type_ (DataEventType | Unset): The type of the object Example: event.
        user_id (str | Unset): Your identifier for the user. Example: 314159.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int | None
    event_name: str | None
    email: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    intercom_user_id: str | None | Unset = UNSET
    metadata: DataEventMetadata | None | Unset = UNSET
    type_: DataEventType | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "event"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.event_name
        if _v is not UNSET:
            _d["event_name"] = _v
        _v = self.email
        if _v is not UNSET:
            _d["email"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.intercom_user_id
        if _v is not UNSET:
            _d["intercom_user_id"] = _v
        _v = self.metadata
        if _v is not UNSET:
            _d["metadata"] = None if _v is None else _v.to_dict()
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.user_id
        if _v is not UNSET:
            _d["user_id"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="DataEvent")
            _d = dict(_d)
        _f = ""
        try:
            created_at = _d["created_at"]
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            event_name = _d["event_name"]
            if event_name.__class__ is dict or event_name.__class__ is list:
                raise WrongType("string", event_name, "event_name")

            email = _d.get("email", UNSET)
            if email.__class__ is dict or email.__class__ is list:
                raise WrongType("string", email, "email")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            intercom_user_id = _d.get("intercom_user_id", UNSET)
            if intercom_user_id.__class__ is dict or intercom_user_id.__class__ is list:
                raise WrongType("string", intercom_user_id, "intercom_user_id")

            metadata = _d.get("metadata", UNSET)
            if metadata is not None and metadata is not UNSET:
                _f = "metadata"
                metadata = DataEventMetadata.from_dict(metadata)

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            user_id = _d.get("user_id", UNSET)
            if user_id.__class__ is dict or user_id.__class__ is list:
                raise WrongType("string", user_id, "user_id")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.created_at = created_at
            _obj.event_name = event_name
            _obj.email = email
            _obj.id = id
            _obj.intercom_user_id = intercom_user_id
            _obj.metadata = metadata
            _obj.type_ = type_
            _obj.user_id = user_id
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="DataEvent", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("DataEvent", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="DataEvent", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="DataEvent", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.data_event_metadata import DataEventMetadata  # noqa: E402
