# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.multiple_filter_search_request_operator import (
    MultipleFilterSearchRequestOperator,
)
from ..types import UNSET, DecodingIssue, Model, ModelRef, Unset, check_str, list_of, one_of, sent_fields

if TYPE_CHECKING:
    from ..models.single_filter_search_request import SingleFilterSearchRequest
    from ..types import SearchQueryDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class MultipleFilterSearchRequest(Model):
    """Search using Intercoms Search APIs with more than one filter.

    Attributes:
        operator (MultipleFilterSearchRequestOperator | Unset | None): An operator to allow boolean inspection between
            multiple fields. Example: AND.
        value (list[MultipleFilterSearchRequest] | list[SingleFilterSearchRequest] | Unset | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    operator: MultipleFilterSearchRequestOperator | Unset | None = UNSET
    value: list[MultipleFilterSearchRequest] | list[SingleFilterSearchRequest] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class MultipleFilterSearchRequestDict(TypedDict, total=False):
    """:class:`MultipleFilterSearchRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    operator: MultipleFilterSearchRequestOperator
    value: Sequence[SearchQueryDict]


sent_fields(
    MultipleFilterSearchRequest,
    operator=check_str,
    value=one_of(
        list_of(ModelRef(models, "MultipleFilterSearchRequest")), list_of(ModelRef(models, "SingleFilterSearchRequest"))
    ),
)
