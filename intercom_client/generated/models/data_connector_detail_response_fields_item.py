# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.data_connector_detail_response_fields_item_type import (
    DataConnectorDetailResponseFieldsItemType,
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
        "example_value",
        "path",
        "redacted",
        "type",
    }
)


@_attrs_define(kw_only=True)
class DataConnectorDetailResponseFieldsItem:
    """
    Attributes:
        example_value (Any | Unset): An example value for this field. Example: ok.
        path (str | Unset): The JSON path of the response field. Example: status.
        redacted (bool | Unset): Whether this field is redacted in logs. Example: False.
        type_ (DataConnectorDetailResponseFieldsItemType | Unset): The data type of the response field. Example: string.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    example_value: Any | None | Unset = UNSET
    path: str | None | Unset = UNSET
    redacted: bool | None | Unset = UNSET
    type_: DataConnectorDetailResponseFieldsItemType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.example_value
        if _v is not UNSET:
            _d["example_value"] = None if _v is None else to_jsonable(_v)
        _v = self.path
        if _v is not UNSET:
            _d["path"] = _v
        _v = self.redacted
        if _v is not UNSET:
            _d["redacted"] = _v
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
                    f"expected object, got {type(_d).__name__}", model="DataConnectorDetailResponseFieldsItem"
                )
            _d = dict(_d)
        _f = ""
        try:
            example_value = _d.get("example_value", UNSET)

            path = _d.get("path", UNSET)
            if path.__class__ is dict or path.__class__ is list:
                raise WrongType("string", path, "path")

            redacted = _d.get("redacted", UNSET)
            if redacted.__class__ is dict or redacted.__class__ is list:
                raise WrongType("boolean", redacted, "redacted")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.example_value = example_value
            _obj.path = path
            _obj.redacted = redacted
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="DataConnectorDetailResponseFieldsItem", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("DataConnectorDetailResponseFieldsItem", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="DataConnectorDetailResponseFieldsItem", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(
                str(exc), model="DataConnectorDetailResponseFieldsItem", path=(_f,) if _f else ()
            ) from None
        return _obj
