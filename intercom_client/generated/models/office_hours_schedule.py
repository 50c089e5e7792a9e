# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_bool,
    check_int,
    check_str,
    list_of,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.office_hours_time_interval import OfficeHoursTimeInterval


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class OfficeHoursSchedule(Model):
    """An office hours schedule defines the recurring weekly hours during which the workspace is open.

    Attributes:
        id (str): The unique identifier for the office hours schedule. Example: 123.
        type_ (str): The type of the object - always `office_hours_schedule`. Example: office_hours_schedule.
        created_at (int | None): The time the schedule was created as a Unix timestamp. Example: 1717200000.
        name (str | None): The name of the office hours schedule. Example: Standard Support Hours.
        time_intervals (list[OfficeHoursTimeInterval] | None): The open intervals that make up the weekly schedule.
        time_zone_name (str | None): The IANA time zone the schedule's hours are evaluated in. Example:
            America/New_York.
        twenty_four_seven (bool | None): Whether the schedule is open 24/7. Example: False.
        updated_at (int | None): The time the schedule was last updated as a Unix timestamp. Example: 1717200000.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    created_at: int | None = None
    name: str | None = None
    time_intervals: list[OfficeHoursTimeInterval] | None = None
    time_zone_name: str | None = None
    twenty_four_seven: bool | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    OfficeHoursSchedule,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    created_at=check_int,
    name=check_str,
    time_intervals=list_of(ModelRef(models, "OfficeHoursTimeInterval")),
    time_zone_name=check_str,
    twenty_four_seven=check_bool,
    updated_at=check_int,
)
