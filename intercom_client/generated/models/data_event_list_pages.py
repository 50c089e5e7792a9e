# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataEventListPages(Model):
    """Pagination

    Attributes:
        next_ (str | Unset | None):  Example: https://api.intercom.io/events?per_page=2&before=1389913941064&intercom_us
            er_id=63a0979a5eeebeaf28dd56ba&type=user".
        since (str | Unset | None):  Example:
            https://api.intercom.io/events?intercom_user_id=63a0979a5eeebeaf28dd56ba&type=user&since=1389913941065.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    next_: str | Unset | None = UNSET
    since: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class DataEventListPagesDict(TypedDict, total=False):
    """:class:`DataEventListPages` written as a dict literal (JSON field names), e.g. as a request body."""

    next: str
    since: str


sent_fields(
    DataEventListPages,
    next_=Field(check_str, json="next"),
    since=check_str,
)
