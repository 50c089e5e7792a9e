# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.custom_object_instances_paginated_list_type import (
    CustomObjectInstancesPaginatedListType,
)
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.custom_object_instance import CustomObjectInstance
    from ..models.pages_link import PagesLink


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CustomObjectInstancesPaginatedList(Model):
    """A paginated list of custom object instances.

    Attributes:
        data (list[CustomObjectInstance] | None): An array of Custom Object Instance objects.
        pages (PagesLink | None): The majority of list resources in the API are paginated to allow clients to traverse
            data over multiple requests.

            Their responses are likely to contain a pages object that hosts pagination links which a client can use to
            paginate through the data without having to construct a query. The link relations for the pages field are as
            follows.
        total_count (int | None): A count of the total number of custom object instances. Example: 2.
        type_ (CustomObjectInstancesPaginatedListType | None): The type of the object - `list`. Example: list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[CustomObjectInstance] | None = None
    pages: PagesLink | None = None
    total_count: int | None = None
    type_: CustomObjectInstancesPaginatedListType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    CustomObjectInstancesPaginatedList,
    data=list_of(ModelRef(models, "CustomObjectInstance")),
    pages=ModelRef(models, "PagesLink"),
    total_count=check_int,
    type_=Field(check_str, json="type", const="list"),
)
