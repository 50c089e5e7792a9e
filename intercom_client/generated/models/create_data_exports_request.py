# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_int, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateDataExportsRequest(Model):
    """Request for creating a data export

    Attributes:
        created_at_after (int): The start date that you request data for. It must be formatted as a unix timestamp.
            Example: 1527811200.
        created_at_before (int): The end date that you request data for. It must be formatted as a unix timestamp.
            Example: 1527811200.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at_after: int
    created_at_before: int
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateDataExportsRequestDict(TypedDict, total=False):
    """:class:`CreateDataExportsRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    created_at_after: Required[int]
    created_at_before: Required[int]


sent_fields(
    CreateDataExportsRequest,
    created_at_after=Field(check_int, required=True),
    created_at_before=Field(check_int, required=True),
)
