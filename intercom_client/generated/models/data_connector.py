# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_connector_http_method import DataConnectorHttpMethod
from ..models.data_connector_state import DataConnectorState
from ..models.data_connector_type import DataConnectorType
from ..types import DecodingIssue, Field, Model, check_bool, check_str, parse_datetime, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataConnector(Model):
    """A data connector allows you to make HTTP requests to external APIs from Intercom workflows and AI agents.

    Attributes:
        id (str): The unique identifier for the data connector. Example: 12345.
        type_ (DataConnectorType): The type of object - `data_connector`. Example: data_connector.
        created_at (datetime.datetime | None): The time the data connector was created. Example: 2025-11-15T09:30:00Z.
        created_by_admin_id (str | None): The ID of the admin who created this data connector. Example: 12345.
        description (str | None): A description of what this data connector does. Example: Fetches order status from
            external fulfillment API.
        direct_fin_usage (bool | None): Whether this data connector is assigned to Fin for direct usage. Example: False.
        execution_results_url (str | None): The URL path to fetch execution results for this connector. Example:
            /data_connectors/12345/execution_results.
        http_method (DataConnectorHttpMethod | None): The HTTP method used by the data connector. Example: post.
        name (str | None): The name of the data connector. Example: Order Status Service.
        state (DataConnectorState | None): The current state of the data connector. Example: live.
        updated_at (datetime.datetime | None): The time the data connector was last updated. Example:
            2026-01-20T14:22:15Z.
        updated_by_admin_id (str | None): The ID of the admin who last updated this data connector. Example: 12345.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: DataConnectorType
    created_at: datetime.datetime | None = None
    created_by_admin_id: str | None = None
    description: str | None = None
    direct_fin_usage: bool | None = None
    execution_results_url: str | None = None
    http_method: DataConnectorHttpMethod | None = None
    name: str | None = None
    state: DataConnectorState | None = None
    updated_at: datetime.datetime | None = None
    updated_by_admin_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    DataConnector,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="data_connector"),
    created_at=parse_datetime,
    created_by_admin_id=check_str,
    description=check_str,
    direct_fin_usage=check_bool,
    execution_results_url=check_str,
    http_method=check_str,
    name=check_str,
    state=check_str,
    updated_at=parse_datetime,
    updated_by_admin_id=check_str,
)
