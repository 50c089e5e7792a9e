# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.companies_bulk_job_state import CompaniesBulkJobState
from ..models.companies_bulk_job_type import CompaniesBulkJobType
from ..types import (
    UNSET,
    Unset,
    WrongType,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.companies_bulk_job_tasks_item import CompaniesBulkJobTasksItem


def _decode_tasks(data: Any) -> list[CompaniesBulkJobTasksItem]:
    return decode_list(data, CompaniesBulkJobTasksItem.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "completed_at",
        "created_at",
        "id",
        "state",
        "tasks",
        "type",
        "updated_at",
        "url",
    }
)


@_attrs_define(kw_only=True)
class CompaniesBulkJob:
    """A bulk job for creating, updating, or deleting companies asynchronously. Track the job status using the `state`
    field.

        Attributes:
            completed_at (int | None | Unset): The time the job completed as a UNIX timestamp. Null if not yet completed.
                Example: 1713360120.
            created_at (int | Unset): The time the job was created as a UNIX timestamp. Example: 1713360000.
            id (str | Unset): The unique identifier for the bulk job. Example: job_v2_1.
            state (CompaniesBulkJobState | Unset): The current state of the job. Example: running.
            tasks (list[CompaniesBulkJobTasksItem] | Unset): The tasks that make up this bulk job.
            type_ (CompaniesBulkJobType | Unset): The type of the object. Example: companies.bulk.job.
            updated_at (int | Unset): The time the job was last updated as a UNIX timestamp. Example: 1713360060.
            url (str | Unset): The URL to check the job status. Example: https://api.intercom.io/companies/bulk/job_v2_1.
            additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    completed_at: int | None | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    id: str | None | Unset = UNSET
    state: CompaniesBulkJobState | None | Unset = UNSET
    tasks: list[CompaniesBulkJobTasksItem] | None | Unset = UNSET
    type_: CompaniesBulkJobType | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    url: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "companies.bulk.job"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.completed_at
        if _v is not UNSET:
            _d["completed_at"] = None if _v is None else to_jsonable(_v)
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.state
        if _v is not UNSET:
            _d["state"] = _v
        _v = self.tasks
        if _v is not UNSET:
            _d["tasks"] = None if _v is None else to_jsonable(_v)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
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
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="CompaniesBulkJob")
            _d = dict(_d)
        _f = ""
        try:
            completed_at = _d.get("completed_at", UNSET)
            if completed_at.__class__ is dict or completed_at.__class__ is list:
                raise WrongType("integer", completed_at, "completed_at")

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            state = _d.get("state", UNSET)
            if state.__class__ is dict or state.__class__ is list:
                raise WrongType("string", state, "state")

            tasks = _d.get("tasks", UNSET)
            if tasks is not None and tasks is not UNSET:
                _f = "tasks"
                tasks = _decode_tasks(tasks)

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            url = _d.get("url", UNSET)
            if url.__class__ is dict or url.__class__ is list:
                raise WrongType("string", url, "url")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.completed_at = completed_at
            _obj.created_at = created_at
            _obj.id = id
            _obj.state = state
            _obj.tasks = tasks
            _obj.type_ = type_
            _obj.updated_at = updated_at
            _obj.url = url
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="CompaniesBulkJob", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("CompaniesBulkJob", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="CompaniesBulkJob", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="CompaniesBulkJob", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.companies_bulk_job_tasks_item import CompaniesBulkJobTasksItem  # noqa: E402
