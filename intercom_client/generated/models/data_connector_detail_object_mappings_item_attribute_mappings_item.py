# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_connector_detail_object_mappings_item_attribute_mappings_item_mapping_type import (
    DataConnectorDetailObjectMappingsItemAttributeMappingsItemMappingType,
)
from ..types import DecodingIssue, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataConnectorDetailObjectMappingsItemAttributeMappingsItem(Model):
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


received_fields(
    DataConnectorDetailObjectMappingsItemAttributeMappingsItem,
    intercom_attribute_identifier=check_str,
    mapping_type=check_str,
    response_attribute_path=check_str,
)
