# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_data_connector_request_data_inputs_item_type import (
    UpdateDataConnectorRequestDataInputsItemType,
)
from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_bool, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateDataConnectorRequestDataInputsItem(Model):
    """
    Attributes:
        default_value (str | Unset | None): The default value for this input, if any.
        description (str | Unset | None): A description of the input parameter. Required for each input. Example: The
            order ID to look up.
        name (str | Unset | None): The name of the input parameter. Example: order_id.
        required (bool | Unset | None): Whether this input is required. Example: True.
        type_ (UpdateDataConnectorRequestDataInputsItemType | Unset | None): The data type of the input. Example:
            string.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    default_value: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    required: bool | Unset | None = UNSET
    type_: UpdateDataConnectorRequestDataInputsItemType | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UpdateDataConnectorRequestDataInputsItemDict(TypedDict, total=False):
    """:class:`UpdateDataConnectorRequestDataInputsItem` written as a dict literal (JSON field names), e.g. as a request body."""

    default_value: str
    description: str
    name: str
    required: bool
    type: UpdateDataConnectorRequestDataInputsItemType


sent_fields(
    UpdateDataConnectorRequestDataInputsItem,
    default_value=check_str,
    description=check_str,
    name=check_str,
    required=check_bool,
    type_=Field(check_str, json="type"),
)
