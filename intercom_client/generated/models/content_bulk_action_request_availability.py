# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Model, Unset, check_bool, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContentBulkActionRequestAvailability(Model):
    """Required when `action` is `set_availability`. Each field is optional — only the
    properties present in the request are toggled.

    Attributes:
        ai_agent (bool | Unset | None): Toggle Fin AI Agent availability.
        copilot (bool | Unset | None): Toggle Copilot availability.
        sales_agent (bool | Unset | None): Toggle Sales Agent availability.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ai_agent: bool | Unset | None = UNSET
    copilot: bool | Unset | None = UNSET
    sales_agent: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class ContentBulkActionRequestAvailabilityDict(TypedDict, total=False):
    """:class:`ContentBulkActionRequestAvailability` written as a dict literal (JSON field names), e.g. as a request body."""

    ai_agent: bool
    copilot: bool
    sales_agent: bool


sent_fields(
    ContentBulkActionRequestAvailability,
    ai_agent=check_bool,
    copilot=check_bool,
    sales_agent=check_bool,
)
