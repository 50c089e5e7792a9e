# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_connector_detail_object_mappings_item_reference_mappings_item_intercom_object_type import (
    DataConnectorDetailObjectMappingsItemReferenceMappingsItemIntercomObjectType,
)
from ..types import DecodingIssue, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataConnectorDetailObjectMappingsItemReferenceMappingsItem(Model):
    """
    Attributes:
        intercom_attribute_identifier (str | None):
        intercom_object_type (DataConnectorDetailObjectMappingsItemReferenceMappingsItemIntercomObjectType | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    intercom_attribute_identifier: str | None = None
    intercom_object_type: DataConnectorDetailObjectMappingsItemReferenceMappingsItemIntercomObjectType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    DataConnectorDetailObjectMappingsItemReferenceMappingsItem,
    intercom_attribute_identifier=check_str,
    intercom_object_type=check_str,
)
