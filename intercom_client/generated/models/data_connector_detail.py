# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.data_connector_detail_audiences_item import (
    DataConnectorDetailAudiencesItem,
)
from ..models.data_connector_detail_configuration_response_type import (
    DataConnectorDetailConfigurationResponseType,
)
from ..models.data_connector_detail_data_transformation_type import (
    DataConnectorDetailDataTransformationType,
)
from ..models.data_connector_detail_execution_type import (
    DataConnectorDetailExecutionType,
)
from ..models.data_connector_detail_http_method import (
    DataConnectorDetailHttpMethod,
)
from ..models.data_connector_detail_state import DataConnectorDetailState
from ..models.data_connector_detail_type import DataConnectorDetailType
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    list_of,
    parse_datetime,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.data_connector_detail_data_inputs_item import DataConnectorDetailDataInputsItem
    from ..models.data_connector_detail_headers_item import DataConnectorDetailHeadersItem
    from ..models.data_connector_detail_object_mappings_item import DataConnectorDetailObjectMappingsItem
    from ..models.data_connector_detail_response_fields_item import DataConnectorDetailResponseFieldsItem


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataConnectorDetail(Model):
    """Full detail view of a data connector, returned by `GET /data_connectors/{id}`.
    Includes configuration, data inputs, response fields, and object mappings.

    Attributes:
        id (str): The unique identifier for the data connector. Example: 12345.
        type_ (DataConnectorDetailType): The type of object - `data_connector`. Example: data_connector.
        audiences (list[DataConnectorDetailAudiencesItem] | None): The audience types this connector targets. Example:
            ['users', 'leads'].
        body (str | None): The request body template. Supports template variables. Example: {"text": "{{message}}"}.
        bypass_authentication (bool | None): Whether authentication is bypassed for this connector. Example: False.
        client_function_name (str | None): The name of the client-side function, if applicable.
        client_function_timeout_ms (int | None): Timeout in milliseconds for the client function, if applicable.
        configuration_response_type (DataConnectorDetailConfigurationResponseType | None): The expected response format
            from the connector. Example: test_response_type.
        created_at (datetime.datetime | None): The time the data connector was created. Example: 2025-11-15T09:30:00Z.
        created_by_admin_id (str | None): The ID of the admin who created this connector. Example: 456.
        customer_authentication (bool | None): Whether OTP authentication is enabled for this connector. Example: False.
        data_inputs (list[DataConnectorDetailDataInputsItem] | None): The input parameters accepted by this data
            connector.
        data_transformation_type (DataConnectorDetailDataTransformationType | None): The type of data transformation
            applied to the response.
        description (str | None): A description of what this data connector does. Example: Fetches order status from
            external fulfillment API.
        direct_fin_usage (bool | None): Whether this connector is used directly by Fin. Example: False.
        execution_results_url (str | None): The URL path to fetch execution results for this connector. Example:
            /data_connectors/12345/execution_results.
        execution_type (DataConnectorDetailExecutionType | None): How the connector executes. Example: server_side.
        headers (list[DataConnectorDetailHeadersItem] | None): HTTP headers for the request. Header values are always
            redacted as `"****"` in responses. Example: [{'name': 'Authorization', 'value': '****'}].
        http_method (DataConnectorDetailHttpMethod | None): The HTTP method used by the data connector. Example: post.
        name (str | None): The name of the data connector. Example: Order Status Service.
        object_mappings (list[DataConnectorDetailObjectMappingsItem] | None): Mappings from connector response objects
            to Intercom objects.
        response_fields (list[DataConnectorDetailResponseFieldsItem] | None): The fields returned in the connector
            response.
        state (DataConnectorDetailState | None): The current state of the data connector. Example: live.
        token_ids (list[str] | None): IDs of authentication tokens associated with this connector. Example: [].
        updated_at (datetime.datetime | None): The time the data connector was last updated. Example:
            2026-01-20T14:22:15Z.
        updated_by_admin_id (str | None): The ID of the admin who last updated this connector. Example: 456.
        url (str | None): The URL of the external API endpoint. Supports template variables like `{{order_id}}`.
            Example: https://api.example.com/orders/{{order_id}}/status.
        validate_missing_attributes (bool | None): Whether to validate missing attributes before execution.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: DataConnectorDetailType
    audiences: list[DataConnectorDetailAudiencesItem] | None = None
    body: str | None = None
    bypass_authentication: bool | None = None
    client_function_name: str | None = None
    client_function_timeout_ms: int | None = None
    configuration_response_type: DataConnectorDetailConfigurationResponseType | None = None
    created_at: datetime.datetime | None = None
    created_by_admin_id: str | None = None
    customer_authentication: bool | None = None
    data_inputs: list[DataConnectorDetailDataInputsItem] | None = None
    data_transformation_type: DataConnectorDetailDataTransformationType | None = None
    description: str | None = None
    direct_fin_usage: bool | None = None
    execution_results_url: str | None = None
    execution_type: DataConnectorDetailExecutionType | None = None
    headers: list[DataConnectorDetailHeadersItem] | None = None
    http_method: DataConnectorDetailHttpMethod | None = None
    name: str | None = None
    object_mappings: list[DataConnectorDetailObjectMappingsItem] | None = None
    response_fields: list[DataConnectorDetailResponseFieldsItem] | None = None
    state: DataConnectorDetailState | None = None
    token_ids: list[str] | None = None
    updated_at: datetime.datetime | None = None
    updated_by_admin_id: str | None = None
    url: str | None = None
    validate_missing_attributes: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    DataConnectorDetail,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="data_connector"),
    audiences=check_scalar_list,
    body=check_str,
    bypass_authentication=check_bool,
    client_function_name=check_str,
    client_function_timeout_ms=check_int,
    configuration_response_type=check_str,
    created_at=parse_datetime,
    created_by_admin_id=check_str,
    customer_authentication=check_bool,
    data_inputs=list_of(ModelRef(models, "DataConnectorDetailDataInputsItem")),
    data_transformation_type=check_str,
    description=check_str,
    direct_fin_usage=check_bool,
    execution_results_url=check_str,
    execution_type=check_str,
    headers=list_of(ModelRef(models, "DataConnectorDetailHeadersItem")),
    http_method=check_str,
    name=check_str,
    object_mappings=list_of(ModelRef(models, "DataConnectorDetailObjectMappingsItem")),
    response_fields=list_of(ModelRef(models, "DataConnectorDetailResponseFieldsItem")),
    state=check_str,
    token_ids=check_scalar_list,
    updated_at=parse_datetime,
    updated_by_admin_id=check_str,
    url=check_str,
    validate_missing_attributes=check_bool,
)
