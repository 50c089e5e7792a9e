# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_connector_detail_response_fields_item_type import (
    DataConnectorDetailResponseFieldsItemType,
)
from ..types import DecodingIssue, Field, Model, check_any, check_bool, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataConnectorDetailResponseFieldsItem(Model):
    """
    Attributes:
        example_value (Any | None): An example value for this field. Example: ok.
        path (str | None): The JSON path of the response field. Example: status.
        redacted (bool | None): Whether this field is redacted in logs. Example: False.
        type_ (DataConnectorDetailResponseFieldsItemType | None): The data type of the response field. Example: string.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    example_value: Any | None = None
    path: str | None = None
    redacted: bool | None = None
    type_: DataConnectorDetailResponseFieldsItemType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    DataConnectorDetailResponseFieldsItem,
    example_value=check_any,
    path=check_str,
    redacted=check_bool,
    type_=Field(check_str, json="type"),
)
