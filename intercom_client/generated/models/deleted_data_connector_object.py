# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deleted_data_connector_object_object import (
    DeletedDataConnectorObjectObject,
)
from ..types import DecodingIssue, Field, Model, check_bool, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DeletedDataConnectorObject(Model):
    """Response returned when a data connector is deleted.

    Attributes:
        deleted (bool | None): Whether the data connector was deleted successfully. Example: True.
        id (str | None): The unique identifier for the data connector. Example: 125.
        object_ (DeletedDataConnectorObjectObject | None): The type of object which was deleted. Example:
            data_connector.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    deleted: bool | None = None
    id: str | None = None
    object_: DeletedDataConnectorObjectObject | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    DeletedDataConnectorObject,
    deleted=check_bool,
    id=check_str,
    object_=Field(check_str, json="object", const="data_connector"),
)
