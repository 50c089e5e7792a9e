# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.ticket_part_updated_attribute_data_value_type import (
    TicketPartUpdatedAttributeDataValueType,
)
from ..types import (
    UNSET,
    WrongType,
    check_any,
    check_str,
    to_jsonable,
)


def _decode_id(data: Any) -> Any:
    try:
        return check_str(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return check_any(data)


def _decode_label_1(data: Any) -> list[str]:
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


def _decode_label(data: Any) -> Any:
    try:
        return check_str(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return _decode_label_1(data)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "label",
        "type",
    }
)


@_attrs_define(kw_only=True)
class TicketPartUpdatedAttributeDataValue:
    """The new value of the attribute.

    Attributes:
        id (list[int] | None | str):
        label (list[str] | str):
        type_ (TicketPartUpdatedAttributeDataValueType): The type of the object. Always 'value'. Example: value.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: list[int] | None | str | None
    label: list[str] | str | None
    type_: TicketPartUpdatedAttributeDataValueType | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "value"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = None if _v is None else to_jsonable(_v)
        _v = self.label
        if _v is not UNSET:
            _d["label"] = None if _v is None else to_jsonable(_v)
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
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="TicketPartUpdatedAttributeDataValue"
                )
            _d = dict(_d)
        _f = ""
        try:
            id = _d["id"]
            if id is not None:
                _f = "id"
                id = _decode_id(id)

            label = _d["label"]
            if label is not None:
                _f = "label"
                label = _decode_label(label)

            type_ = _d["type"]
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.id = id
            _obj.label = label
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="TicketPartUpdatedAttributeDataValue", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("TicketPartUpdatedAttributeDataValue", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="TicketPartUpdatedAttributeDataValue", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(
                str(exc), model="TicketPartUpdatedAttributeDataValue", path=(_f,) if _f else ()
            ) from None
        return _obj
