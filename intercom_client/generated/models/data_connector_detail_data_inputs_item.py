# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_connector_detail_data_inputs_item_type import (
    DataConnectorDetailDataInputsItemType,
)
from ..types import DecodingIssue, Field, Model, check_bool, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataConnectorDetailDataInputsItem(Model):
    """
    Attributes:
        default_value (str | None): The default value for this input, if any.
        description (str | None): A description of the input parameter.
        name (str | None): The name of the input parameter. Example: conversation_id.
        required (bool | None): Whether this input is required. Example: True.
        type_ (DataConnectorDetailDataInputsItemType | None): The data type of the input. Example: string.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    default_value: str | None = None
    description: str | None = None
    name: str | None = None
    required: bool | None = None
    type_: DataConnectorDetailDataInputsItemType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    DataConnectorDetailDataInputsItem,
    default_value=check_str,
    description=check_str,
    name=check_str,
    required=check_bool,
    type_=Field(check_str, json="type"),
)
