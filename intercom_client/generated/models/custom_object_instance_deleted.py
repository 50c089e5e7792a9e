# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_bool, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CustomObjectInstanceDeleted(Model):
    """deleted custom object instance object

    Attributes:
        deleted (bool | None): Whether the Custom Object instance is deleted or not. Example: True.
        id (str | None): The Intercom defined id representing the Custom Object instance. Example: 123.
        object_ (str | None): The unique identifier of the Custom Object type that defines the structure of the Custom
            Object instance. Example: Order.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    deleted: bool | None = None
    id: str | None = None
    object_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    CustomObjectInstanceDeleted,
    deleted=check_bool,
    id=check_str,
    object_=Field(check_str, json="object"),
)
