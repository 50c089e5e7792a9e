# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
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
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    WrongType,
    check_bool,
    check_int,
    check_str,
    decode_leniently,
    parse_datetime,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "conversation_id": None,
    "created_at": None,
    "data_connector_id": None,
    "error_message": None,
    "error_type": None,
    "execution_time_ms": None,
    "http_method": None,
    "http_status": None,
    "raw_response_body": None,
    "request_body": None,
    "request_url": None,
    "response_body": None,
    "source_id": None,
    "source_type": None,
    "success": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "conversation_id",
        "created_at",
        "data_connector_id",
        "error_message",
        "error_type",
        "execution_time_ms",
        "http_method",
        "http_status",
        "raw_response_body",
        "request_body",
        "request_url",
        "response_body",
        "source_id",
        "source_type",
        "success",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataConnectorExecutionResult:
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
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "data_connector.execution"),)
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
        _v = self.conversation_id
        if _v is not None:
            _d["conversation_id"] = to_jsonable(_v)
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = to_jsonable(_v)
        _v = self.data_connector_id
        if _v is not None:
            _d["data_connector_id"] = _v
        _v = self.error_message
        if _v is not None:
            _d["error_message"] = to_jsonable(_v)
        _v = self.error_type
        if _v is not None:
            _d["error_type"] = _v
        _v = self.execution_time_ms
        if _v is not None:
            _d["execution_time_ms"] = to_jsonable(_v)
        _v = self.http_method
        if _v is not None:
            _d["http_method"] = _v
        _v = self.http_status
        if _v is not None:
            _d["http_status"] = to_jsonable(_v)
        _v = self.raw_response_body
        if _v is not None:
            _d["raw_response_body"] = to_jsonable(_v)
        _v = self.request_body
        if _v is not None:
            _d["request_body"] = to_jsonable(_v)
        _v = self.request_url
        if _v is not None:
            _d["request_url"] = to_jsonable(_v)
        _v = self.response_body
        if _v is not None:
            _d["response_body"] = to_jsonable(_v)
        _v = self.source_id
        if _v is not None:
            _d["source_id"] = to_jsonable(_v)
        _v = self.source_type
        if _v is not None:
            _d["source_type"] = _v
        _v = self.success
        if _v is not None:
            _d["success"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("conversation_id", "conversation_id", check_str, False),
            FieldSpec("created_at", "created_at", parse_datetime, False),
            FieldSpec("data_connector_id", "data_connector_id", check_str, False),
            FieldSpec("error_message", "error_message", check_str, False),
            FieldSpec("error_type", "error_type", check_str, False),
            FieldSpec("execution_time_ms", "execution_time_ms", check_int, False),
            FieldSpec("http_method", "http_method", check_str, False),
            FieldSpec("http_status", "http_status", check_int, False),
            FieldSpec("raw_response_body", "raw_response_body", check_str, False),
            FieldSpec("request_body", "request_body", check_str, False),
            FieldSpec("request_url", "request_url", check_str, False),
            FieldSpec("response_body", "response_body", check_str, False),
            FieldSpec("source_id", "source_id", check_str, False),
            FieldSpec("source_type", "source_type", check_str, False),
            FieldSpec("success", "success", check_bool, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="DataConnectorExecutionResult"
                )
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
            _v = _state["created_at"]
            if _v is not None:
                _v = parse_datetime(_v)

            _state["created_at"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
