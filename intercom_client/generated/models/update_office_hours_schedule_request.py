# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Model, ModelRef, Unset, check_str, list_of, sent_fields

if TYPE_CHECKING:
    from ..models.office_hours_time_interval import OfficeHoursTimeInterval, OfficeHoursTimeIntervalDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateOfficeHoursScheduleRequest(Model):
    """The request payload for updating an office hours schedule. Only the provided fields are updated.

    Attributes:
        name (str | Unset | None): The name of the office hours schedule. Example: Extended Support Hours.
        time_intervals (list[OfficeHoursTimeInterval] | Unset | None): The open intervals for the schedule.
            `start_minute` and `end_minute` must be on a 15-minute boundary.
        time_zone_name (str | Unset | None): The IANA time zone the schedule's hours are evaluated in. Example:
            America/New_York.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    name: str | Unset | None = UNSET
    time_intervals: list[OfficeHoursTimeInterval] | Unset | None = UNSET
    time_zone_name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UpdateOfficeHoursScheduleRequestDict(TypedDict, total=False):
    """:class:`UpdateOfficeHoursScheduleRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    name: str
    time_intervals: Sequence[OfficeHoursTimeIntervalDict]
    time_zone_name: str


sent_fields(
    UpdateOfficeHoursScheduleRequest,
    name=check_str,
    time_intervals=list_of(ModelRef(models, "OfficeHoursTimeInterval")),
    time_zone_name=check_str,
)
