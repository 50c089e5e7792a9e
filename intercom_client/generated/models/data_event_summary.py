# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.data_event_summary_type import DataEventSummaryType
from ..types import (
    UNSET,
    Unset,
    WrongType,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.data_event_summary_item import DataEventSummaryItem


def _decode_events(data: Any) -> list[DataEventSummaryItem | None]:
    return decode_list(data, DataEventSummaryItem.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "email",
        "events",
        "intercom_user_id",
        "type",
        "user_id",
    }
)


@_attrs_define(kw_only=True)
class DataEventSummary:
    """This will return a summary of data events for the App.

    Attributes:
        email (str | Unset): The email address of the user Example: Sam.Sung@example.com.
        events (list[DataEventSummaryItem | None] | Unset): A summary of data events
        intercom_user_id (str | Unset): The Intercom user ID of the user Example: 63a0979a5eeebeaf28dd56ba.
        type_ (DataEventSummaryType | Unset): The type of the object Example: event.summary.
        user_id (str | Unset): The user ID of the user Example: 62b997f288e14803c5006932.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    email: str | None | Unset = UNSET
    events: list[DataEventSummaryItem | None] | None | Unset = UNSET
    intercom_user_id: str | None | Unset = UNSET
    type_: DataEventSummaryType | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "event.summary"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.email
        if _v is not UNSET:
            _d["email"] = _v
        _v = self.events
        if _v is not UNSET:
            _d["events"] = None if _v is None else to_jsonable(_v)
        _v = self.intercom_user_id
        if _v is not UNSET:
            _d["intercom_user_id"] = _v
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
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="DataEventSummary")
            _d = dict(_d)
        _f = ""
        try:
            email = _d.get("email", UNSET)
            if email.__class__ is dict or email.__class__ is list:
                raise WrongType("string", email, "email")

            events = _d.get("events", UNSET)
            if events is not None and events is not UNSET:
                _f = "events"
                events = _decode_events(events)

            intercom_user_id = _d.get("intercom_user_id", UNSET)
            if intercom_user_id.__class__ is dict or intercom_user_id.__class__ is list:
                raise WrongType("string", intercom_user_id, "intercom_user_id")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            user_id = _d.get("user_id", UNSET)
            if user_id.__class__ is dict or user_id.__class__ is list:
                raise WrongType("string", user_id, "user_id")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.email = email
            _obj.events = events
            _obj.intercom_user_id = intercom_user_id
            _obj.type_ = type_
            _obj.user_id = user_id
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="DataEventSummary", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("DataEventSummary", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="DataEventSummary", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="DataEventSummary", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.data_event_summary_item import DataEventSummaryItem  # noqa: E402
