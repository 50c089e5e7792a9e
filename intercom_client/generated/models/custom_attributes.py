# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, check_int, check_str, one_of, parse_datetime, sent_fields

if TYPE_CHECKING:
    pass


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CustomAttributes(Model):
    """An object containing the different custom attributes associated to the conversation as key-value pairs. For
    relationship attributes the value will be a list of custom object instance models. System-defined attributes such as
    "CX Score rating" and "CX Score explanation" may also be included.

    Example:
        {'CX Score explanation': 'The conversation was resolved quickly and the customer expressed satisfaction with the
            outcome.', 'CX Score rating': 4, 'end_date_timestamp': 1677923174, 'monthly_spend': 155.5, 'paid_subscriber':
            True, 'start_date_iso8601': '2023-03-04T09:46:14Z', 'team_mates': 9}

    Attributes:
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CustomAttributesDict(TypedDict, total=False):
    """:class:`CustomAttributes` written as a dict literal (JSON field names), e.g. as a request body."""

    pass


sent_fields(
    CustomAttributes,
    additional_properties=one_of(check_str, check_int, parse_datetime, ModelRef(models, "CustomObjectInstanceList")),
)
