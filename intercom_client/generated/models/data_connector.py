# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
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
    UNSET,
    Unset,
    WrongType,
    parse_datetime,
    to_jsonable,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "created_at",
        "created_by_admin_id",
        "description",
        "direct_fin_usage",
        "execution_results_url",
        "http_method",
        "id",
        "name",
        "state",
        "type",
        "updated_at",
        "updated_by_admin_id",
    }
)


@_attrs_define(kw_only=True)
class DataConnector:
    """A data connector allows you to make HTTP requests to external APIs from Intercom workflows and AI agents.

    Attributes:
        created_at (datetime.datetime | Unset): The time the data connector was created. Example: 2025-11-15T09:30:00Z.
        created_by_admin_id (str | Unset): The ID of the admin who created this data connector. Example: 12345.
        description (None | str | Unset): A description of what this data connector does. Example: Fetches order status
            from external fulfillment API.
        direct_fin_usage (bool | Unset): Whether this data connector is assigned to Fin for direct usage. Example:
            False.
        execution_results_url (str | Unset): The URL path to fetch execution results for this connector. Example:
            /data_connectors/12345/execution_results.
        http_method (DataConnectorHttpMethod | Unset): The HTTP method used by the data connector. Example: post.
        id (str | Unset): The unique identifier for the data connector. Example: 12345.
        name (str | Unset): The name of the data connector. Example: Order Status Service.
        state (DataConnectorState | Unset): The current state of the data connector. Example: live.
        type_ (DataConnectorType | Unset): The type of object - `data_connector`. Example: data_connector.
        updated_at (datetime.datetime | Unset): The time the data connector was last updated. Example:
            2026-01-20T14:22:15Z.
        updated_by_admin_id (str | Unset): The ID of the admin who last updated this data connector. Example: 12345.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: datetime.datetime | None | Unset = UNSET
    created_by_admin_id: str | None | Unset = UNSET
    description: None | str | None | Unset = UNSET
    direct_fin_usage: bool | None | Unset = UNSET
    execution_results_url: str | None | Unset = UNSET
    http_method: DataConnectorHttpMethod | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    state: DataConnectorState | None | Unset = UNSET
    type_: DataConnectorType | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    updated_by_admin_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "data_connector"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = None if _v is None else to_jsonable(_v)
        _v = self.created_by_admin_id
        if _v is not UNSET:
            _d["created_by_admin_id"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = None if _v is None else to_jsonable(_v)
        _v = self.direct_fin_usage
        if _v is not UNSET:
            _d["direct_fin_usage"] = _v
        _v = self.execution_results_url
        if _v is not UNSET:
            _d["execution_results_url"] = _v
        _v = self.http_method
        if _v is not UNSET:
            _d["http_method"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.state
        if _v is not UNSET:
            _d["state"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = None if _v is None else to_jsonable(_v)
        _v = self.updated_by_admin_id
        if _v is not UNSET:
            _d["updated_by_admin_id"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="DataConnector")
            _d = dict(_d)
        _f = ""
        try:
            created_at = _d.get("created_at", UNSET)
            if created_at is not None and created_at is not UNSET:
                _f = "created_at"
                created_at = parse_datetime(created_at)

            created_by_admin_id = _d.get("created_by_admin_id", UNSET)
            if created_by_admin_id.__class__ is dict or created_by_admin_id.__class__ is list:
                raise WrongType("string", created_by_admin_id, "created_by_admin_id")

            description = _d.get("description", UNSET)
            if description.__class__ is dict or description.__class__ is list:
                raise WrongType("string", description, "description")

            direct_fin_usage = _d.get("direct_fin_usage", UNSET)
            if direct_fin_usage.__class__ is dict or direct_fin_usage.__class__ is list:
                raise WrongType("boolean", direct_fin_usage, "direct_fin_usage")

            execution_results_url = _d.get("execution_results_url", UNSET)
            if execution_results_url.__class__ is dict or execution_results_url.__class__ is list:
                raise WrongType("string", execution_results_url, "execution_results_url")

            http_method = _d.get("http_method", UNSET)
            if http_method.__class__ is dict or http_method.__class__ is list:
                raise WrongType("string", http_method, "http_method")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            state = _d.get("state", UNSET)
            if state.__class__ is dict or state.__class__ is list:
                raise WrongType("string", state, "state")

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

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.created_at = created_at
            _obj.created_by_admin_id = created_by_admin_id
            _obj.description = description
            _obj.direct_fin_usage = direct_fin_usage
            _obj.execution_results_url = execution_results_url
            _obj.http_method = http_method
            _obj.id = id
            _obj.name = name
            _obj.state = state
            _obj.type_ = type_
            _obj.updated_at = updated_at
            _obj.updated_by_admin_id = updated_by_admin_id
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="DataConnector", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("DataConnector", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="DataConnector", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="DataConnector", path=(_f,) if _f else ()) from None
        return _obj
