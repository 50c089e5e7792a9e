# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
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
    UNSET,
    Unset,
    WrongType,
    decode_list,
    parse_datetime,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.data_connector_detail_data_inputs_item import DataConnectorDetailDataInputsItem
    from ..models.data_connector_detail_headers_item import DataConnectorDetailHeadersItem
    from ..models.data_connector_detail_object_mappings_item import DataConnectorDetailObjectMappingsItem
    from ..models.data_connector_detail_response_fields_item import DataConnectorDetailResponseFieldsItem


def _decode_audiences(data: Any) -> list[DataConnectorDetailAudiencesItem]:
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


def _decode_data_inputs(data: Any) -> list[DataConnectorDetailDataInputsItem]:
    return decode_list(data, DataConnectorDetailDataInputsItem.from_dict)


def _decode_headers(data: Any) -> list[DataConnectorDetailHeadersItem]:
    return decode_list(data, DataConnectorDetailHeadersItem.from_dict)


def _decode_object_mappings(data: Any) -> list[DataConnectorDetailObjectMappingsItem]:
    return decode_list(data, DataConnectorDetailObjectMappingsItem.from_dict)


def _decode_response_fields(data: Any) -> list[DataConnectorDetailResponseFieldsItem]:
    return decode_list(data, DataConnectorDetailResponseFieldsItem.from_dict)


def _decode_token_ids(data: Any) -> list[str]:
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
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
        "id",
        "name",
        "object_mappings",
        "response_fields",
        "state",
        "token_ids",
        "type",
        "updated_at",
        "updated_by_admin_id",
        "url",
        "validate_missing_attributes",
    }
)


