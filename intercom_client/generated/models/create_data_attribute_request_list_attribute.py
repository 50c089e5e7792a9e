# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.create_data_attribute_request_list_attribute_data_type import (
    CreateDataAttributeRequestListAttributeDataType,
)
from ..models.create_data_attribute_request_list_attribute_model import (
    CreateDataAttributeRequestListAttributeModel,
)
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, check_bool, check_str, list_of, sent_fields

if TYPE_CHECKING:
    from ..models.create_data_attribute_request_list_attribute_options_item import (
        CreateDataAttributeRequestListAttributeOptionsItem,
        CreateDataAttributeRequestListAttributeOptionsItemDict,
    )


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateDataAttributeRequestListAttribute(Model):
    """
    Attributes:
        data_type (CreateDataAttributeRequestListAttributeDataType):
        options (list[CreateDataAttributeRequestListAttributeOptionsItem]): Array of objects representing the options of
            the list, with `value` as the key and the option as the value. At least two options are required. Example:
            [{'value': '1-10'}, {'value': '11-50'}].
        model (CreateDataAttributeRequestListAttributeModel): The model that the data attribute belongs to. Example:
            contact.
        name (str): The name of the data attribute. Example: My Data Attribute.
        description (str | Unset | None): The readable description you see in the UI for the attribute. Example: My Data
            Attribute Description.
        messenger_writable (bool | Unset | None): Can this attribute be updated by the Messenger Example: False.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data_type: CreateDataAttributeRequestListAttributeDataType = "options"
    options: list[CreateDataAttributeRequestListAttributeOptionsItem]
    model: CreateDataAttributeRequestListAttributeModel
    name: str
    description: str | Unset | None = UNSET
    messenger_writable: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateDataAttributeRequestListAttributeDict(TypedDict, total=False):
    """:class:`CreateDataAttributeRequestListAttribute` written as a dict literal (JSON field names), e.g. as a request body."""

    data_type: CreateDataAttributeRequestListAttributeDataType
    options: Required[Sequence[CreateDataAttributeRequestListAttributeOptionsItemDict]]
    model: Required[CreateDataAttributeRequestListAttributeModel]
    name: Required[str]
    description: str
    messenger_writable: bool


sent_fields(
    CreateDataAttributeRequestListAttribute,
    data_type=Field(check_str, required=True, const="options"),
    options=Field(list_of(ModelRef(models, "CreateDataAttributeRequestListAttributeOptionsItem")), required=True),
    model=Field(check_str, required=True),
    name=Field(check_str, required=True),
    description=check_str,
    messenger_writable=check_bool,
)
