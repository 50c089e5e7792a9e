# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_person_type import SegmentPersonType
from ..models.segment_type import SegmentType
from ..types import DecodingIssue, Field, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Segment(Model):
    """A segment is a group of your contacts defined by the rules that you set.

    Attributes:
        id (str): The unique identifier representing the segment. Example: 56203d253cba154d39010062.
        type_ (SegmentType): The type of object. Example: segment.
        count (int | None): The number of items in the user segment. It's returned when `include_count=true` is included
            in the request. Example: 3.
        created_at (int | None): The time the segment was created. Example: 1394621988.
        name (str | None): The name of the segment. Example: Active.
        person_type (SegmentPersonType | None): Type of the contact: contact (lead) or user. Example: contact.
        updated_at (int | None): The time the segment was updated. Example: 1394622004.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: SegmentType
    count: int | None = None
    created_at: int | None = None
    name: str | None = None
    person_type: SegmentPersonType | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    Segment,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="segment"),
    count=check_int,
    created_at=check_int,
    name=check_str,
    person_type=check_str,
    updated_at=check_int,
)
