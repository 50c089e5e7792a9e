# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataEventSummaryItem(Model):
    """This will return a summary of a data event for the App.

    Attributes:
        count (int | None): The number of times the event was sent Example: 1.
        description (str | None): The description of the event Example: A user placed an order.
        first (str | None): The first time the event was sent Example: 2014-01-16T23:12:21.000+00:00.
        last (str | None): The last time the event was sent Example: 2014-01-16T23:12:21.000+00:00 .
        name (str | None): The name of the event Example: placed-order.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    count: int | None = None
    description: str | None = None
    first: str | None = None
    last: str | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    DataEventSummaryItem,
    count=check_int,
    description=check_str,
    first=check_str,
    last=check_str,
    name=check_str,
)
