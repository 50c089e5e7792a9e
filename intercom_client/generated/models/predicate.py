# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Predicate(Model):
    """A condition used to filter contacts in an audience.

    Attributes:
        attribute (str | Unset | None): The attribute to filter on. Example: company.name.
        comparison (str | Unset | None): The comparison operator. Example: contains.
        type_ (str | Unset | None): The type of the attribute. Example: string.
        value (str | Unset | None): The value to compare against. Example: Acme.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attribute: str | Unset | None = UNSET
    comparison: str | Unset | None = UNSET
    type_: str | Unset | None = UNSET
    value: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class PredicateDict(TypedDict, total=False):
    """:class:`Predicate` written as a dict literal (JSON field names), e.g. as a request body."""

    attribute: str
    comparison: str
    type: str
    value: str


sent_fields(
    Predicate,
    attribute=check_str,
    comparison=check_str,
    type_=Field(check_str, json="type"),
    value=check_str,
)
