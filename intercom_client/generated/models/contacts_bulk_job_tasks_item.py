# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.contacts_bulk_job_tasks_item_state import (
    ContactsBulkJobTasksItemState,
)
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "completed_at",
        "created_at",
        "id",
        "item_count",
        "started_at",
        "state",
    }
)


@_attrs_define(kw_only=True)
class ContactsBulkJobTasksItem:
    """
    Attributes:
        completed_at (int | None | Unset): The time the task completed as a UNIX timestamp. Null if not yet completed.
            Example: 1713360120.
        created_at (int | Unset): The time the task was created as a UNIX timestamp. Example: 1713360000.
        id (str | Unset): The unique identifier for the task. Example: task_v2_1.
        item_count (int | Unset): The number of items in this task. Example: 3.
        started_at (int | None | Unset): The time the task started as a UNIX timestamp. Null if not yet started.
            Example: 1713360060.
        state (ContactsBulkJobTasksItemState | Unset): The current state of the task. Example: pending.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    completed_at: int | None | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    id: str | None | Unset = UNSET
    item_count: int | None | Unset = UNSET
    started_at: int | None | None | Unset = UNSET
    state: ContactsBulkJobTasksItemState | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
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
        _v = self.item_count
        if _v is not UNSET:
            _d["item_count"] = _v
        _v = self.started_at
        if _v is not UNSET:
            _d["started_at"] = None if _v is None else to_jsonable(_v)
        _v = self.state
        if _v is not UNSET:
            _d["state"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ContactsBulkJobTasksItem"
                )
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

            item_count = _d.get("item_count", UNSET)
            if item_count.__class__ is dict or item_count.__class__ is list:
                raise WrongType("integer", item_count, "item_count")

            started_at = _d.get("started_at", UNSET)
            if started_at.__class__ is dict or started_at.__class__ is list:
                raise WrongType("integer", started_at, "started_at")

            state = _d.get("state", UNSET)
            if state.__class__ is dict or state.__class__ is list:
                raise WrongType("string", state, "state")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.completed_at = completed_at
            _obj.created_at = created_at
            _obj.id = id
            _obj.item_count = item_count
            _obj.started_at = started_at
            _obj.state = state
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ContactsBulkJobTasksItem", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ContactsBulkJobTasksItem", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="ContactsBulkJobTasksItem", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ContactsBulkJobTasksItem", path=(_f,) if _f else ()) from None
        return _obj
