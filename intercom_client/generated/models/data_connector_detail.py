# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
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
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    WrongType,
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    decode_leniently,
    decode_list,
    install_lazy_fields,
    parse_datetime,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.data_connector_detail_data_inputs_item import DataConnectorDetailDataInputsItem
    from ..models.data_connector_detail_headers_item import DataConnectorDetailHeadersItem
    from ..models.data_connector_detail_object_mappings_item import DataConnectorDetailObjectMappingsItem
    from ..models.data_connector_detail_response_fields_item import DataConnectorDetailResponseFieldsItem


def _decode_data_inputs(data: Any) -> list[DataConnectorDetailDataInputsItem]:
    return decode_list(data, DataConnectorDetailDataInputsItem.from_dict)


def _decode_headers(data: Any) -> list[DataConnectorDetailHeadersItem]:
    return decode_list(data, DataConnectorDetailHeadersItem.from_dict)


def _decode_object_mappings(data: Any) -> list[DataConnectorDetailObjectMappingsItem]:
    return decode_list(data, DataConnectorDetailObjectMappingsItem.from_dict)


def _decode_response_fields(data: Any) -> list[DataConnectorDetailResponseFieldsItem]:
    return decode_list(data, DataConnectorDetailResponseFieldsItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "audiences": None,
    "body": None,
    "bypass_authentication": None,
    "client_function_name": None,
    "client_function_timeout_ms": None,
    "configuration_response_type": None,
    "created_at": None,
    "created_by_admin_id": None,
    "customer_authentication": None,
    "data_inputs": None,
    "data_transformation_type": None,
    "description": None,
    "direct_fin_usage": None,
    "execution_results_url": None,
    "execution_type": None,
    "headers": None,
    "http_method": None,
    "name": None,
    "object_mappings": None,
    "response_fields": None,
    "state": None,
    "token_ids": None,
    "updated_at": None,
    "updated_by_admin_id": None,
    "url": None,
    "validate_missing_attributes": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "audiences",
        "body",
        "bypass_authentication",
        "client_function_name",
        "client_function_timeout_ms",
        "configuration_response_type",
        "created_at",
        "created_by_admin_id",
        "customer_authentication",
        "data_inputs",
        "data_transformation_type",
        "description",
        "direct_fin_usage",
        "execution_results_url",
        "execution_type",
        "headers",
        "http_method",
        "name",
        "object_mappings",
        "response_fields",
        "state",
        "token_ids",
        "updated_at",
        "updated_by_admin_id",
        "url",
        "validate_missing_attributes",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataConnectorDetail:
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
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "data_connector"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.audiences
        if _v is not None:
            _d["audiences"] = to_jsonable(_v)
        _v = self.body
        if _v is not None:
            _d["body"] = _v
        _v = self.bypass_authentication
        if _v is not None:
            _d["bypass_authentication"] = _v
        _v = self.client_function_name
        if _v is not None:
            _d["client_function_name"] = to_jsonable(_v)
        _v = self.client_function_timeout_ms
        if _v is not None:
            _d["client_function_timeout_ms"] = to_jsonable(_v)
        _v = self.configuration_response_type
        if _v is not None:
            _d["configuration_response_type"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = to_jsonable(_v)
        _v = self.created_by_admin_id
        if _v is not None:
            _d["created_by_admin_id"] = to_jsonable(_v)
        _v = self.customer_authentication
        if _v is not None:
            _d["customer_authentication"] = _v
        _v = self.data_inputs
        if _v is not None:
            _d["data_inputs"] = to_jsonable(_v)
        _v = self.data_transformation_type
        if _v is not None:
            _d["data_transformation_type"] = _v
        _v = self.description
        if _v is not None:
            _d["description"] = to_jsonable(_v)
        _v = self.direct_fin_usage
        if _v is not None:
            _d["direct_fin_usage"] = _v
        _v = self.execution_results_url
        if _v is not None:
            _d["execution_results_url"] = _v
        _v = self.execution_type
        if _v is not None:
            _d["execution_type"] = _v
        _v = self.headers
        if _v is not None:
            _d["headers"] = to_jsonable(_v)
        _v = self.http_method
        if _v is not None:
            _d["http_method"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.object_mappings
        if _v is not None:
            _d["object_mappings"] = to_jsonable(_v)
        _v = self.response_fields
        if _v is not None:
            _d["response_fields"] = to_jsonable(_v)
        _v = self.state
        if _v is not None:
            _d["state"] = _v
        _v = self.token_ids
        if _v is not None:
            _d["token_ids"] = to_jsonable(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = to_jsonable(_v)
        _v = self.updated_by_admin_id
        if _v is not None:
            _d["updated_by_admin_id"] = to_jsonable(_v)
        _v = self.url
        if _v is not None:
            _d["url"] = to_jsonable(_v)
        _v = self.validate_missing_attributes
        if _v is not None:
            _d["validate_missing_attributes"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("audiences", "audiences", check_scalar_list, False),
            FieldSpec("body", "body", check_str, False),
            FieldSpec("bypass_authentication", "bypass_authentication", check_bool, False),
            FieldSpec("client_function_name", "client_function_name", check_str, False),
            FieldSpec("client_function_timeout_ms", "client_function_timeout_ms", check_int, False),
            FieldSpec("configuration_response_type", "configuration_response_type", check_str, False),
            FieldSpec("created_at", "created_at", parse_datetime, False),
            FieldSpec("created_by_admin_id", "created_by_admin_id", check_str, False),
            FieldSpec("customer_authentication", "customer_authentication", check_bool, False),
            FieldSpec("data_inputs", "data_inputs", _decode_data_inputs, False),
            FieldSpec("data_transformation_type", "data_transformation_type", check_str, False),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("direct_fin_usage", "direct_fin_usage", check_bool, False),
            FieldSpec("execution_results_url", "execution_results_url", check_str, False),
            FieldSpec("execution_type", "execution_type", check_str, False),
            FieldSpec("headers", "headers", _decode_headers, False),
            FieldSpec("http_method", "http_method", check_str, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("object_mappings", "object_mappings", _decode_object_mappings, False),
            FieldSpec("response_fields", "response_fields", _decode_response_fields, False),
            FieldSpec("state", "state", check_str, False),
            FieldSpec("token_ids", "token_ids", check_scalar_list, False),
            FieldSpec("updated_at", "updated_at", parse_datetime, False),
            FieldSpec("updated_by_admin_id", "updated_by_admin_id", check_str, False),
            FieldSpec("url", "url", check_str, False),
            FieldSpec("validate_missing_attributes", "validate_missing_attributes", check_bool, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="DataConnectorDetail")
            _d = dict(_d)
        # The instance's attributes are built as one dict: every field absent (a copy of a dict of
        # that shape is one memory copy), then what came, then only the fields that need work.
        _state: dict[str, Any] = _ABSENT.copy()
        _state.update(_d)
        try:
            if _d.keys() <= _KNOWN_FIELDS:
                _state["additional_properties"] = {}
            else:
                _state["additional_properties"] = _extra = {key: _state.pop(key) for key in _d.keys() - _KNOWN_FIELDS}
                _state.update({key: _ABSENT[key] for key in _extra.keys() & _ABSENT.keys()})
            if "id" not in _d:
                raise KeyError("id")
            if _state["id"] is None:
                raise WrongType("a value", None)
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
            _v = _state["audiences"]
            if _v is not None:
                _v = check_scalar_list(_v)

            _state["audiences"] = _v
            _v = _state["created_at"]
            if _v is not None:
                _v = parse_datetime(_v)

            _state["created_at"] = _v
            if _state["data_inputs"] is not None:
                _state["data_inputs"] = Pending(_state["data_inputs"])
            if _state["headers"] is not None:
                _state["headers"] = Pending(_state["headers"])
            if _state["object_mappings"] is not None:
                _state["object_mappings"] = Pending(_state["object_mappings"])
            if _state["response_fields"] is not None:
                _state["response_fields"] = Pending(_state["response_fields"])
            _v = _state["token_ids"]
            if _v is not None:
                _v = check_scalar_list(_v)

            _state["token_ids"] = _v
            _v = _state["updated_at"]
            if _v is not None:
                _v = parse_datetime(_v)

            _state["updated_at"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.data_connector_detail_data_inputs_item import DataConnectorDetailDataInputsItem
from ..models.data_connector_detail_headers_item import DataConnectorDetailHeadersItem
from ..models.data_connector_detail_object_mappings_item import DataConnectorDetailObjectMappingsItem
from ..models.data_connector_detail_response_fields_item import DataConnectorDetailResponseFieldsItem

install_lazy_fields(
    DataConnectorDetail,
    (
        "data_inputs",
        "headers",
        "object_mappings",
        "response_fields",
    ),
)
