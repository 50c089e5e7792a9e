# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_connector_execution_result_error_type import (
    DataConnectorExecutionResultErrorType,
)
from ..models.data_connector_execution_result_http_method import (
    DataConnectorExecutionResultHttpMethod,
)
from ..models.data_connector_execution_result_source_type import (
    DataConnectorExecutionResultSourceType,
)
from ..models.data_connector_execution_result_type import (
    DataConnectorExecutionResultType,
)
from ..types import (
    DecodingIssue,
    Field,
    Model,
    check_bool,
    check_int,
    check_str,
    parse_datetime,
    received_fields,
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataConnectorExecutionResult(Model):
    """An execution result from a data connector HTTP request.

    Attributes:
        id (str): The unique identifier for the execution result. Example: 99001.
        type_ (DataConnectorExecutionResultType): The type of object - `data_connector.execution`. Example:
            data_connector.execution.
        conversation_id (str | None): The conversation associated with this execution, if any. Example: 8001.
        created_at (datetime.datetime | None): The time the execution occurred. Example: 2026-02-10T18:15:32Z.
        data_connector_id (str | None): The unique identifier of the data connector that produced this result. Example:
            12345.
        error_message (str | None): A human-readable error message. Query parameters, userinfo, and fragments in URLs
            are redacted. Example: Connection refused.
        error_type (DataConnectorExecutionResultErrorType | None): The type of error that occurred, if any. Example:
            3rd_party_error.
        execution_time_ms (int | None): The execution time in milliseconds. Example: 245.
        http_method (DataConnectorExecutionResultHttpMethod | None): The HTTP method used for the request. Example:
            post.
        http_status (int | None): The HTTP status code returned by the external API. Example: 200.
        raw_response_body (str | None): The raw (unmapped) response body. Example: {"status": "ok"}.
        request_body (str | None): The request body sent to the external API. Example: {"message": "hello"}.
        request_url (str | None): The request URL. Query parameters, userinfo, and fragments are redacted. Example:
            https://api.example.com/webhook.
        response_body (str | None): The response body from the external API. Example: {"status": "ok"}.
        source_id (str | None): The identifier of the source that triggered this execution. Example: 5001.
        source_type (DataConnectorExecutionResultSourceType | None): The type of source that triggered this execution.
            Example: workflow.
        success (bool | None): Whether the execution was successful. Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: DataConnectorExecutionResultType
    conversation_id: str | None = None
    created_at: datetime.datetime | None = None
    data_connector_id: str | None = None
    error_message: str | None = None
    error_type: DataConnectorExecutionResultErrorType | None = None
    execution_time_ms: int | None = None
    http_method: DataConnectorExecutionResultHttpMethod | None = None
    http_status: int | None = None
    raw_response_body: str | None = None
    request_body: str | None = None
    request_url: str | None = None
    response_body: str | None = None
    source_id: str | None = None
    source_type: DataConnectorExecutionResultSourceType | None = None
    success: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    DataConnectorExecutionResult,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="data_connector.execution"),
    conversation_id=check_str,
    created_at=parse_datetime,
    data_connector_id=check_str,
    error_message=check_str,
    error_type=check_str,
    execution_time_ms=check_int,
    http_method=check_str,
    http_status=check_int,
    raw_response_body=check_str,
    request_body=check_str,
    request_url=check_str,
    response_body=check_str,
    source_id=check_str,
    source_type=check_str,
    success=check_bool,
)
