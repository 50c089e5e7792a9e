# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.teammate_reference_type import TeammateReferenceType
from ..types import DecodingIssue, Field, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TeammateReference(Model):
    """A reference to a teammate (admin, team, or bot)

    Attributes:
        id (int): The unique identifier of the teammate Example: 123.
        name (str): The display name of the teammate Example: Jane Example.
        type_ (TeammateReferenceType): The type of teammate Example: admin.
        email (str | None): The email address of the teammate (optional for teams/bots) Example: jane@example.com.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: int
    name: str
    type_: TeammateReferenceType
    email: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    TeammateReference,
    id=Field(check_int, required=True),
    name=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    email=check_str,
)
