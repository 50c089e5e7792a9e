# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_attribute_data_type import DataAttributeDataType
from ..models.data_attribute_model import DataAttributeModel
from ..models.data_attribute_type import DataAttributeType
from ..types import (
    DecodingIssue,
    Field,
    Model,
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    received_fields,
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataAttribute(Model):
    """Data Attributes are metadata used to describe your contact and company models. These include standard and custom
    attributes. By using the data attributes endpoint, you can get the global list of attributes for your workspace, as
    well as create and archive custom attributes.

    Attributes:
        type_ (DataAttributeType): Value is `data_attribute`. Example: data_attribute.
        admin_id (str | None): Teammate who created the attribute. Only applicable to CDAs Example: 5712945.
        api_writable (bool | None): Can this attribute be updated through API Example: True.
        archived (bool | None): Is this attribute archived. (Only applicable to CDAs) Example: False.
        created_at (int | None): The time the attribute was created as a UTC Unix timestamp Example: 1671028894.
        custom (bool | None): Set to true if this is a CDA Example: True.
        data_type (DataAttributeDataType | None): The data type of the attribute. Example: boolean.
        description (str | None): Readable description of the attribute. Example: Whether the user is a paid
            subscriber..
        full_name (str | None): Full name of the attribute. Should match the name unless it's a nested attribute. We can
            split full_name on `.` to access nested user object values. Example: custom_attributes.paid_subscriber.
        id (int | None): The unique identifier for the data attribute which is given by Intercom. Only available for
            custom attributes. Example: 12878.
        label (str | None): Readable name of the attribute (i.e. name you see in the UI) Example: Paid Subscriber.
        messenger_writable (bool | None): Can this attribute be updated by the Messenger Example: False.
        model (DataAttributeModel | None): Value is `contact` for user/lead attributes and `company` for company
            attributes. Example: contact.
        name (str | None): Name of the attribute. Example: paid_subscriber.
        options (list[str] | None): List of predefined options for attribute value. Example: ['true', 'false'].
        ui_writable (bool | None): Can this attribute be updated in the UI Example: True.
        updated_at (int | None): The time the attribute was last updated as a UTC Unix timestamp Example: 1671028894.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    type_: DataAttributeType
    admin_id: str | None = None
    api_writable: bool | None = None
    archived: bool | None = None
    created_at: int | None = None
    custom: bool | None = None
    data_type: DataAttributeDataType | None = None
    description: str | None = None
    full_name: str | None = None
    id: int | None = None
    label: str | None = None
    messenger_writable: bool | None = None
    model: DataAttributeModel | None = None
    name: str | None = None
    options: list[str] | None = None
    ui_writable: bool | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    DataAttribute,
    type_=Field(check_str, json="type", required=True, const="data_attribute"),
    admin_id=check_str,
    api_writable=check_bool,
    archived=check_bool,
    created_at=check_int,
    custom=check_bool,
    data_type=check_str,
    description=check_str,
    full_name=check_str,
    id=check_int,
    label=check_str,
    messenger_writable=check_bool,
    model=check_str,
    name=check_str,
    options=check_scalar_list,
    ui_writable=check_bool,
    updated_at=check_int,
)
