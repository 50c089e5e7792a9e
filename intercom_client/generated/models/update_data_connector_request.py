# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
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
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    check_bool,
    check_scalar_list,
    check_str,
    decode_leniently,
    decode_list,
    to_jsonable,
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
    from ..models.update_data_connector_request_mock_response import (
        UpdateDataConnectorRequestMockResponse,
        UpdateDataConnectorRequestMockResponseDict,
    )


def _decode_data_inputs(data: Any) -> list[UpdateDataConnectorRequestDataInputsItem]:
    return decode_list(data, UpdateDataConnectorRequestDataInputsItem.from_dict)


def _decode_headers(data: Any) -> list[UpdateDataConnectorRequestHeadersItem]:
    return decode_list(data, UpdateDataConnectorRequestHeadersItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "audiences": UNSET,
    "body": UNSET,
    "bypass_authentication": UNSET,
    "customer_authentication": UNSET,
    "data_inputs": UNSET,
    "description": UNSET,
    "direct_fin_usage": UNSET,
    "headers": UNSET,
    "http_method": UNSET,
    "mock_response": UNSET,
    "name": UNSET,
    "state": UNSET,
    "token_ids": UNSET,
    "url": UNSET,
    "validate_missing_attributes": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "audiences",
        "body",
        "bypass_authentication",
        "customer_authentication",
        "data_inputs",
        "description",
        "direct_fin_usage",
        "headers",
        "http_method",
        "mock_response",
        "name",
        "state",
        "token_ids",
        "url",
        "validate_missing_attributes",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateDataConnectorRequest:
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
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.audiences
        if _v is not UNSET:
            _d["audiences"] = None if _v is None else to_jsonable(_v)
        _v = self.body
        if _v is not UNSET:
            _d["body"] = _v
        _v = self.bypass_authentication
        if _v is not UNSET:
            _d["bypass_authentication"] = _v
        _v = self.customer_authentication
        if _v is not UNSET:
            _d["customer_authentication"] = _v
        _v = self.data_inputs
        if _v is not UNSET:
            _d["data_inputs"] = None if _v is None else to_jsonable(_v)
        _v = self.description
        if _v is not UNSET:
            _d["description"] = _v
        _v = self.direct_fin_usage
        if _v is not UNSET:
            _d["direct_fin_usage"] = _v
        _v = self.headers
        if _v is not UNSET:
            _d["headers"] = None if _v is None else to_jsonable(_v)
        _v = self.http_method
        if _v is not UNSET:
            _d["http_method"] = _v
        _v = self.mock_response
        if _v is not UNSET:
            _d["mock_response"] = None if _v is None else to_jsonable(_v)
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.state
        if _v is not UNSET:
            _d["state"] = _v
        _v = self.token_ids
        if _v is not UNSET:
            _d["token_ids"] = None if _v is None else to_jsonable(_v)
        _v = self.url
        if _v is not UNSET:
            _d["url"] = _v
        _v = self.validate_missing_attributes
        if _v is not UNSET:
            _d["validate_missing_attributes"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("audiences", "audiences", check_scalar_list, False),
            FieldSpec("body", "body", check_str, False),
            FieldSpec("bypass_authentication", "bypass_authentication", check_bool, False),
            FieldSpec("customer_authentication", "customer_authentication", check_bool, False),
            FieldSpec("data_inputs", "data_inputs", _decode_data_inputs, False),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("direct_fin_usage", "direct_fin_usage", check_bool, False),
            FieldSpec("headers", "headers", _decode_headers, False),
            FieldSpec("http_method", "http_method", check_str, False),
            FieldSpec("mock_response", "mock_response", UpdateDataConnectorRequestMockResponse.from_dict, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("state", "state", check_str, False),
            FieldSpec("token_ids", "token_ids", check_scalar_list, False),
            FieldSpec("url", "url", check_str, False),
            FieldSpec("validate_missing_attributes", "validate_missing_attributes", check_bool, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="UpdateDataConnectorRequest"
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
            _v = _state["audiences"]
            if _v is not None and _v is not UNSET:
                _v = check_scalar_list(_v)

            _state["audiences"] = _v
            _v = _state["data_inputs"]
            if _v is not None and _v is not UNSET:
                _v = _decode_data_inputs(_v)

            _state["data_inputs"] = _v
            _v = _state["headers"]
            if _v is not None and _v is not UNSET:
                _v = _decode_headers(_v)

            _state["headers"] = _v
            _v = _state["mock_response"]
            if _v is not None and _v is not UNSET:
                _v = UpdateDataConnectorRequestMockResponse.from_dict(_v)

            _state["mock_response"] = _v
            _v = _state["token_ids"]
            if _v is not None and _v is not UNSET:
                _v = check_scalar_list(_v)

            _state["token_ids"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class UpdateDataConnectorRequestDict(TypedDict, total=False):
    """:class:`UpdateDataConnectorRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    audiences: list[UpdateDataConnectorRequestAudiencesItem]
    body: str
    bypass_authentication: bool
    customer_authentication: bool
    data_inputs: list[UpdateDataConnectorRequestDataInputsItem | UpdateDataConnectorRequestDataInputsItemDict]
    description: str
    direct_fin_usage: bool
    headers: list[UpdateDataConnectorRequestHeadersItem | UpdateDataConnectorRequestHeadersItemDict]
    http_method: UpdateDataConnectorRequestHttpMethod
    mock_response: UpdateDataConnectorRequestMockResponse | UpdateDataConnectorRequestMockResponseDict
    name: str
    state: UpdateDataConnectorRequestState
    token_ids: list[str]
    url: str
    validate_missing_attributes: bool


# Imported last, so that models that refer to each other can import each other.
from ..models.update_data_connector_request_data_inputs_item import UpdateDataConnectorRequestDataInputsItem
from ..models.update_data_connector_request_headers_item import UpdateDataConnectorRequestHeadersItem
from ..models.update_data_connector_request_mock_response import UpdateDataConnectorRequestMockResponse
