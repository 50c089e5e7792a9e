# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class BannerActionReactionSetItem(Model):
    """
    Attributes:
        index (int | None): The reaction's position in the set. Example: 0.
        unicode_emoticon (str | None): The reaction's unicode emoji. Example: 👍.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    index: int | None = None
    unicode_emoticon: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    BannerActionReactionSetItem,
    index=check_int,
    unicode_emoticon=check_str,
)
