# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Model, Unset, check_scalar_list, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class EcommerceCatalogProductAvailableOptionsItem(Model):
    """
    Attributes:
        name (str | Unset | None): Option name (e.g. "Size"). Example: Size.
        values (list[str] | Unset | None): All available values for this option. Example: ['Small', 'Medium', 'Large'].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    name: str | Unset | None = UNSET
    values: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class EcommerceCatalogProductAvailableOptionsItemDict(TypedDict, total=False):
    """:class:`EcommerceCatalogProductAvailableOptionsItem` written as a dict literal (JSON field names), e.g. as a request body."""

    name: str
    values: Sequence[str]


sent_fields(
    EcommerceCatalogProductAvailableOptionsItem,
    name=check_str,
    values=check_scalar_list,
)
