# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, received_fields

if TYPE_CHECKING:
    from ..models.admin import Admin
    from ..models.company_note_company import CompanyNoteCompany


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CompanyNote(Model):
    """Notes allow you to annotate and comment on companies.

    Attributes:
        id (str): The id of the note. Example: 17495962.
        type_ (str): String representing the object's type. Always has the value `note`. Example: note.
        author (Admin | None): Optional. Represents the Admin that created the note.
        body (str | None): The body text of the note. Example: ``<p>Text for the note.</p>``.
        company (CompanyNoteCompany | None):
        created_at (int | None): The time the note was created. Example: 1674589321.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    author: Admin | None = None
    body: str | None = None
    company: CompanyNoteCompany | None = None
    created_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    CompanyNote,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    author=ModelRef(models, "Admin"),
    body=check_str,
    company=ModelRef(models, "CompanyNoteCompany"),
    created_at=check_int,
)
