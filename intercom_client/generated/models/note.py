# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
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
    from ..models.note_company import NoteCompany
    from ..models.note_contact import NoteContact


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "author": None,
    "body": None,
    "company": None,
    "contact": None,
    "created_at": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "author",
        "body",
        "company",
        "contact",
        "created_at",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Note:
    """Notes allow you to annotate and comment on your contacts and companies. A note is attached to either a contact or a
    company, never both.

    Attributes:
        id (str): The id of the note. Example: 17495962.
        type_ (str): String representing the object's type. Always has the value `note`. Example: note.
        author (Admin | None): Optional. Represents the Admin that created the note.
        body (str | None): The body text of the note. Example: ``<p>Text for the note.</p>``.
        company (NoteCompany | None):
        contact (NoteContact | None):
        created_at (int | None): The time the note was created. Example: 1674589321.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    author: Admin | None = None
    body: str | None = None
    company: NoteCompany | None = None
    contact: NoteContact | None = None
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
        _v = self.contact
        if _v is not None:
            _d["contact"] = to_jsonable(_v)
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
            FieldSpec("company", "company", NoteCompany.from_dict, False),
            FieldSpec("contact", "contact", NoteContact.from_dict, False),
            FieldSpec("created_at", "created_at", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Note")
            _d = dict(_d)
        # The instance's attributes are built as one dict: every field absent (a copy of a dict of
        # that shape is one memory copy), then what came, then only the fields that need work.
        _state: dict[str, Any] = _ABSENT.copy()
        _state.update(_d)
        try:
            if _d.keys() <= _KNOWN_FIELDS:
                _state["additional_properties"] = {}
            else:
                _state["additional_properties"] = _extra = {key: _state.pop(key) for key in _d.keys() - _KNOWN_FIELDS}
                _state.update({key: _ABSENT[key] for key in _extra.keys() & _ABSENT.keys()})
            if "id" not in _d:
                raise KeyError("id")
            if _state["id"] is None:
                raise WrongType("a value", None)
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
            _v = _state["author"]
            if _v is not None and _v.__class__ is not dict:
                _state["author"] = Pending(_v)
            _v = _state["company"]
            if _v is not None and _v.__class__ is not dict:
                _state["company"] = Pending(_v)
            _v = _state["contact"]
            if _v is not None and _v.__class__ is not dict:
                _state["contact"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.admin import Admin
from ..models.note_company import NoteCompany
from ..models.note_contact import NoteContact

install_lazy_fields(
    Note,
    (
        "author",
        "company",
        "contact",
    ),
)
