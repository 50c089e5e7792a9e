# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, sent_fields

if TYPE_CHECKING:
    from ..models.office_hours_time_interval import OfficeHoursTimeInterval, OfficeHoursTimeIntervalDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateOfficeHoursScheduleRequest(Model):
    """The request payload for creating an office hours schedule.

    Attributes:
        name (str): The name of the office hours schedule. Example: Standard Support Hours.
        time_intervals (list[OfficeHoursTimeInterval]): The open intervals for the schedule. `start_minute` and
            `end_minute` must be on a 15-minute boundary.
        time_zone_name (str): The IANA time zone the schedule's hours are evaluated in. Example: America/New_York.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    name: str
    time_intervals: list[OfficeHoursTimeInterval]
    time_zone_name: str
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateOfficeHoursScheduleRequestDict(TypedDict, total=False):
    """:class:`CreateOfficeHoursScheduleRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    name: Required[str]
    time_intervals: Required[Sequence[OfficeHoursTimeIntervalDict]]
    time_zone_name: Required[str]


sent_fields(
    CreateOfficeHoursScheduleRequest,
    name=Field(check_str, required=True),
    time_intervals=Field(list_of(ModelRef(models, "OfficeHoursTimeInterval")), required=True),
    time_zone_name=Field(check_str, required=True),
)
