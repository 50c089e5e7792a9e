# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_scalar_list, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ActivityLogEventTypeList(Model):
    """A list of all activity log event types.

    Attributes:
        event_types (list[str] | None): An array of activity log event type strings. Example: ['admin_login_success',
            'admin_logout', 'app_name_change'].
        type_ (str | None): String representing the object's type. Always has the value `activity_log_event_type.list`.
            Example: activity_log_event_type.list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    event_types: list[str] | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ActivityLogEventTypeList,
    event_types=check_scalar_list,
    type_=Field(check_str, json="type"),
)
