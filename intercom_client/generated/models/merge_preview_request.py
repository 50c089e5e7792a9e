# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_bool, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class MergePreviewRequest(Model):
    """Preview a contact merge.

    Attributes:
        from_ (str): The unique identifier for the contact to merge away from. Must be a lead. Example:
            6762f0d51bb69f9f2193bb7f.
        into (str): The unique identifier for the contact to merge into. Must be a user. Example:
            6762f0d51bb69f9f2193bb80.
        skip_duplicate_validation (bool | Unset | None): When true, previews the merge even if the contacts don't share
            a common identifier. Defaults to false. Default: False.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    from_: str
    into: str
    skip_duplicate_validation: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


MergePreviewRequestDict = TypedDict(
    "MergePreviewRequestDict",
    {
        "from": "Required[str]",
        "into": "Required[str]",
        "skip_duplicate_validation": "bool",
    },
    total=False,
)
"""`MergePreviewRequest` written as a dict literal (JSON field names), e.g. as a request body."""
sent_fields(
    MergePreviewRequest,
    from_=Field(check_str, json="from", required=True),
    into=Field(check_str, required=True),
    skip_duplicate_validation=check_bool,
)
