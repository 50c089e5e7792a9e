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
    from ..models.ticket_part_updated_attribute_data_attribute import TicketPartUpdatedAttributeDataAttribute
    from ..models.ticket_part_updated_attribute_data_value import TicketPartUpdatedAttributeDataValue


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "attribute",
        "value",
    }
)


@_attrs_define(kw_only=True)
class TicketPartUpdatedAttributeData:
    """The updated attribute data of the ticket part. Only present for attribute update parts.

    Attributes:
        attribute (TicketPartUpdatedAttributeDataAttribute): Information about the attribute that was updated.
        value (TicketPartUpdatedAttributeDataValue): The new value of the attribute.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attribute: TicketPartUpdatedAttributeDataAttribute | None
    value: TicketPartUpdatedAttributeDataValue | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.attribute
        if _v is not UNSET:
            _d["attribute"] = None if _v is None else _v.to_dict()
        _v = self.value
        if _v is not UNSET:
            _d["value"] = None if _v is None else _v.to_dict()
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="TicketPartUpdatedAttributeData"
                )
            _d = dict(_d)
        _f = ""
        try:
            attribute = _d["attribute"]
            if attribute is not None:
                _f = "attribute"
                attribute = TicketPartUpdatedAttributeDataAttribute.from_dict(attribute)

            value = _d["value"]
            if value is not None:
                _f = "value"
                value = TicketPartUpdatedAttributeDataValue.from_dict(value)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.attribute = attribute
            _obj.value = value
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="TicketPartUpdatedAttributeData", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("TicketPartUpdatedAttributeData", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="TicketPartUpdatedAttributeData", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(
                str(exc), model="TicketPartUpdatedAttributeData", path=(_f,) if _f else ()
            ) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.ticket_part_updated_attribute_data_attribute import TicketPartUpdatedAttributeDataAttribute  # noqa: E402
from ..models.ticket_part_updated_attribute_data_value import TicketPartUpdatedAttributeDataValue  # noqa: E402
