# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    WrongType,
    check_int,
    check_str,
    decode_leniently,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.admin import Admin
    from ..models.company_note_company import CompanyNoteCompany


_new_instance = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "author",
        "body",
        "company",
        "created_at",
    }
)


@_attrs_define(kw_only=True)
class CompanyNote:
    """Notes allow you to annotate and comment on companies.

    Attributes:
        id (str): The id of the note. Example: 17495962.
        type_ (str): String representing the object's type. Always has the value `note`. Example: note.
        author (Admin | None): Optional. Represents the Admin that created the note.
        body (str): The body text of the note. Example: <p>Text for the note.</p>.
        company (CompanyNoteCompany | None):
        created_at (int): The time the note was created. Example: 1674589321.
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
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.author
        if _v is not None:
            _d["author"] = to_jsonable(_v)
        _v = self.body
        if _v is not None:
            _d["body"] = _v
        _v = self.company
        if _v is not None:
            _d["company"] = to_jsonable(_v)
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("author", "author", Admin.from_dict, False),
            FieldSpec("body", "body", check_str, False),
            FieldSpec("company", "company", CompanyNoteCompany.from_dict, False),
            FieldSpec("created_at", "created_at", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="CompanyNote")
            _d = dict(_d)
        try:
            id: Any = _d["id"]
            if id is None:
                raise WrongType("a value", None)

            type_: Any = _d["type"]
            if type_ is None:
                raise WrongType("a value", None)

            author: Any = _d.get("author")
            if author is not None:
                author = Pending(author)
            body: Any = _d.get("body")

            company: Any = _d.get("company")
            if company is not None:
                company = Pending(company)
            created_at: Any = _d.get("created_at")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.id = id
            _obj.type_ = type_
            _obj.author = author
            _obj.body = body
            _obj.company = company
            _obj.created_at = created_at
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.admin import Admin
from ..models.company_note_company import CompanyNoteCompany

install_lazy_fields(
    CompanyNote,
    (
        "author",
        "company",
    ),
)
