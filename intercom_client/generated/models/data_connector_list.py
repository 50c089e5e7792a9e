# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.data_connector_list_type import DataConnectorListType
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.data_connector import DataConnector
    from ..models.data_connector_list_pages import DataConnectorListPages


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


received_fields(
    DataConnectorList,
    data=list_of(ModelRef(models, "DataConnector")),
    pages=ModelRef(models, "DataConnectorListPages"),
    type_=Field(check_str, json="type", const="list"),
)
