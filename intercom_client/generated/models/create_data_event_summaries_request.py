# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Model, ModelRef, Unset, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.create_data_event_summaries_request_event_summaries import (
        CreateDataEventSummariesRequestEventSummaries,
        CreateDataEventSummariesRequestEventSummariesDict,
    )


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateDataEventSummariesRequest(Model):
    """You can send a list of event summaries for a user. Each event summary should contain the event name, the time the
    event occurred, and the number of times the event occurred. The event name should be a past tense "verb-noun"
    combination, to improve readability, for example `updated-plan`.

    Attributes:
        event_summaries (CreateDataEventSummariesRequestEventSummaries | Unset | None): A list of event summaries for
            the user. Each event summary should contain the event name, the time the event occurred, and the number of times
            the event occurred. The event name should be a past tense 'verb-noun' combination, to improve readability, for
            example `updated-plan`.
        user_id (str | Unset | None): Your identifier for the user. Example: 314159.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    event_summaries: CreateDataEventSummariesRequestEventSummaries | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateDataEventSummariesRequestDict(TypedDict, total=False):
    """:class:`CreateDataEventSummariesRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    event_summaries: CreateDataEventSummariesRequestEventSummariesDict
    user_id: str


sent_fields(
    CreateDataEventSummariesRequest,
    event_summaries=ModelRef(models, "CreateDataEventSummariesRequestEventSummaries"),
    user_id=check_str,
)
