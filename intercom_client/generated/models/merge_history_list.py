# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.merge_history_list_type import MergeHistoryListType
from ..types import DecodingIssue, Field, Model, ModelRef, check_bool, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.merge_history_item import MergeHistoryItem


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class MergeHistoryList(Model):
    """A paginated list of merge history entries for a contact.

    Attributes:
        data (list[MergeHistoryItem] | None): An array of merge history entries.
        has_more (bool | None): Whether there are more results to fetch. Example: False.
        next_cursor (str | None): A cursor to pass as the `cursor` query parameter to fetch the next page of results.
            Absent when there are no more pages. Example: WyIxNjM0NTY3ODkwIl0.
        type_ (MergeHistoryListType | None): The type of object. Example: list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[MergeHistoryItem] | None = None
    has_more: bool | None = None
    next_cursor: str | None = None
    type_: MergeHistoryListType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    MergeHistoryList,
    data=list_of(ModelRef(models, "MergeHistoryItem")),
    has_more=check_bool,
    next_cursor=check_str,
    type_=Field(check_str, json="type", const="list"),
)
