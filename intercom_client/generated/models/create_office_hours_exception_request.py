# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.create_office_hours_exception_request_exception_type import (
    CreateOfficeHoursExceptionRequestExceptionType,
)
from ..types import (
    UNSET,
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    Unset,
    check_bool,
    check_str,
    list_of,
    parse_date,
    sent_fields,
)

if TYPE_CHECKING:
    from ..models.office_hours_time_interval import OfficeHoursTimeInterval, OfficeHoursTimeIntervalDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateOfficeHoursExceptionRequest(Model):
    """The request payload for creating an office hours exception. Omit `time_intervals` when `exception_type` is `closed`.

    Attributes:
        exception_date (datetime.date): The date the exception applies to, in `YYYY-MM-DD` format. Example: 2026-12-25.
        exception_type (CreateOfficeHoursExceptionRequestExceptionType): The type of exception. Example: closed.
        name (str | Unset | None): An optional name for the exception. Example: Christmas Day.
        recurring_annually (bool | Unset | None): Whether the exception repeats every year on the same date. Example:
            True.
        time_intervals (list[OfficeHoursTimeInterval] | Unset | None): The open intervals for the exception date.
            Required for `custom_hours`; omit for `closed`.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    exception_date: datetime.date
    exception_type: CreateOfficeHoursExceptionRequestExceptionType
    name: str | Unset | None = UNSET
    recurring_annually: bool | Unset | None = UNSET
    time_intervals: list[OfficeHoursTimeInterval] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateOfficeHoursExceptionRequestDict(TypedDict, total=False):
    """:class:`CreateOfficeHoursExceptionRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    exception_date: Required[str]
    exception_type: Required[CreateOfficeHoursExceptionRequestExceptionType]
    name: str
    recurring_annually: bool
    time_intervals: Sequence[OfficeHoursTimeIntervalDict] | None


sent_fields(
    CreateOfficeHoursExceptionRequest,
    exception_date=Field(parse_date, required=True),
    exception_type=Field(check_str, required=True),
    name=check_str,
    recurring_annually=check_bool,
    time_intervals=list_of(ModelRef(models, "OfficeHoursTimeInterval")),
)
