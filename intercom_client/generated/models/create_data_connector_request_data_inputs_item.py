# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_data_connector_request_data_inputs_item_type import (
    CreateDataConnectorRequestDataInputsItemType,
)
from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_bool, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateDataConnectorRequestDataInputsItem(Model):
    """
    Attributes:
        default_value (str | Unset | None): The default value for the parameter. Defaults to an empty string if omitted.
        description (str | Unset | None): A description of the parameter. Example: The order ID to look up.
        name (str | Unset | None): The parameter name. Example: order_id.
        required (bool | Unset | None): Whether the parameter is required. Example: True.
        type_ (CreateDataConnectorRequestDataInputsItemType | Unset | None): The parameter type. Example: string.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    default_value: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    required: bool | Unset | None = UNSET
    type_: CreateDataConnectorRequestDataInputsItemType | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateDataConnectorRequestDataInputsItemDict(TypedDict, total=False):
    """:class:`CreateDataConnectorRequestDataInputsItem` written as a dict literal (JSON field names), e.g. as a request body."""

    default_value: str
    description: str
    name: str
    required: bool
    type: CreateDataConnectorRequestDataInputsItemType


sent_fields(
    CreateDataConnectorRequestDataInputsItem,
    default_value=check_str,
    description=check_str,
    name=check_str,
    required=check_bool,
    type_=Field(check_str, json="type"),
)
