# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.data_connector_detail_object_mappings_item_attribute_mappings_item_mapping_type import (
    DataConnectorDetailObjectMappingsItemAttributeMappingsItemMappingType,
)
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    check_str,
    decode_leniently,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "intercom_attribute_identifier": None,
    "mapping_type": None,
    "response_attribute_path": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "intercom_attribute_identifier",
        "mapping_type",
        "response_attribute_path",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataConnectorDetailObjectMappingsItemAttributeMappingsItem:
    """
    Attributes:
        intercom_attribute_identifier (str | None):
        mapping_type (DataConnectorDetailObjectMappingsItemAttributeMappingsItemMappingType | None):
        response_attribute_path (str | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    intercom_attribute_identifier: str | None = None
    mapping_type: DataConnectorDetailObjectMappingsItemAttributeMappingsItemMappingType | None = None
    response_attribute_path: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.intercom_attribute_identifier
        if _v is not None:
            _d["intercom_attribute_identifier"] = _v
        _v = self.mapping_type
        if _v is not None:
            _d["mapping_type"] = _v
        _v = self.response_attribute_path
        if _v is not None:
            _d["response_attribute_path"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("intercom_attribute_identifier", "intercom_attribute_identifier", check_str, False),
            FieldSpec("mapping_type", "mapping_type", check_str, False),
            FieldSpec("response_attribute_path", "response_attribute_path", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}",
                    model="DataConnectorDetailObjectMappingsItemAttributeMappingsItem",
                )
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
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
