# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ErrorErrorsItem(Model):
    """
    Attributes:
        code (str): A string indicating the kind of error, used to further qualify the HTTP response code Example:
            unauthorized.
        field (str | Unset | None): Optional. Used to identify a particular field or query parameter that was in error.
            Example: email.
        message (str | Unset | None): Optional. Human readable description of the error. Example: Access Token Invalid.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    code: str
    field: str | Unset | None = UNSET
    message: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class ErrorErrorsItemDict(TypedDict, total=False):
    """:class:`ErrorErrorsItem` written as a dict literal (JSON field names), e.g. as a request body."""

    code: Required[str]
    field: str | None
    message: str | None


sent_fields(
    ErrorErrorsItem,
    code=Field(check_str, required=True),
    field=check_str,
    message=check_str,
)
