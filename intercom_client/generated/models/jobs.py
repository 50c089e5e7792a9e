# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.jobs_status import JobsStatus
from ..models.jobs_type import JobsType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    WrongType,
    check_str,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "resource_id": None,
    "resource_type": None,
    "resource_url": None,
    "status": None,
    "url": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "resource_id",
        "resource_type",
        "resource_url",
        "status",
        "url",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Jobs:
    """Jobs are tasks that are processed asynchronously by the Intercom system after being enqueued via the API. This
    allows for efficient handling of operations that may take time to complete, such as data imports or exports. You can
    check the status of your jobs to monitor their progress and ensure they are completed successfully.

    Attributes:
        id (str): The id of the job that's currently being processed or has completed. Example: 20.
        type_ (JobsType): The type of the object
        resource_id (str | None): The id of the resource created during job execution (e.g. ticket id) Example: 123.
        resource_type (str | None): The type of resource created during job execution. Example: ticket.
        resource_url (str | None): The url of the resource created during job exeuction. Use this url to fetch the
            resource. Example: http://api.intercom.io/tickets/123.
        status (JobsStatus | None): The status of the job execution.
        url (str | None): API endpoint URL to check the job status. Example: https://api.intercom.io/jobs/status/20.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: JobsType
    resource_id: str | None = None
    resource_type: str | None = None
    resource_url: str | None = None
    status: JobsStatus | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "job"),)
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
        _v = self.resource_id
        if _v is not None:
            _d["resource_id"] = to_jsonable(_v)
        _v = self.resource_type
        if _v is not None:
            _d["resource_type"] = _v
        _v = self.resource_url
        if _v is not None:
            _d["resource_url"] = to_jsonable(_v)
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.url
        if _v is not None:
            _d["url"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("resource_id", "resource_id", check_str, False),
            FieldSpec("resource_type", "resource_type", check_str, False),
            FieldSpec("resource_url", "resource_url", check_str, False),
            FieldSpec("status", "status", check_str, False),
            FieldSpec("url", "url", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Jobs")
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
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
