# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.admin import Admin
    from ..models.note_company import NoteCompany
    from ..models.note_contact import NoteContact


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "author",
        "body",
        "company",
        "contact",
        "created_at",
        "id",
        "type",
    }
)


@_attrs_define(kw_only=True)
class Note:
    """Notes allow you to annotate and comment on your contacts and companies. A note is attached to either a contact or a
    company, never both.

        Attributes:
            author (Admin | None | Unset): Optional. Represents the Admin that created the note.
            body (str | Unset): The body text of the note. Example: <p>Text for the note.</p>.
            company (None | NoteCompany | Unset):
            contact (None | NoteContact | Unset):
            created_at (int | Unset): The time the note was created. Example: 1674589321.
            id (str | Unset): The id of the note. Example: 17495962.
            type_ (str | Unset): String representing the object's type. Always has the value `note`. Example: note.
            additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    author: Admin | None | None | Unset = UNSET
    body: str | None | Unset = UNSET
    company: None | NoteCompany | None | Unset = UNSET
    contact: None | NoteContact | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    id: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.author
        if _v is not UNSET:
            _d["author"] = None if _v is None else to_jsonable(_v)
        _v = self.body
        if _v is not UNSET:
            _d["body"] = _v
        _v = self.company
        if _v is not UNSET:
            _d["company"] = None if _v is None else to_jsonable(_v)
        _v = self.contact
        if _v is not UNSET:
            _d["contact"] = None if _v is None else to_jsonable(_v)
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Note")
            _d = dict(_d)
        _f = ""
        try:
            author = _d.get("author", UNSET)
            if author is not None and author is not UNSET:
                _f = "author"
                author = Admin.from_dict(author)

            body = _d.get("body", UNSET)
            if body.__class__ is dict or body.__class__ is list:
                raise WrongType("string", body, "body")

            company = _d.get("company", UNSET)
            if company is not None and company is not UNSET:
                _f = "company"
                company = NoteCompany.from_dict(company)

            contact = _d.get("contact", UNSET)
            if contact is not None and contact is not UNSET:
                _f = "contact"
                contact = NoteContact.from_dict(contact)

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.author = author
            _obj.body = body
            _obj.company = company
            _obj.contact = contact
            _obj.created_at = created_at
            _obj.id = id
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="Note", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("Note", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="Note", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="Note", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.admin import Admin  # noqa: E402
from ..models.note_company import NoteCompany  # noqa: E402
from ..models.note_contact import NoteContact  # noqa: E402
