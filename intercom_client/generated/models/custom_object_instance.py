# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, check_int, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.custom_object_instance_custom_attributes import CustomObjectInstanceCustomAttributes


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CustomObjectInstance(Model):
    """A Custom Object Instance represents an instance of a custom object type. This allows you to create and set custom
    attributes to store data about your customers that is not already captured by Intercom. The parent object includes
    recommended default attributes and you can add your own custom attributes.

    Attributes:
        created_at (int | Unset | None): The time the attribute was created as a UTC Unix timestamp Example: 1671028894.
        custom_attributes (CustomObjectInstanceCustomAttributes | Unset | None): The custom attributes you have set on
            the custom object instance.
        external_created_at (int | Unset | None): The time when the Custom Object instance was created in the external
            system it originated from. Example: 1571672154.
        external_id (str | Unset | None): The id you have defined for the custom object instance. Example:
            0001d1c1e65a7a19e9f59ae2.
        external_updated_at (int | Unset | None): The time when the Custom Object instance was last updated in the
            external system it originated from. Example: 1571672154.
        id (str | Unset | None): The Intercom defined id representing the custom object instance. Example: 16032025.
        type_ (str | Unset | None): The identifier of the custom object type that defines the structure of the custom
            object instance. Example: Order.
        updated_at (int | Unset | None): The time the attribute was last updated as a UTC Unix timestamp Example:
            1671028894.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int | Unset | None = UNSET
    custom_attributes: CustomObjectInstanceCustomAttributes | Unset | None = UNSET
    external_created_at: int | Unset | None = UNSET
    external_id: str | Unset | None = UNSET
    external_updated_at: int | Unset | None = UNSET
    id: str | Unset | None = UNSET
    type_: str | Unset | None = UNSET
    updated_at: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CustomObjectInstanceDict(TypedDict, total=False):
    """:class:`CustomObjectInstance` written as a dict literal (JSON field names), e.g. as a request body."""

    created_at: int
    custom_attributes: Mapping[str, Any]
    external_created_at: int | None
    external_id: str
    external_updated_at: int | None
    id: str
    type: str
    updated_at: int


sent_fields(
    CustomObjectInstance,
    created_at=check_int,
    custom_attributes=ModelRef(models, "CustomObjectInstanceCustomAttributes"),
    external_created_at=check_int,
    external_id=check_str,
    external_updated_at=check_int,
    id=check_str,
    type_=Field(check_str, json="type"),
    updated_at=check_int,
)
