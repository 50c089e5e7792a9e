# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Model, ModelRef, Unset, check_int, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.create_data_event_request_metadata import CreateDataEventRequestMetadata


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateDataEventRequest(Model):
    """
    Attributes:
        created_at (int | Unset | None): The time the event occurred as a UTC Unix timestamp Example: 1671028894.
        email (str | Unset | None): An email address for your user. An email should only be used where your application
            uses email to uniquely identify users. Example: frodo.baggins@example.com.
        event_name (str | Unset | None): The name of the event that occurred. This is presented to your App's admins
            when filtering and creating segments - a good event name is typically a past tense 'verb-noun' combination, to
            improve readability, for example `updated-plan`. Example: invited-friend.
        id (str | Unset | None): The unique identifier for the contact (lead or user) which is given by Intercom.
            Example: 8a88a590-e1c3-41e2-a502-e0649dbf721c.
        metadata (CreateDataEventRequestMetadata | Unset | None): Optional metadata about the event. Example:
            {'invite_code': 'ADDAFRIEND'}.
        user_id (str | Unset | None): Your identifier for the user. Example: 314159.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int | Unset | None = UNSET
    email: str | Unset | None = UNSET
    event_name: str | Unset | None = UNSET
    id: str | Unset | None = UNSET
    metadata: CreateDataEventRequestMetadata | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateDataEventRequestDict(TypedDict, total=False):
    """:class:`CreateDataEventRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    created_at: int
    email: str
    event_name: str
    id: str
    metadata: Mapping[str, Any]
    user_id: str


sent_fields(
    CreateDataEventRequest,
    created_at=check_int,
    email=check_str,
    event_name=check_str,
    id=check_str,
    metadata=ModelRef(models, "CreateDataEventRequestMetadata"),
    user_id=check_str,
)
