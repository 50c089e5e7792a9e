# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Model, Unset, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConvertVisitorRequestVisitor(Model):
    """The unique identifiers to convert a single Visitor.

    Attributes:
        email (str | Unset | None): The visitor's email. Example: winstonsmith@truth.org.
        id (str | Unset | None): The unique identifier for the contact which is given by Intercom. Example:
            8a88a590-e1c3-41e2-a502-e0649dbf721c.
        user_id (str | Unset | None): A unique identifier for the contact which is given to Intercom. Example:
            8a88a590-e1c3-41e2-a502-e0649dbf721c.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    email: str | Unset | None = UNSET
    id: str | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class ConvertVisitorRequestVisitorDict(TypedDict, total=False):
    """:class:`ConvertVisitorRequestVisitor` written as a dict literal (JSON field names), e.g. as a request body."""

    email: str
    id: str
    user_id: str


sent_fields(
    ConvertVisitorRequestVisitor,
    email=check_str,
    id=check_str,
    user_id=check_str,
)
