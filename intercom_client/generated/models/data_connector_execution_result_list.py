# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.data_connector_execution_result_list_type import (
    DataConnectorExecutionResultListType,
)
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.data_connector_execution_result import DataConnectorExecutionResult
    from ..models.data_connector_execution_result_list_pages import DataConnectorExecutionResultListPages


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataConnectorExecutionResultList(Model):
    """A paginated list of data connector execution results.

    Attributes:
        data (list[DataConnectorExecutionResult] | None): An array of execution result objects.
        pages (DataConnectorExecutionResultListPages | None): Pagination information.
        type_ (DataConnectorExecutionResultListType | None): The type of object - `list`. Example: list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[DataConnectorExecutionResult] | None = None
    pages: DataConnectorExecutionResultListPages | None = None
    type_: DataConnectorExecutionResultListType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    DataConnectorExecutionResultList,
    data=list_of(ModelRef(models, "DataConnectorExecutionResult")),
    pages=ModelRef(models, "DataConnectorExecutionResultListPages"),
    type_=Field(check_str, json="type", const="list"),
)
