# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.segment_list_type import SegmentListType
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.segment import Segment
    from ..models.segment_list_pages import SegmentListPages


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SegmentList(Model):
    """This will return a list of Segment Objects. The result may also have a pages object if the response is paginated.

    Attributes:
        pages (SegmentListPages | None): A pagination object, which may be empty, indicating no further pages to fetch.
        segments (list[Segment] | None): A list of Segment objects
        type_ (SegmentListType | None): The type of the object Example: segment.list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    pages: SegmentListPages | None = None
    segments: list[Segment] | None = None
    type_: SegmentListType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    SegmentList,
    pages=ModelRef(models, "SegmentListPages"),
    segments=list_of(ModelRef(models, "Segment")),
    type_=Field(check_str, json="type", const="segment.list"),
)
