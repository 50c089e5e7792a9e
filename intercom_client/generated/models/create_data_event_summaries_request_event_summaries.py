# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Model, Unset, check_int, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateDataEventSummariesRequestEventSummaries(Model):
    """A list of event summaries for the user. Each event summary should contain the event name, the time the event
    occurred, and the number of times the event occurred. The event name should be a past tense 'verb-noun' combination,
    to improve readability, for example `updated-plan`.

    Attributes:
        count (int | Unset | None): The number of times the event occurred. Example: 1.
        event_name (str | Unset | None): The name of the event that occurred. A good event name is typically a past
            tense 'verb-noun' combination, to improve readability, for example `updated-plan`. Example: invited-friend.
        first (int | Unset | None): The first time the event was sent Example: 1671028894.
        last (int | Unset | None): The last time the event was sent Example: 1671028894.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    count: int | Unset | None = UNSET
    event_name: str | Unset | None = UNSET
    first: int | Unset | None = UNSET
    last: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateDataEventSummariesRequestEventSummariesDict(TypedDict, total=False):
    """:class:`CreateDataEventSummariesRequestEventSummaries` written as a dict literal (JSON field names), e.g. as a request body."""

    count: int
    event_name: str
    first: int
    last: int


sent_fields(
    CreateDataEventSummariesRequestEventSummaries,
    count=check_int,
    event_name=check_str,
    first=check_int,
    last=check_int,
)
