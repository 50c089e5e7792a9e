# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.jobs_status import JobsStatus
from ..models.jobs_type import JobsType
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "resource_id",
        "resource_type",
        "resource_url",
        "status",
        "type",
        "url",
    }
)


@_attrs_define(kw_only=True)
class Jobs:
    """Jobs are tasks that are processed asynchronously by the Intercom system after being enqueued via the API. This
    allows for efficient handling of operations that may take time to complete, such as data imports or exports. You can
    check the status of your jobs to monitor their progress and ensure they are completed successfully.

        Attributes:
            id (str): The id of the job that's currently being processed or has completed. Example: 20.
            resource_id (None | str | Unset): The id of the resource created during job execution (e.g. ticket id) Example:
                123.
            resource_type (str | Unset): The type of resource created during job execution. Example: ticket.
            resource_url (None | str | Unset): The url of the resource created during job exeuction. Use this url to fetch
                the resource. Example: http://api.intercom.io/tickets/123.
            status (JobsStatus | Unset): The status of the job execution.
            type_ (JobsType | Unset): The type of the object
            url (str | Unset): API endpoint URL to check the job status. Example: https://api.intercom.io/jobs/status/20.
            additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str | None
    resource_id: None | str | None | Unset = UNSET
    resource_type: str | None | Unset = UNSET
    resource_url: None | str | None | Unset = UNSET
    status: JobsStatus | None | Unset = UNSET
    type_: JobsType | None | Unset = UNSET
    url: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "job"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.resource_id
        if _v is not UNSET:
            _d["resource_id"] = None if _v is None else to_jsonable(_v)
        _v = self.resource_type
        if _v is not UNSET:
            _d["resource_type"] = _v
        _v = self.resource_url
        if _v is not UNSET:
            _d["resource_url"] = None if _v is None else to_jsonable(_v)
        _v = self.status
        if _v is not UNSET:
            _d["status"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.url
        if _v is not UNSET:
            _d["url"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Jobs")
            _d = dict(_d)
        _f = ""
        try:
            id = _d["id"]
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            resource_id = _d.get("resource_id", UNSET)
            if resource_id.__class__ is dict or resource_id.__class__ is list:
                raise WrongType("string", resource_id, "resource_id")

            resource_type = _d.get("resource_type", UNSET)
            if resource_type.__class__ is dict or resource_type.__class__ is list:
                raise WrongType("string", resource_type, "resource_type")

            resource_url = _d.get("resource_url", UNSET)
            if resource_url.__class__ is dict or resource_url.__class__ is list:
                raise WrongType("string", resource_url, "resource_url")

            status = _d.get("status", UNSET)
            if status.__class__ is dict or status.__class__ is list:
                raise WrongType("string", status, "status")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            url = _d.get("url", UNSET)
            if url.__class__ is dict or url.__class__ is list:
                raise WrongType("string", url, "url")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.id = id
            _obj.resource_id = resource_id
            _obj.resource_type = resource_type
            _obj.resource_url = resource_url
            _obj.status = status
            _obj.type_ = type_
            _obj.url = url
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="Jobs", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("Jobs", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="Jobs", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="Jobs", path=(_f,) if _f else ()) from None
        return _obj
