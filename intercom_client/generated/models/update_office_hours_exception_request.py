# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.update_office_hours_exception_request_exception_type import (
    UpdateOfficeHoursExceptionRequestExceptionType,
)
from ..types import (
    UNSET,
    DecodingIssue,
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
class UpdateOfficeHoursExceptionRequest(Model):
    """The request payload for updating an office hours exception. Only the provided fields are updated.

    Attributes:
        exception_date (datetime.date | Unset | None): The date the exception applies to, in `YYYY-MM-DD` format.
            Example: 2026-12-25.
        exception_type (UpdateOfficeHoursExceptionRequestExceptionType | Unset | None): The type of exception. Example:
            custom_hours.
        name (str | Unset | None): An optional name for the exception. Example: Christmas Day (reduced hours).
        recurring_annually (bool | Unset | None): Whether the exception repeats every year on the same date. Example:
            True.
        time_intervals (list[OfficeHoursTimeInterval] | Unset | None): The open intervals for the exception date.
            Required for `custom_hours`; omit for `closed`.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    exception_date: datetime.date | Unset | None = UNSET
    exception_type: UpdateOfficeHoursExceptionRequestExceptionType | Unset | None = UNSET
    name: str | Unset | None = UNSET
    recurring_annually: bool | Unset | None = UNSET
    time_intervals: list[OfficeHoursTimeInterval] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UpdateOfficeHoursExceptionRequestDict(TypedDict, total=False):
    """:class:`UpdateOfficeHoursExceptionRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    exception_date: str
    exception_type: UpdateOfficeHoursExceptionRequestExceptionType
    name: str
    recurring_annually: bool
    time_intervals: Sequence[OfficeHoursTimeIntervalDict] | None


sent_fields(
    UpdateOfficeHoursExceptionRequest,
    exception_date=parse_date,
    exception_type=check_str,
    name=check_str,
    recurring_annually=check_bool,
    time_intervals=list_of(ModelRef(models, "OfficeHoursTimeInterval")),
)
