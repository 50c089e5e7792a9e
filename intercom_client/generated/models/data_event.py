# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.data_event_type import DataEventType
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, check_int, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.data_event_metadata import DataEventMetadata


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataEvent(Model):
    """Data events are used to notify Intercom of changes to your data.

    Attributes:
        created_at (int): The time the event occurred as a UTC Unix timestamp Example: 1671028894.
        event_name (str): The name of the event that occurred. This is presented to your App's admins when filtering and
            creating segments - a good event name is typically a past tense 'verb-noun' combination, to improve readability,
            for example `updated-plan`. Example: invited-friend.
        email (str | Unset | None): An email address for your user. An email should only be used where your application
            uses email to uniquely identify users. Example: frodo.baggins@example.com.
        id (str | Unset | None): Your identifier for a lead or a user. Example: 8a88a590-e1c3-41e2-a502-e0649dbf721c.
        intercom_user_id (str | Unset | None): The Intercom identifier for the user. Example: 63a0979a5eeebeaf28dd56ba.
        metadata (DataEventMetadata | Unset | None): Optional metadata about the event. Example: {'invite_code':
            'ADDAFRIEND'}.
        type_ (DataEventType | Unset | None): The type of the object Example: event.
        user_id (str | Unset | None): Your identifier for the user. Example: 314159.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int
    event_name: str
    email: str | Unset | None = UNSET
    id: str | Unset | None = UNSET
    intercom_user_id: str | Unset | None = UNSET
    metadata: DataEventMetadata | Unset | None = UNSET
    type_: DataEventType | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class DataEventDict(TypedDict, total=False):
    """:class:`DataEvent` written as a dict literal (JSON field names), e.g. as a request body."""

    created_at: Required[int]
    event_name: Required[str]
    email: str
    id: str
    intercom_user_id: str
    metadata: Mapping[str, Any]
    type: DataEventType
    user_id: str


sent_fields(
    DataEvent,
    created_at=Field(check_int, required=True),
    event_name=Field(check_str, required=True),
    email=check_str,
    id=check_str,
    intercom_user_id=check_str,
    metadata=ModelRef(models, "DataEventMetadata"),
    type_=Field(check_str, json="type", const="event"),
    user_id=check_str,
)
