# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_int, check_scalar_list, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SearchActivityLogsBody(Model):
    """
    Attributes:
        created_at_after (int): The start date that you request data for. It must be formatted as a UNIX timestamp.
            Example: 1677253093.
        created_at_before (int | Unset | None): The end date that you request data for. It must be formatted as a UNIX
            timestamp. Example: 1677861493.
        event_types (list[str] | Unset | None): An optional list of event types to filter activity logs by. Use the list
            all activity log event types endpoint to retrieve available values. Example: ['app_name_change',
            'message_state_change'].
        page (int | Unset | None): The page number of results to return. Default: 1. Example: 1.
        per_page (int | Unset | None): The number of results per page. Must be between 1 and 250. Default: 20. Example:
            20.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at_after: int
    created_at_before: int | Unset | None = UNSET
    event_types: list[str] | Unset | None = UNSET
    page: int | Unset | None = UNSET
    per_page: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class SearchActivityLogsBodyDict(TypedDict, total=False):
    """:class:`SearchActivityLogsBody` written as a dict literal (JSON field names), e.g. as a request body."""

    created_at_after: Required[int]
    created_at_before: int
    event_types: Sequence[str]
    page: int
    per_page: int


sent_fields(
    SearchActivityLogsBody,
    created_at_after=Field(check_int, required=True),
    created_at_before=check_int,
    event_types=check_scalar_list,
    page=check_int,
    per_page=check_int,
)
