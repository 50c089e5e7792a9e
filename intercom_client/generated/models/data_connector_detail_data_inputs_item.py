# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.data_connector_detail_data_inputs_item_type import (
    DataConnectorDetailDataInputsItemType,
)
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "default_value",
        "description",
        "name",
        "required",
        "type",
    }
)


@_attrs_define(kw_only=True)
class DataConnectorDetailDataInputsItem:
    """
    Attributes:
        default_value (str | Unset): The default value for this input, if any.
        description (None | str | Unset): A description of the input parameter.
        name (str | Unset): The name of the input parameter. Example: conversation_id.
        required (bool | Unset): Whether this input is required. Example: True.
        type_ (DataConnectorDetailDataInputsItemType | Unset): The data type of the input. Example: string.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    default_value: str | None | Unset = UNSET
    description: None | str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    required: bool | None | Unset = UNSET
    type_: DataConnectorDetailDataInputsItemType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.default_value
        if _v is not UNSET:
            _d["default_value"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = None if _v is None else to_jsonable(_v)
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.required
        if _v is not UNSET:
            _d["required"] = _v
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
                    f"expected object, got {type(_d).__name__}", model="DataConnectorDetailDataInputsItem"
                )
            _d = dict(_d)
        _f = ""
        try:
            default_value = _d.get("default_value", UNSET)
            if default_value.__class__ is dict or default_value.__class__ is list:
                raise WrongType("string", default_value, "default_value")

            description = _d.get("description", UNSET)
            if description.__class__ is dict or description.__class__ is list:
                raise WrongType("string", description, "description")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            required = _d.get("required", UNSET)
            if required.__class__ is dict or required.__class__ is list:
                raise WrongType("boolean", required, "required")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.default_value = default_value
            _obj.description = description
            _obj.name = name
            _obj.required = required
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="DataConnectorDetailDataInputsItem", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("DataConnectorDetailDataInputsItem", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="DataConnectorDetailDataInputsItem", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(
                str(exc), model="DataConnectorDetailDataInputsItem", path=(_f,) if _f else ()
            ) from None
        return _obj
