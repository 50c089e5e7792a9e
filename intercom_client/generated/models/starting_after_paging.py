# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Model, Unset, check_int, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class StartingAfterPaging(Model):
    """
    Attributes:
        per_page (int | Unset | None): The number of results to fetch per page. Example: 2.
        starting_after (str | Unset | None): The cursor to use in the next request to get the next page of results.
            Example: your-cursor-from-response.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    per_page: int | Unset | None = UNSET
    starting_after: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class StartingAfterPagingDict(TypedDict, total=False):
    """:class:`StartingAfterPaging` written as a dict literal (JSON field names), e.g. as a request body."""

    per_page: int
    starting_after: str | None


sent_fields(
    StartingAfterPaging,
    per_page=check_int,
    starting_after=check_str,
)
