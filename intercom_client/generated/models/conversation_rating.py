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
)

if TYPE_CHECKING:
    from ..models.contact_reference import ContactReference
    from ..models.reference import Reference


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "contact",
        "created_at",
        "rating",
        "remark",
        "teammate",
        "updated_at",
    }
)


@_attrs_define(kw_only=True)
class ConversationRating:
    """The Conversation Rating object which contains information on the rating and/or remark added by a Contact and the
    Admin assigned to the conversation.

        Attributes:
            contact (ContactReference | Unset): reference to contact object
            created_at (int | Unset): The time the rating was requested in the conversation being rated. Example:
                1671028894.
            rating (int | Unset): The rating, between 1 and 5, for the conversation. Example: 5.
            remark (str | Unset): An optional field to add a remark to correspond to the number rating
            teammate (Reference | Unset): reference to another object
            updated_at (int | Unset): The time the rating was last updated. Example: 1671028894.
            additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    contact: ContactReference | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    rating: int | None | Unset = UNSET
    remark: str | None | Unset = UNSET
    teammate: Reference | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.contact
        if _v is not UNSET:
            _d["contact"] = None if _v is None else _v.to_dict()
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.rating
        if _v is not UNSET:
            _d["rating"] = _v
        _v = self.remark
        if _v is not UNSET:
            _d["remark"] = _v
        _v = self.teammate
        if _v is not UNSET:
            _d["teammate"] = None if _v is None else _v.to_dict()
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ConversationRating")
            _d = dict(_d)
        _f = ""
        try:
            contact = _d.get("contact", UNSET)
            if contact is not None and contact is not UNSET:
                _f = "contact"
                contact = ContactReference.from_dict(contact)

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            rating = _d.get("rating", UNSET)
            if rating.__class__ is dict or rating.__class__ is list:
                raise WrongType("integer", rating, "rating")

            remark = _d.get("remark", UNSET)
            if remark.__class__ is dict or remark.__class__ is list:
                raise WrongType("string", remark, "remark")

            teammate = _d.get("teammate", UNSET)
            if teammate is not None and teammate is not UNSET:
                _f = "teammate"
                teammate = Reference.from_dict(teammate)

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.contact = contact
            _obj.created_at = created_at
            _obj.rating = rating
            _obj.remark = remark
            _obj.teammate = teammate
            _obj.updated_at = updated_at
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ConversationRating", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ConversationRating", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="ConversationRating", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ConversationRating", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.contact_reference import ContactReference  # noqa: E402
from ..models.reference import Reference  # noqa: E402