@_attrs_define(kw_only=True)
class DataConnectorDetail:
    """Full detail view of a data connector, returned by `GET /data_connectors/{id}`.
    Includes configuration, data inputs, response fields, and object mappings.

        Attributes:
            audiences (list[DataConnectorDetailAudiencesItem] | Unset): The audience types this connector targets. Example:
                ['users', 'leads'].
            body (str | Unset): The request body template. Supports template variables. Example: {"text": "{{message}}"}.
            bypass_authentication (bool | Unset): Whether authentication is bypassed for this connector. Example: False.
            client_function_name (None | str | Unset): The name of the client-side function, if applicable.
            client_function_timeout_ms (int | None | Unset): Timeout in milliseconds for the client function, if applicable.
            configuration_response_type (DataConnectorDetailConfigurationResponseType | Unset): The expected response format
                from the connector. Example: test_response_type.
            created_at (datetime.datetime | Unset): The time the data connector was created. Example: 2025-11-15T09:30:00Z.
            created_by_admin_id (None | str | Unset): The ID of the admin who created this connector. Example: 456.
            customer_authentication (bool | Unset): Whether OTP authentication is enabled for this connector. Example:
                False.
            data_inputs (list[DataConnectorDetailDataInputsItem] | Unset): The input parameters accepted by this data
                connector.
            data_transformation_type (DataConnectorDetailDataTransformationType | Unset): The type of data transformation
                applied to the response.
            description (None | str | Unset): A description of what this data connector does. Example: Fetches order status
                from external fulfillment API.
            direct_fin_usage (bool | Unset): Whether this connector is used directly by Fin. Example: False.
            execution_results_url (str | Unset): The URL path to fetch execution results for this connector. Example:
                /data_connectors/12345/execution_results.
            execution_type (DataConnectorDetailExecutionType | Unset): How the connector executes. Example: server_side.
            headers (list[DataConnectorDetailHeadersItem] | Unset): HTTP headers for the request. Header values are always
                redacted as `"****"` in responses. Example: [{'name': 'Authorization', 'value': '****'}].
            http_method (DataConnectorDetailHttpMethod | Unset): The HTTP method used by the data connector. Example: post.
            id (str | Unset): The unique identifier for the data connector. Example: 12345.
            name (str | Unset): The name of the data connector. Example: Order Status Service.
            object_mappings (list[DataConnectorDetailObjectMappingsItem] | Unset): Mappings from connector response objects
                to Intercom objects.
            response_fields (list[DataConnectorDetailResponseFieldsItem] | Unset): The fields returned in the connector
                response.
            state (DataConnectorDetailState | Unset): The current state of the data connector. Example: live.
            token_ids (list[str] | Unset): IDs of authentication tokens associated with this connector. Example: [].
            type_ (DataConnectorDetailType | Unset): The type of object - `data_connector`. Example: data_connector.
            updated_at (datetime.datetime | Unset): The time the data connector was last updated. Example:
                2026-01-20T14:22:15Z.
            updated_by_admin_id (None | str | Unset): The ID of the admin who last updated this connector. Example: 456.
            url (None | str | Unset): The URL of the external API endpoint. Supports template variables like `{{order_id}}`.
                Example: https://api.example.com/orders/{{order_id}}/status.
            validate_missing_attributes (bool | None | Unset): Whether to validate missing attributes before execution.
            additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    audiences: list[DataConnectorDetailAudiencesItem] | None | Unset = UNSET
    body: str | None | Unset = UNSET
    bypass_authentication: bool | None | Unset = UNSET
    client_function_name: None | str | None | Unset = UNSET
    client_function_timeout_ms: int | None | None | Unset = UNSET
    configuration_response_type: DataConnectorDetailConfigurationResponseType | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    created_by_admin_id: None | str | None | Unset = UNSET
    customer_authentication: bool | None | Unset = UNSET
    data_inputs: list[DataConnectorDetailDataInputsItem] | None | Unset = UNSET
    data_transformation_type: DataConnectorDetailDataTransformationType | None | Unset = UNSET
    description: None | str | None | Unset = UNSET
    direct_fin_usage: bool | None | Unset = UNSET
    execution_results_url: str | None | Unset = UNSET
    execution_type: DataConnectorDetailExecutionType | None | Unset = UNSET
    headers: list[DataConnectorDetailHeadersItem] | None | Unset = UNSET
    http_method: DataConnectorDetailHttpMethod | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    object_mappings: list[DataConnectorDetailObjectMappingsItem] | None | Unset = UNSET
    response_fields: list[DataConnectorDetailResponseFieldsItem] | None | Unset = UNSET
    state: DataConnectorDetailState | None | Unset = UNSET
    token_ids: list[str] | None | Unset = UNSET
    type_: DataConnectorDetailType | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    updated_by_admin_id: None | str | None | Unset = UNSET
    url: None | str | None | Unset = UNSET
    validate_missing_attributes: bool | None | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "data_connector"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.audiences
        if _v is not UNSET:
            _d["audiences"] = None if _v is None else to_jsonable(_v)
        _v = self.body
        if _v is not UNSET:
            _d["body"] = _v
        _v = self.bypass_authentication
        if _v is not UNSET:
            _d["bypass_authentication"] = _v
        _v = self.client_function_name
        if _v is not UNSET:
            _d["client_function_name"] = None if _v is None else to_jsonable(_v)
        _v = self.client_function_timeout_ms
        if _v is not UNSET:
            _d["client_function_timeout_ms"] = None if _v is None else to_jsonable(_v)
        _v = self.configuration_response_type
        if _v is not UNSET:
            _d["configuration_response_type"] = _v
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = None if _v is None else to_jsonable(_v)
        _v = self.created_by_admin_id
        if _v is not UNSET:
            _d["created_by_admin_id"] = None if _v is None else to_jsonable(_v)
        _v = self.customer_authentication
        if _v is not UNSET:
            _d["customer_authentication"] = _v
        _v = self.data_inputs
        if _v is not UNSET:
            _d["data_inputs"] = None if _v is None else to_jsonable(_v)
        _v = self.data_transformation_type
        if _v is not UNSET:
            _d["data_transformation_type"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = None if _v is None else to_jsonable(_v)
        _v = self.direct_fin_usage
        if _v is not UNSET:
            _d["direct_fin_usage"] = _v
        _v = self.execution_results_url
        if _v is not UNSET:
            _d["execution_results_url"] = _v
        _v = self.execution_type
        if _v is not UNSET:
            _d["execution_type"] = _v
        _v = self.headers
        if _v is not UNSET:
            _d["headers"] = None if _v is None else to_jsonable(_v)
        _v = self.http_method
        if _v is not UNSET:
            _d["http_method"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.object_mappings
        if _v is not UNSET:
            _d["object_mappings"] = None if _v is None else to_jsonable(_v)
        _v = self.response_fields
        if _v is not UNSET:
            _d["response_fields"] = None if _v is None else to_jsonable(_v)
        _v = self.state
        if _v is not UNSET:
            _d["state"] = _v
        _v = self.token_ids
        if _v is not UNSET:
            _d["token_ids"] = None if _v is None else to_jsonable(_v)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = None if _v is None else to_jsonable(_v)
        _v = self.updated_by_admin_id
        if _v is not UNSET:
            _d["updated_by_admin_id"] = None if _v is None else to_jsonable(_v)
        _v = self.url
        if _v is not UNSET:
            _d["url"] = None if _v is None else to_jsonable(_v)
        _v = self.validate_missing_attributes
        if _v is not UNSET:
            _d["validate_missing_attributes"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="DataConnectorDetail")
            _d = dict(_d)
        _f = ""
        try:
            audiences = _d.get("audiences", UNSET)
            if audiences is not None and audiences is not UNSET:
                _f = "audiences"
                audiences = _decode_audiences(audiences)

            body = _d.get("body", UNSET)
            if body.__class__ is dict or body.__class__ is list:
                raise WrongType("string", body, "body")

            bypass_authentication = _d.get("bypass_authentication", UNSET)
            if bypass_authentication.__class__ is dict or bypass_authentication.__class__ is list:
                raise WrongType("boolean", bypass_authentication, "bypass_authentication")

            client_function_name = _d.get("client_function_name", UNSET)
            if client_function_name.__class__ is dict or client_function_name.__class__ is list:
                raise WrongType("string", client_function_name, "client_function_name")

            client_function_timeout_ms = _d.get("client_function_timeout_ms", UNSET)
            if client_function_timeout_ms.__class__ is dict or client_function_timeout_ms.__class__ is list:
                raise WrongType("integer", client_function_timeout_ms, "client_function_timeout_ms")

            configuration_response_type = _d.get("configuration_response_type", UNSET)
            if configuration_response_type.__class__ is dict or configuration_response_type.__class__ is list:
                raise WrongType("string", configuration_response_type, "configuration_response_type")

            created_at = _d.get("created_at", UNSET)
            if created_at is not None and created_at is not UNSET:
                _f = "created_at"
                created_at = parse_datetime(created_at)

            created_by_admin_id = _d.get("created_by_admin_id", UNSET)
            if created_by_admin_id.__class__ is dict or created_by_admin_id.__class__ is list:
                raise WrongType("string", created_by_admin_id, "created_by_admin_id")

            customer_authentication = _d.get("customer_authentication", UNSET)
            if customer_authentication.__class__ is dict or customer_authentication.__class__ is list:
                raise WrongType("boolean", customer_authentication, "customer_authentication")

            data_inputs = _d.get("data_inputs", UNSET)
            if data_inputs is not None and data_inputs is not UNSET:
                _f = "data_inputs"
                data_inputs = _decode_data_inputs(data_inputs)

            data_transformation_type = _d.get("data_transformation_type", UNSET)
            if data_transformation_type.__class__ is dict or data_transformation_type.__class__ is list:
                raise WrongType("string", data_transformation_type, "data_transformation_type")

            description = _d.get("description", UNSET)
            if description.__class__ is dict or description.__class__ is list:
                raise WrongType("string", description, "description")

            direct_fin_usage = _d.get("direct_fin_usage", UNSET)
            if direct_fin_usage.__class__ is dict or direct_fin_usage.__class__ is list:
                raise WrongType("boolean", direct_fin_usage, "direct_fin_usage")

            execution_results_url = _d.get("execution_results_url", UNSET)
            if execution_results_url.__class__ is dict or execution_results_url.__class__ is list:
                raise WrongType("string", execution_results_url, "execution_results_url")

            execution_type = _d.get("execution_type", UNSET)
            if execution_type.__class__ is dict or execution_type.__class__ is list:
                raise WrongType("string", execution_type, "execution_type")

            headers = _d.get("headers", UNSET)
            if headers is not None and headers is not UNSET:
                _f = "headers"
                headers = _decode_headers(headers)

            http_method = _d.get("http_method", UNSET)
            if http_method.__class__ is dict or http_method.__class__ is list:
                raise WrongType("string", http_method, "http_method")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            object_mappings = _d.get("object_mappings", UNSET)
            if object_mappings is not None and object_mappings is not UNSET:
                _f = "object_mappings"
                object_mappings = _decode_object_mappings(object_mappings)

            response_fields = _d.get("response_fields", UNSET)
            if response_fields is not None and response_fields is not UNSET:
                _f = "response_fields"
                response_fields = _decode_response_fields(response_fields)

            state = _d.get("state", UNSET)
            if state.__class__ is dict or state.__class__ is list:
                raise WrongType("string", state, "state")

            token_ids = _d.get("token_ids", UNSET)
            if token_ids is not None and token_ids is not UNSET:
                _f = "token_ids"
                token_ids = _decode_token_ids(token_ids)

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at is not None and updated_at is not UNSET:
                _f = "updated_at"
                updated_at = parse_datetime(updated_at)

            updated_by_admin_id = _d.get("updated_by_admin_id", UNSET)
            if updated_by_admin_id.__class__ is dict or updated_by_admin_id.__class__ is list:
                raise WrongType("string", updated_by_admin_id, "updated_by_admin_id")

            url = _d.get("url", UNSET)
            if url.__class__ is dict or url.__class__ is list:
                raise WrongType("string", url, "url")

            validate_missing_attributes = _d.get("validate_missing_attributes", UNSET)
            if validate_missing_attributes.__class__ is dict or validate_missing_attributes.__class__ is list:
                raise WrongType("boolean", validate_missing_attributes, "validate_missing_attributes")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.audiences = audiences
            _obj.body = body
            _obj.bypass_authentication = bypass_authentication
            _obj.client_function_name = client_function_name
            _obj.client_function_timeout_ms = client_function_timeout_ms
            _obj.configuration_response_type = configuration_response_type
            _obj.created_at = created_at
            _obj.created_by_admin_id = created_by_admin_id
            _obj.customer_authentication = customer_authentication
            _obj.data_inputs = data_inputs
            _obj.data_transformation_type = data_transformation_type
            _obj.description = description
            _obj.direct_fin_usage = direct_fin_usage
            _obj.execution_results_url = execution_results_url
            _obj.execution_type = execution_type
            _obj.headers = headers
            _obj.http_method = http_method
            _obj.id = id
            _obj.name = name
            _obj.object_mappings = object_mappings
            _obj.response_fields = response_fields
            _obj.state = state
            _obj.token_ids = token_ids
            _obj.type_ = type_
            _obj.updated_at = updated_at
            _obj.updated_by_admin_id = updated_by_admin_id
            _obj.url = url
            _obj.validate_missing_attributes = validate_missing_attributes
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="DataConnectorDetail", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("DataConnectorDetail", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="DataConnectorDetail", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="DataConnectorDetail", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.data_connector_detail_data_inputs_item import DataConnectorDetailDataInputsItem  # noqa: E402
from ..models.data_connector_detail_headers_item import DataConnectorDetailHeadersItem  # noqa: E402
from ..models.data_connector_detail_object_mappings_item import DataConnectorDetailObjectMappingsItem  # noqa: E402
from ..models.data_connector_detail_response_fields_item import DataConnectorDetailResponseFieldsItem  # noqa: E402
