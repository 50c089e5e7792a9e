# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ActivityLogPerformedBy(Model):
    """Details about the Admin involved in the activity.

    Attributes:
        email (str | None): The email of the admin. Example: john@example.com.
        id (str | None): The id representing the admin. Example: 1295.
        ip (str | None): The IP address of the admin. Example: 198.51.100.255.
        type_ (str | None): String representing the object's type. Always has the value `admin`. Example: admin.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    email: str | None = None
    id: str | None = None
    ip: str | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ActivityLogPerformedBy,
    email=check_str,
    id=check_str,
    ip=check_str,
    type_=Field(check_str, json="type"),
)
