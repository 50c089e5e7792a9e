# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.data_connector_detail_object_mappings_item_intercom_object_type import (
    DataConnectorDetailObjectMappingsItemIntercomObjectType,
)
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    check_str,
    decode_leniently,
    decode_list,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.data_connector_detail_object_mappings_item_attribute_mappings_item import (
        DataConnectorDetailObjectMappingsItemAttributeMappingsItem,
    )
    from ..models.data_connector_detail_object_mappings_item_reference_mappings_item import (
        DataConnectorDetailObjectMappingsItemReferenceMappingsItem,
    )


def _decode_attribute_mappings(data: Any) -> list[DataConnectorDetailObjectMappingsItemAttributeMappingsItem]:
    return decode_list(data, DataConnectorDetailObjectMappingsItemAttributeMappingsItem.from_dict)


def _decode_reference_mappings(data: Any) -> list[DataConnectorDetailObjectMappingsItemReferenceMappingsItem]:
    return decode_list(data, DataConnectorDetailObjectMappingsItemReferenceMappingsItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "attribute_mappings": None,
    "intercom_object_type": None,
    "reference_mappings": None,
    "response_object_path": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "attribute_mappings",
        "intercom_object_type",
        "reference_mappings",
        "response_object_path",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataConnectorDetailObjectMappingsItem:
    """
    Attributes:
        attribute_mappings (list[DataConnectorDetailObjectMappingsItemAttributeMappingsItem] | None):
        intercom_object_type (DataConnectorDetailObjectMappingsItemIntercomObjectType | None):
        reference_mappings (list[DataConnectorDetailObjectMappingsItemReferenceMappingsItem] | None):
        response_object_path (str | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attribute_mappings: list[DataConnectorDetailObjectMappingsItemAttributeMappingsItem] | None = None
    intercom_object_type: DataConnectorDetailObjectMappingsItemIntercomObjectType | None = None
    reference_mappings: list[DataConnectorDetailObjectMappingsItemReferenceMappingsItem] | None = None
    response_object_path: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.attribute_mappings
        if _v is not None:
            _d["attribute_mappings"] = to_jsonable(_v)
        _v = self.intercom_object_type
        if _v is not None:
            _d["intercom_object_type"] = _v
        _v = self.reference_mappings
        if _v is not None:
            _d["reference_mappings"] = to_jsonable(_v)
        _v = self.response_object_path
        if _v is not None:
            _d["response_object_path"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("attribute_mappings", "attribute_mappings", _decode_attribute_mappings, False),
            FieldSpec("intercom_object_type", "intercom_object_type", check_str, False),
            FieldSpec("reference_mappings", "reference_mappings", _decode_reference_mappings, False),
            FieldSpec("response_object_path", "response_object_path", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="DataConnectorDetailObjectMappingsItem"
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
            if _state["attribute_mappings"] is not None:
                _state["attribute_mappings"] = Pending(_state["attribute_mappings"])
            if _state["reference_mappings"] is not None:
                _state["reference_mappings"] = Pending(_state["reference_mappings"])
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.data_connector_detail_object_mappings_item_attribute_mappings_item import (
    DataConnectorDetailObjectMappingsItemAttributeMappingsItem,
)
from ..models.data_connector_detail_object_mappings_item_reference_mappings_item import (
    DataConnectorDetailObjectMappingsItemReferenceMappingsItem,
)

install_lazy_fields(
    DataConnectorDetailObjectMappingsItem,
    (
        "attribute_mappings",
        "reference_mappings",
    ),
)
