# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.data_event_summary_type import DataEventSummaryType
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.data_event_summary_item import DataEventSummaryItem


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataEventSummary(Model):
    """This will return a summary of data events for the App.

    Attributes:
        email (str | None): The email address of the user Example: Sam.Sung@example.com.
        events (list[DataEventSummaryItem] | None): A summary of data events
        intercom_user_id (str | None): The Intercom user ID of the user Example: 63a0979a5eeebeaf28dd56ba.
        type_ (DataEventSummaryType | None): The type of the object Example: event.summary.
        user_id (str | None): The user ID of the user Example: 62b997f288e14803c5006932.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    email: str | None = None
    events: list[DataEventSummaryItem] | None = None
    intercom_user_id: str | None = None
    type_: DataEventSummaryType | None = None
    user_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    DataEventSummary,
    email=check_str,
    events=list_of(ModelRef(models, "DataEventSummaryItem")),
    intercom_user_id=check_str,
    type_=Field(check_str, json="type", const="event.summary"),
    user_id=check_str,
)
