# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.office_hours_exception_exception_type import (
    OfficeHoursExceptionExceptionType,
)
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_bool,
    check_int,
    check_str,
    list_of,
    parse_date,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.office_hours_time_interval import OfficeHoursTimeInterval


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class OfficeHoursException(Model):
    """An exception overrides a schedule's regular hours on a specific date, such as a public holiday.

    Attributes:
        id (str): The unique identifier for the office hours exception. Example: 456.
        type_ (str): The type of the object - always `office_hours_exception`. Example: office_hours_exception.
        created_at (int | None): The time the exception was created as a Unix timestamp. Example: 1717200000.
        exception_date (datetime.date | None): The date the exception applies to, in `YYYY-MM-DD` format. Example:
            2026-12-25.
        exception_type (OfficeHoursExceptionExceptionType | None): `closed` means the workspace is closed all day;
            `custom_hours` replaces the regular hours with `time_intervals`. Example: closed.
        name (str | None): An optional name for the exception. Example: Christmas Day.
        office_hours_schedule_id (str | None): The unique identifier for the schedule this exception belongs to.
            Example: 123.
        recurring_annually (bool | None): Whether the exception repeats every year on the same date. Example: True.
        time_intervals (list[OfficeHoursTimeInterval] | None): The open intervals for the exception date. `null` when
            `exception_type` is `closed`.
        updated_at (int | None): The time the exception was last updated as a Unix timestamp. Example: 1717200000.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    created_at: int | None = None
    exception_date: datetime.date | None = None
    exception_type: OfficeHoursExceptionExceptionType | None = None
    name: str | None = None
    office_hours_schedule_id: str | None = None
    recurring_annually: bool | None = None
    time_intervals: list[OfficeHoursTimeInterval] | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    OfficeHoursException,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    created_at=check_int,
    exception_date=parse_date,
    exception_type=check_str,
    name=check_str,
    office_hours_schedule_id=check_str,
    recurring_annually=check_bool,
    time_intervals=list_of(ModelRef(models, "OfficeHoursTimeInterval")),
    updated_at=check_int,
)
