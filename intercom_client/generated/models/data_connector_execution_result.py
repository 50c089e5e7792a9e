# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
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
    UNSET,
    Unset,
    WrongType,
    parse_datetime,
    to_jsonable,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "conversation_id",
        "created_at",
        "data_connector_id",
        "error_message",
        "error_type",
        "execution_time_ms",
        "http_method",
        "http_status",
        "id",
        "raw_response_body",
        "request_body",
        "request_url",
        "response_body",
        "source_id",
        "source_type",
        "success",
        "type",
    }
)


@_attrs_define(kw_only=True)
class DataConnectorExecutionResult:
    """An execution result from a data connector HTTP request.

    Attributes:
        conversation_id (None | str | Unset): The conversation associated with this execution, if any. Example: 8001.
        created_at (datetime.datetime | Unset): The time the execution occurred. Example: 2026-02-10T18:15:32Z.
        data_connector_id (str | Unset): The unique identifier of the data connector that produced this result. Example:
            12345.
        error_message (None | str | Unset): A human-readable error message. Query parameters, userinfo, and fragments in
            URLs are redacted. Example: Connection refused.
        error_type (DataConnectorExecutionResultErrorType | Unset): The type of error that occurred, if any. Example:
            3rd_party_error.
        execution_time_ms (int | None | Unset): The execution time in milliseconds. Example: 245.
        http_method (DataConnectorExecutionResultHttpMethod | Unset): The HTTP method used for the request. Example:
            post.
        http_status (int | None | Unset): The HTTP status code returned by the external API. Example: 200.
        id (str | Unset): The unique identifier for the execution result. Example: 99001.
        raw_response_body (None | str | Unset): The raw (unmapped) response body. Example: {"status": "ok"}.
        request_body (None | str | Unset): The request body sent to the external API. Example: {"message": "hello"}.
        request_url (None | str | Unset): The request URL. Query parameters, userinfo, and fragments are redacted.
            Example: https://api.example.com/webhook.
        response_body (None | str | Unset): The response body from the external API. Example: {"status": "ok"}.
        source_id (None | str | Unset): The identifier of the source that triggered this execution. Example: 5001.
        source_type (DataConnectorExecutionResultSourceType | Unset): The type of source that triggered this execution.
            Example: workflow.
        success (bool | Unset): Whether the execution was successful. Example: True.
        type_ (DataConnectorExecutionResultType | Unset): The type of object - `data_connector.execution`. Example:
            data_connector.execution.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: None | str | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    data_connector_id: str | None | Unset = UNSET
    error_message: None | str | None | Unset = UNSET
    error_type: DataConnectorExecutionResultErrorType | None | Unset = UNSET
    execution_time_ms: int | None | None | Unset = UNSET
    http_method: DataConnectorExecutionResultHttpMethod | None | Unset = UNSET
    http_status: int | None | None | Unset = UNSET
    id: str | None | Unset = UNSET
    raw_response_body: None | str | None | Unset = UNSET
    request_body: None | str | None | Unset = UNSET
    request_url: None | str | None | Unset = UNSET
    response_body: None | str | None | Unset = UNSET
    source_id: None | str | None | Unset = UNSET
    source_type: DataConnectorExecutionResultSourceType | None | Unset = UNSET
    success: bool | None | Unset = UNSET
    type_: DataConnectorExecutionResultType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "data_connector.execution"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.conversation_id
        if _v is not UNSET:
            _d["conversation_id"] = None if _v is None else to_jsonable(_v)
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = None if _v is None else to_jsonable(_v)
        _v = self.data_connector_id
        if _v is not UNSET:
            _d["data_connector_id"] = _v
        _v = self.error_message
        if _v is not UNSET:
            _d["error_message"] = None if _v is None else to_jsonable(_v)
        _v = self.error_type
        if _v is not UNSET:
            _d["error_type"] = _v
        _v = self.execution_time_ms
        if _v is not UNSET:
            _d["execution_time_ms"] = None if _v is None else to_jsonable(_v)
        _v = self.http_method
        if _v is not UNSET:
            _d["http_method"] = _v
        _v = self.http_status
        if _v is not UNSET:
            _d["http_status"] = None if _v is None else to_jsonable(_v)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.raw_response_body
        if _v is not UNSET:
            _d["raw_response_body"] = None if _v is None else to_jsonable(_v)
        _v = self.request_body
        if _v is not UNSET:
            _d["request_body"] = None if _v is None else to_jsonable(_v)
        _v = self.request_url
        if _v is not UNSET:
            _d["request_url"] = None if _v is None else to_jsonable(_v)
        _v = self.response_body
        if _v is not UNSET:
            _d["response_body"] = None if _v is None else to_jsonable(_v)
        _v = self.source_id
        if _v is not UNSET:
            _d["source_id"] = None if _v is None else to_jsonable(_v)
        _v = self.source_type
        if _v is not UNSET:
            _d["source_type"] = _v
        _v = self.success
        if _v is not UNSET:
            _d["success"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="DataConnectorExecutionResult"
                )
            _d = dict(_d)
        _f = ""
        try:
            conversation_id = _d.get("conversation_id", UNSET)
            if conversation_id.__class__ is dict or conversation_id.__class__ is list:
                raise WrongType("string", conversation_id, "conversation_id")

            created_at = _d.get("created_at", UNSET)
            if created_at is not None and created_at is not UNSET:
                _f = "created_at"
                created_at = parse_datetime(created_at)

            data_connector_id = _d.get("data_connector_id", UNSET)
            if data_connector_id.__class__ is dict or data_connector_id.__class__ is list:
                raise WrongType("string", data_connector_id, "data_connector_id")

            error_message = _d.get("error_message", UNSET)
            if error_message.__class__ is dict or error_message.__class__ is list:
                raise WrongType("string", error_message, "error_message")

            error_type = _d.get("error_type", UNSET)
            if error_type.__class__ is dict or error_type.__class__ is list:
                raise WrongType("string", error_type, "error_type")

            execution_time_ms = _d.get("execution_time_ms", UNSET)
            if execution_time_ms.__class__ is dict or execution_time_ms.__class__ is list:
                raise WrongType("integer", execution_time_ms, "execution_time_ms")

            http_method = _d.get("http_method", UNSET)
            if http_method.__class__ is dict or http_method.__class__ is list:
                raise WrongType("string", http_method, "http_method")

            http_status = _d.get("http_status", UNSET)
            if http_status.__class__ is dict or http_status.__class__ is list:
                raise WrongType("integer", http_status, "http_status")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            raw_response_body = _d.get("raw_response_body", UNSET)
            if raw_response_body.__class__ is dict or raw_response_body.__class__ is list:
                raise WrongType("string", raw_response_body, "raw_response_body")

            request_body = _d.get("request_body", UNSET)
            if request_body.__class__ is dict or request_body.__class__ is list:
                raise WrongType("string", request_body, "request_body")

            request_url = _d.get("request_url", UNSET)
            if request_url.__class__ is dict or request_url.__class__ is list:
                raise WrongType("string", request_url, "request_url")

            response_body = _d.get("response_body", UNSET)
            if response_body.__class__ is dict or response_body.__class__ is list:
                raise WrongType("string", response_body, "response_body")

            source_id = _d.get("source_id", UNSET)
            if source_id.__class__ is dict or source_id.__class__ is list:
                raise WrongType("string", source_id, "source_id")

            source_type = _d.get("source_type", UNSET)
            if source_type.__class__ is dict or source_type.__class__ is list:
                raise WrongType("string", source_type, "source_type")

            success = _d.get("success", UNSET)
            if success.__class__ is dict or success.__class__ is list:
                raise WrongType("boolean", success, "success")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.conversation_id = conversation_id
            _obj.created_at = created_at
            _obj.data_connector_id = data_connector_id
            _obj.error_message = error_message
            _obj.error_type = error_type
            _obj.execution_time_ms = execution_time_ms
            _obj.http_method = http_method
            _obj.http_status = http_status
            _obj.id = id
            _obj.raw_response_body = raw_response_body
            _obj.request_body = request_body
            _obj.request_url = request_url
            _obj.response_body = response_body
            _obj.source_id = source_id
            _obj.source_type = source_type
            _obj.success = success
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="DataConnectorExecutionResult", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("DataConnectorExecutionResult", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="DataConnectorExecutionResult", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(
                str(exc), model="DataConnectorExecutionResult", path=(_f,) if _f else ()
            ) from None
        return _obj
