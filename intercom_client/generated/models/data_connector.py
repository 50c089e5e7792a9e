# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.data_connector_http_method import DataConnectorHttpMethod
from ..models.data_connector_state import DataConnectorState
from ..models.data_connector_type import DataConnectorType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    WrongType,
    check_bool,
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
    "created_at": None,
    "created_by_admin_id": None,
    "description": None,
    "direct_fin_usage": None,
    "execution_results_url": None,
    "http_method": None,
    "name": None,
    "state": None,
    "updated_at": None,
    "updated_by_admin_id": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "created_at",
        "created_by_admin_id",
        "description",
        "direct_fin_usage",
        "execution_results_url",
        "http_method",
        "name",
        "state",
        "updated_at",
        "updated_by_admin_id",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataConnector:
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
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = to_jsonable(_v)
        _v = self.created_by_admin_id
        if _v is not None:
            _d["created_by_admin_id"] = _v
        _v = self.description
        if _v is not None:
            _d["description"] = to_jsonable(_v)
        _v = self.direct_fin_usage
        if _v is not None:
            _d["direct_fin_usage"] = _v
        _v = self.execution_results_url
        if _v is not None:
            _d["execution_results_url"] = _v
        _v = self.http_method
        if _v is not None:
            _d["http_method"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.state
        if _v is not None:
            _d["state"] = _v
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = to_jsonable(_v)
        _v = self.updated_by_admin_id
        if _v is not None:
            _d["updated_by_admin_id"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("created_at", "created_at", parse_datetime, False),
            FieldSpec("created_by_admin_id", "created_by_admin_id", check_str, False),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("direct_fin_usage", "direct_fin_usage", check_bool, False),
            FieldSpec("execution_results_url", "execution_results_url", check_str, False),
            FieldSpec("http_method", "http_method", check_str, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("state", "state", check_str, False),
            FieldSpec("updated_at", "updated_at", parse_datetime, False),
            FieldSpec("updated_by_admin_id", "updated_by_admin_id", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="DataConnector")
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
            _v = _state["updated_at"]
            if _v is not None:
                _v = parse_datetime(_v)

            _state["updated_at"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
