# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Model, Unset, check_int, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class OfficeHoursTimeInterval(Model):
    """A single open interval. For schedules, `start_minute` and `end_minute` are minute offsets from the start of the week
    (Monday 00:00 = 0), in the range 0 to 10080. For exceptions, they are minute offsets from midnight on
    `exception_date`, in the range 0 to 1440.

    Attributes:
        day_of_week (int | Unset | None): Derived day of the week the interval falls on (0 = Monday … 6 = Sunday). For
            exceptions, this is derived from `exception_date`. Example: 0.
        end_minute (int | Unset | None): Minute the interval ends. For schedules, offset from the start of the week
            (Monday 00:00 = 0); for exceptions, offset from midnight on `exception_date`. Example: 1020.
        start_minute (int | Unset | None): Minute the interval starts. For schedules, offset from the start of the week
            (Monday 00:00 = 0); for exceptions, offset from midnight on `exception_date`. Example: 540.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    day_of_week: int | Unset | None = UNSET
    end_minute: int | Unset | None = UNSET
    start_minute: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class OfficeHoursTimeIntervalDict(TypedDict, total=False):
    """:class:`OfficeHoursTimeInterval` written as a dict literal (JSON field names), e.g. as a request body."""

    day_of_week: int
    end_minute: int
    start_minute: int


sent_fields(
    OfficeHoursTimeInterval,
    day_of_week=check_int,
    end_minute=check_int,
    start_minute=check_int,
)
