# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.data_event_list_type import DataEventListType
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, check_str, list_of, sent_fields

if TYPE_CHECKING:
    from ..models.data_event import DataEvent, DataEventDict
    from ..models.data_event_list_pages import DataEventListPages, DataEventListPagesDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataEventList(Model):
    """This will return a list of data events for the App.

    Attributes:
        events (list[DataEvent] | Unset | None): A list of data events
        pages (DataEventListPages | Unset | None): Pagination
        type_ (DataEventListType | Unset | None): The type of the object Example: event.list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    events: list[DataEvent] | Unset | None = UNSET
    pages: DataEventListPages | Unset | None = UNSET
    type_: DataEventListType | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class DataEventListDict(TypedDict, total=False):
    """:class:`DataEventList` written as a dict literal (JSON field names), e.g. as a request body."""

    events: Sequence[DataEventDict]
    pages: DataEventListPagesDict
    type: DataEventListType


sent_fields(
    DataEventList,
    events=list_of(ModelRef(models, "DataEvent")),
    pages=ModelRef(models, "DataEventListPages"),
    type_=Field(check_str, json="type", const="event.list"),
)
