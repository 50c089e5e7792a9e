# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.update_data_connector_request_audiences_item import (
    UpdateDataConnectorRequestAudiencesItem,
)
from ..models.update_data_connector_request_http_method import (
    UpdateDataConnectorRequestHttpMethod,
)
from ..models.update_data_connector_request_state import (
    UpdateDataConnectorRequestState,
)
from ..types import (
    UNSET,
    DecodingIssue,
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
    from ..models.update_data_connector_request_data_inputs_item import (
        UpdateDataConnectorRequestDataInputsItem,
        UpdateDataConnectorRequestDataInputsItemDict,
    )
    from ..models.update_data_connector_request_headers_item import (
        UpdateDataConnectorRequestHeadersItem,
        UpdateDataConnectorRequestHeadersItemDict,
    )
    from ..models.update_data_connector_request_mock_response import UpdateDataConnectorRequestMockResponse


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateDataConnectorRequest(Model):
    """Update an existing data connector. All fields are optional — only provided fields will be updated. Set `state` to
    `live` or `draft` to change the connector's state.

    Attributes:
        audiences (list[UpdateDataConnectorRequestAudiencesItem] | Unset | None): The audience types this connector
            targets. Example: ['leads', 'users'].
        body (str | Unset | None): The request body template. Supports template variables.
        bypass_authentication (bool | Unset | None): Whether authentication is bypassed for this connector. Example:
            False.
        customer_authentication (bool | Unset | None): Whether OTP authentication is enabled for this connector.
            Example: False.
        data_inputs (list[UpdateDataConnectorRequestDataInputsItem] | Unset | None): The input parameters accepted by
            this data connector. Replaces all existing inputs.
        description (str | Unset | None): A description of what this data connector does. Example: Updated description.
        direct_fin_usage (bool | Unset | None): Whether this connector is used directly by Fin. Example: False.
        headers (list[UpdateDataConnectorRequestHeadersItem] | Unset | None): HTTP headers to include in the request.
        http_method (UpdateDataConnectorRequestHttpMethod | Unset | None): The HTTP method used by the data connector.
            Example: post.
        mock_response (UpdateDataConnectorRequestMockResponse | Unset | None): A sample JSON response from the external
            API. Auto-generates `response_fields` and sets `configuration_response_type` to `mock_response_type`. Example:
            {'order': {'id': 12345, 'status': 'shipped'}}.
        name (str | Unset | None): The name of the data connector. Example: Updated Connector Name.
        state (UpdateDataConnectorRequestState | Unset | None): The desired state of the connector.
        token_ids (list[str] | Unset | None): IDs of authentication tokens to attach to this data connector. An empty
            array removes all tokens. Example: ['1234', '5678'].
        url (str | Unset | None): The URL of the external API endpoint. Supports template variables like `{{order_id}}`.
            Example: https://api.example.com/orders/{{order_id}}/status.
        validate_missing_attributes (bool | Unset | None): Whether to validate missing attributes before execution.
            Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    audiences: list[UpdateDataConnectorRequestAudiencesItem] | Unset | None = UNSET
    body: str | Unset | None = UNSET
    bypass_authentication: bool | Unset | None = UNSET
    customer_authentication: bool | Unset | None = UNSET
    data_inputs: list[UpdateDataConnectorRequestDataInputsItem] | Unset | None = UNSET
    description: str | Unset | None = UNSET
    direct_fin_usage: bool | Unset | None = UNSET
    headers: list[UpdateDataConnectorRequestHeadersItem] | Unset | None = UNSET
    http_method: UpdateDataConnectorRequestHttpMethod | Unset | None = UNSET
    mock_response: UpdateDataConnectorRequestMockResponse | Unset | None = UNSET
    name: str | Unset | None = UNSET
    state: UpdateDataConnectorRequestState | Unset | None = UNSET
    token_ids: list[str] | Unset | None = UNSET
    url: str | Unset | None = UNSET
    validate_missing_attributes: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UpdateDataConnectorRequestDict(TypedDict, total=False):
    """:class:`UpdateDataConnectorRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    audiences: Sequence[UpdateDataConnectorRequestAudiencesItem]
    body: str
    bypass_authentication: bool
    customer_authentication: bool
    data_inputs: Sequence[UpdateDataConnectorRequestDataInputsItemDict]
    description: str
    direct_fin_usage: bool
    headers: Sequence[UpdateDataConnectorRequestHeadersItemDict]
    http_method: UpdateDataConnectorRequestHttpMethod
    mock_response: Mapping[str, Any]
    name: str
    state: UpdateDataConnectorRequestState
    token_ids: Sequence[str]
    url: str
    validate_missing_attributes: bool


sent_fields(
    UpdateDataConnectorRequest,
    audiences=check_scalar_list,
    body=check_str,
    bypass_authentication=check_bool,
    customer_authentication=check_bool,
    data_inputs=list_of(ModelRef(models, "UpdateDataConnectorRequestDataInputsItem")),
    description=check_str,
    direct_fin_usage=check_bool,
    headers=list_of(ModelRef(models, "UpdateDataConnectorRequestHeadersItem")),
    http_method=check_str,
    mock_response=ModelRef(models, "UpdateDataConnectorRequestMockResponse"),
    name=check_str,
    state=check_str,
    token_ids=check_scalar_list,
    url=check_str,
    validate_missing_attributes=check_bool,
)
