# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_data_attribute_request_other_type_data_type import (
    CreateDataAttributeRequestOtherTypeDataType,
)
from ..models.create_data_attribute_request_other_type_model import (
    CreateDataAttributeRequestOtherTypeModel,
)
from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_bool, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateDataAttributeRequestOtherType(Model):
    """
    Attributes:
        data_type (CreateDataAttributeRequestOtherTypeDataType):
        model (CreateDataAttributeRequestOtherTypeModel): The model that the data attribute belongs to. Example:
            contact.
        name (str): The name of the data attribute. Example: My Data Attribute.
        description (str | Unset | None): The readable description you see in the UI for the attribute. Example: My Data
            Attribute Description.
        messenger_writable (bool | Unset | None): Can this attribute be updated by the Messenger Example: False.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data_type: CreateDataAttributeRequestOtherTypeDataType
    model: CreateDataAttributeRequestOtherTypeModel
    name: str
    description: str | Unset | None = UNSET
    messenger_writable: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateDataAttributeRequestOtherTypeDict(TypedDict, total=False):
    """:class:`CreateDataAttributeRequestOtherType` written as a dict literal (JSON field names), e.g. as a request body."""

    data_type: Required[CreateDataAttributeRequestOtherTypeDataType]
    model: Required[CreateDataAttributeRequestOtherTypeModel]
    name: Required[str]
    description: str
    messenger_writable: bool


sent_fields(
    CreateDataAttributeRequestOtherType,
    data_type=Field(check_str, required=True),
    model=Field(check_str, required=True),
    name=Field(check_str, required=True),
    description=check_str,
    messenger_writable=check_bool,
)
