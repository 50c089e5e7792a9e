# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.data_connector_detail_object_mappings_item_intercom_object_type import (
    DataConnectorDetailObjectMappingsItemIntercomObjectType,
)
from ..types import DecodingIssue, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.data_connector_detail_object_mappings_item_attribute_mappings_item import (
        DataConnectorDetailObjectMappingsItemAttributeMappingsItem,
    )
    from ..models.data_connector_detail_object_mappings_item_reference_mappings_item import (
        DataConnectorDetailObjectMappingsItemReferenceMappingsItem,
    )


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataConnectorDetailObjectMappingsItem(Model):
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


received_fields(
    DataConnectorDetailObjectMappingsItem,
    attribute_mappings=list_of(ModelRef(models, "DataConnectorDetailObjectMappingsItemAttributeMappingsItem")),
    intercom_object_type=check_str,
    reference_mappings=list_of(ModelRef(models, "DataConnectorDetailObjectMappingsItemReferenceMappingsItem")),
    response_object_path=check_str,
)
