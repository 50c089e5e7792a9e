# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.data_attribute_list_type import DataAttributeListType
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.data_attribute import DataAttribute


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataAttributeList(Model):
    """A list of all data attributes belonging to a workspace for contacts or companies.

    Attributes:
        data (list[DataAttribute] | None): A list of data attributes
        type_ (DataAttributeListType | None): The type of the object Example: list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[DataAttribute] | None = None
    type_: DataAttributeListType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    DataAttributeList,
    data=list_of(ModelRef(models, "DataAttribute")),
    type_=Field(check_str, json="type", const="list"),
)
