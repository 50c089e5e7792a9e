# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class NoteContact(Model):
    """Represents the contact that the note was created about.

    Attributes:
        id (str): The id of the contact. Example: 214656d0c743eafcfde7f248.
        type_ (str): String representing the object's type. Always has the value `contact`.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    NoteContact,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
)
