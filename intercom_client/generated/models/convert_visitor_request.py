# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    WrongType,
)

if TYPE_CHECKING:
    from ..models.convert_visitor_request_user import ConvertVisitorRequestUser
    from ..models.convert_visitor_request_visitor import ConvertVisitorRequestVisitor


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "type",
        "user",
        "visitor",
    }
)


@_attrs_define(kw_only=True)
class ConvertVisitorRequest:
    """You can merge a Visitor to a Contact of role type lead or user.

    Attributes:
        type_ (str): Represents the role of the Contact model. Accepts `lead` or `user`. Example: user.
        user (ConvertVisitorRequestUser): The unique identifiers retained after converting or merging.
        visitor (ConvertVisitorRequestVisitor): The unique identifiers to convert a single Visitor.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    type_: str | None
    user: ConvertVisitorRequestUser | None
    visitor: ConvertVisitorRequestVisitor | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.user
        if _v is not UNSET:
            _d["user"] = None if _v is None else _v.to_dict()
        _v = self.visitor
        if _v is not UNSET:
            _d["visitor"] = None if _v is None else _v.to_dict()
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ConvertVisitorRequest")
            _d = dict(_d)
        _f = ""
        try:
            type_ = _d["type"]
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            user = _d["user"]
            if user is not None:
                _f = "user"
                user = ConvertVisitorRequestUser.from_dict(user)

            visitor = _d["visitor"]
            if visitor is not None:
                _f = "visitor"
                visitor = ConvertVisitorRequestVisitor.from_dict(visitor)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.type_ = type_
            _obj.user = user
            _obj.visitor = visitor
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ConvertVisitorRequest", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ConvertVisitorRequest", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="ConvertVisitorRequest", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ConvertVisitorRequest", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.convert_visitor_request_user import ConvertVisitorRequestUser  # noqa: E402
from ..models.convert_visitor_request_visitor import ConvertVisitorRequestVisitor  # noqa: E402
