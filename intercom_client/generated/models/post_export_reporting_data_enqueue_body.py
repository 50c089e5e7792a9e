# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_int, check_scalar_list, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class PostExportReportingDataEnqueueBody(Model):
    """
    Attributes:
        attribute_ids (list[str]): List of attribute identifiers to include in the export. Requires qualified_id format
            (e.g., "people.Brand", "standard.conversation_id"). Use the qualified_id returned from the get_datasets
            response. Example: ['conversation_id', 'conversation_started_at'].
        dataset_id (str):  Example: conversation.
        end_time (int):  Example: 1717510000.
        start_time (int):  Example: 1717490000.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attribute_ids: list[str]
    dataset_id: str
    end_time: int
    start_time: int
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class PostExportReportingDataEnqueueBodyDict(TypedDict, total=False):
    """:class:`PostExportReportingDataEnqueueBody` written as a dict literal (JSON field names), e.g. as a request body."""

    attribute_ids: Required[Sequence[str]]
    dataset_id: Required[str]
    end_time: Required[int]
    start_time: Required[int]


sent_fields(
    PostExportReportingDataEnqueueBody,
    attribute_ids=Field(check_scalar_list, required=True),
    dataset_id=Field(check_str, required=True),
    end_time=Field(check_int, required=True),
    start_time=Field(check_int, required=True),
)
