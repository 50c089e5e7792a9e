# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateNoteBody(Model):
    """
    Attributes:
        body (str): The text of the note. Example: New note.
        admin_id (str | Unset | None): The unique identifier of a given admin. Example: 123.
        contact_id (str | Unset | None): The unique identifier of a given contact. Example: 123.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    body: str
    admin_id: str | Unset | None = UNSET
    contact_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateNoteBodyDict(TypedDict, total=False):
    """:class:`CreateNoteBody` written as a dict literal (JSON field names), e.g. as a request body."""

    body: Required[str]
    admin_id: str
    contact_id: str


sent_fields(
    CreateNoteBody,
    body=Field(check_str, required=True),
    admin_id=check_str,
    contact_id=check_str,
)
