# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "description",
        "endpoint",
        "id",
        "method",
        "name",
        "type",
    }
)


@_attrs_define(kw_only=True)
class FinCapability:
    """
    Attributes:
        description (str | Unset): A human-readable description of the capability. Example: Walk the user through
            resetting their password..
        endpoint (str | Unset): The endpoint path to call to use this capability. Example: /fin/procedures/12345/run.
        id (str | Unset): The procedure ID. Present only when `type` is `procedure`. Example: 12345.
        method (str | Unset): The HTTP method to use. Example: POST.
        name (str | Unset): The procedure name. Present only when `type` is `procedure`. Example: Reset password.
        type_ (str | Unset): The kind of capability — `procedure` for a runnable procedure, or a static action such as
            `reply`, `ask`, or `escalate`. Example: procedure.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    description: str | None | Unset = UNSET
    endpoint: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    method: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.description
        if _v is not UNSET:
            _d["description"] = _v
        _v = self.endpoint
        if _v is not UNSET:
            _d["endpoint"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.method
        if _v is not UNSET:
            _d["method"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
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
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="FinCapability")
            _d = dict(_d)
        _f = ""
        try:
            description = _d.get("description", UNSET)
            if description.__class__ is dict or description.__class__ is list:
                raise WrongType("string", description, "description")

            endpoint = _d.get("endpoint", UNSET)
            if endpoint.__class__ is dict or endpoint.__class__ is list:
                raise WrongType("string", endpoint, "endpoint")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            method = _d.get("method", UNSET)
            if method.__class__ is dict or method.__class__ is list:
                raise WrongType("string", method, "method")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.description = description
            _obj.endpoint = endpoint
            _obj.id = id
            _obj.method = method
            _obj.name = name
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="FinCapability", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("FinCapability", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="FinCapability", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="FinCapability", path=(_f,) if _f else ()) from None
        return _obj
