# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Model, Unset, check_bool, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateDataAttributeRequestOtherType(Model):
    """
    Attributes:
        archived (bool | Unset | None): Whether the attribute is to be archived or not. Example: False.
        description (str | Unset | None): The readable description you see in the UI for the attribute. Example: My Data
            Attribute Description.
        messenger_writable (bool | Unset | None): Can this attribute be updated by the Messenger Example: False.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    archived: bool | Unset | None = UNSET
    description: str | Unset | None = UNSET
    messenger_writable: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UpdateDataAttributeRequestOtherTypeDict(TypedDict, total=False):
    """:class:`UpdateDataAttributeRequestOtherType` written as a dict literal (JSON field names), e.g. as a request body."""

    archived: bool
    description: str
    messenger_writable: bool


sent_fields(
    UpdateDataAttributeRequestOtherType,
    archived=check_bool,
    description=check_str,
    messenger_writable=check_bool,
)
