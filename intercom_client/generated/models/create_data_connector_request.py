# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.create_data_connector_request_audiences_item import (
    CreateDataConnectorRequestAudiencesItem,
)
from ..models.create_data_connector_request_http_method import (
    CreateDataConnectorRequestHttpMethod,
)
from ..types import (
    UNSET,
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    Unset,
    check_bool,
    check_scalar_list,
    check_str,
    list_of,
    sent_fields,
)

if TYPE_CHECKING:
    from ..models.create_data_connector_request_data_inputs_item import (
        CreateDataConnectorRequestDataInputsItem,
        CreateDataConnectorRequestDataInputsItemDict,
    )
    from ..models.create_data_connector_request_headers_item import (
        CreateDataConnectorRequestHeadersItem,
        CreateDataConnectorRequestHeadersItemDict,
    )
    from ..models.create_data_connector_request_mock_response import CreateDataConnectorRequestMockResponse


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateDataConnectorRequest(Model):
    """You can create a data connector by providing the required parameters.

    Attributes:
        name (str): The name of the data connector. Example: Get Order Status.
        audiences (list[CreateDataConnectorRequestAudiencesItem] | Unset | None): The user types this connector is
            available for. Example: ['leads', 'visitors'].
        body (str | Unset | None): The request body template. Supports template variables.
        bypass_authentication (bool | Unset | None): Whether authentication is bypassed entirely (public endpoint).
            Defaults to false. Example: False.
        customer_authentication (bool | Unset | None): Whether the connector requires customer authentication before
            executing. Defaults to false. Example: False.
        data_inputs (list[CreateDataConnectorRequestDataInputsItem] | Unset | None): Input parameters accepted by the
            connector.
        description (str | Unset | None): A description of what this data connector does. Example: Looks up order status
            from an external service.
        direct_fin_usage (bool | Unset | None): Whether the connector is used directly by Fin (true) or only in
            workflows (false). Defaults to false. Example: False.
        headers (list[CreateDataConnectorRequestHeadersItem] | Unset | None): HTTP headers to include in the request.
        http_method (CreateDataConnectorRequestHttpMethod | Unset | None): The HTTP method used when calling the
            external API. Example: get.
        mock_response (CreateDataConnectorRequestMockResponse | Unset | None): A sample JSON response from the external
            API. Auto-generates `response_fields` and sets `configuration_response_type` to `mock_response_type`. Example:
            {'order': {'id': 12345, 'status': 'shipped'}}.
        token_ids (list[str] | Unset | None): IDs of authentication tokens to attach to this data connector. Example:
            ['1234', '5678'].
        url (str | Unset | None): The URL of the external API endpoint. Supports template variables like `{{order_id}}`.
            Example: https://api.example.com/orders/{{order_id}}/status.
        validate_missing_attributes (bool | Unset | None): Whether to validate that all required data inputs have values
            before executing. Example: False.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    name: str
    audiences: list[CreateDataConnectorRequestAudiencesItem] | Unset | None = UNSET
    body: str | Unset | None = UNSET
    bypass_authentication: bool | Unset | None = UNSET
    customer_authentication: bool | Unset | None = UNSET
    data_inputs: list[CreateDataConnectorRequestDataInputsItem] | Unset | None = UNSET
    description: str | Unset | None = UNSET
    direct_fin_usage: bool | Unset | None = UNSET
    headers: list[CreateDataConnectorRequestHeadersItem] | Unset | None = UNSET
    http_method: CreateDataConnectorRequestHttpMethod | Unset | None = UNSET
    mock_response: CreateDataConnectorRequestMockResponse | Unset | None = UNSET
    token_ids: list[str] | Unset | None = UNSET
    url: str | Unset | None = UNSET
    validate_missing_attributes: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateDataConnectorRequestDict(TypedDict, total=False):
    """:class:`CreateDataConnectorRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    name: Required[str]
    audiences: Sequence[CreateDataConnectorRequestAudiencesItem]
    body: str
    bypass_authentication: bool
    customer_authentication: bool
    data_inputs: Sequence[CreateDataConnectorRequestDataInputsItemDict]
    description: str
    direct_fin_usage: bool
    headers: Sequence[CreateDataConnectorRequestHeadersItemDict]
    http_method: CreateDataConnectorRequestHttpMethod
    mock_response: Mapping[str, Any]
    token_ids: Sequence[str]
    url: str
    validate_missing_attributes: bool


sent_fields(
    CreateDataConnectorRequest,
    name=Field(check_str, required=True),
    audiences=check_scalar_list,
    body=check_str,
    bypass_authentication=check_bool,
    customer_authentication=check_bool,
    data_inputs=list_of(ModelRef(models, "CreateDataConnectorRequestDataInputsItem")),
    description=check_str,
    direct_fin_usage=check_bool,
    headers=list_of(ModelRef(models, "CreateDataConnectorRequestHeadersItem")),
    http_method=check_str,
    mock_response=ModelRef(models, "CreateDataConnectorRequestMockResponse"),
    token_ids=check_scalar_list,
    url=check_str,
    validate_missing_attributes=check_bool,
)
