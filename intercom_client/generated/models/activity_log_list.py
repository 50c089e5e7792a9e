# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.activity_log import ActivityLog
    from ..models.cursor_pages import CursorPages


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ActivityLogList(Model):
    """A paginated list of activity logs.

    Attributes:
        activity_logs (list[ActivityLog] | None): An array of activity logs
        pages (CursorPages | None):
        type_ (str | None): String representing the object's type. Always has the value `activity_log.list`. Example:
            activity_log.list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    activity_logs: list[ActivityLog] | None = None
    pages: CursorPages | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ActivityLogList,
    activity_logs=list_of(ModelRef(models, "ActivityLog")),
    pages=ModelRef(models, "CursorPages"),
    type_=Field(check_str, json="type"),
)
