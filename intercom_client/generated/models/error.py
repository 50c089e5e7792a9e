# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, check_str, list_of, parse_uuid, sent_fields

if TYPE_CHECKING:
    from ..models.error_errors_item import ErrorErrorsItem, ErrorErrorsItemDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Error(Model):
    """The API will return an Error List for a failed request, which will contain one or more Error objects.

    Attributes:
        errors (list[ErrorErrorsItem]): An array of one or more error objects
        type_ (str): The type is error.list Example: error.list.
        request_id (UUID | Unset | None):  Example: f93ecfa8-d08a-4325-8694-89aeb89c8f85.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    errors: list[ErrorErrorsItem]
    type_: str
    request_id: UUID | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class ErrorDict(TypedDict, total=False):
    """:class:`Error` written as a dict literal (JSON field names), e.g. as a request body."""

    errors: Required[Sequence[ErrorErrorsItemDict]]
    type: Required[str]
    request_id: UUID | None


sent_fields(
    Error,
    errors=Field(list_of(ModelRef(models, "ErrorErrorsItem")), required=True),
    type_=Field(check_str, json="type", required=True),
    request_id=parse_uuid,
)
