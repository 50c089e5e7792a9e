# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_connector_list_type import DataConnectorListType
from ..types import DecodingIssue, Field, Model, check_str, list_of, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataConnectorList(Model):
    """A paginated list of data connectors.

    Attributes:
        data (list[DataConnector] | None): An array of data connector objects.
        pages (DataConnectorListPages | None): Pagination information.
        type_ (DataConnectorListType | None): The type of object - `list`. Example: list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[DataConnector] | None = None
    pages: DataConnectorListPages | None = None
    type_: DataConnectorListType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


# Imported last, so that models that refer to each other can import each other.
from ..models.data_connector import DataConnector
from ..models.data_connector_list_pages import DataConnectorListPages

received_fields(
    DataConnectorList,
    data=list_of(DataConnector.from_dict),
    pages=DataConnectorListPages.from_dict,
    type_=Field(check_str, json="type", const="list"),
)
