# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.admin_priority_level import AdminPriorityLevel


def _decode_admin_ids(data: Any) -> list[int]:
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "admin_ids",
        "admin_priority_level",
        "assignment_limit",
        "distribution_method",
        "id",
        "name",
        "type",
    }
)


@_attrs_define(kw_only=True)
class Team:
    """Teams are groups of admins in Intercom.

    Attributes:
        admin_ids (list[int] | Unset): The list of admin IDs that are a part of the team. Example: [493881].
        admin_priority_level (AdminPriorityLevel | None | Unset):
        assignment_limit (int | None | Unset): The assignment limit for the team. This field is only present when the
            team's distribution type is load balanced. Example: 10.
        distribution_method (None | str | Unset): Describes how assignments are distributed among the team members
            Example: round_robin.
        id (str | Unset): The id of the team Example: 814865.
        name (str | Unset): The name of the team Example: Example Team.
        type_ (str | Unset): Value is always "team" Example: team.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_ids: list[int] | None | Unset = UNSET
    admin_priority_level: AdminPriorityLevel | None | None | Unset = UNSET
    assignment_limit: int | None | None | Unset = UNSET
    distribution_method: None | str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.admin_ids
        if _v is not UNSET:
            _d["admin_ids"] = None if _v is None else to_jsonable(_v)
        _v = self.admin_priority_level
        if _v is not UNSET:
            _d["admin_priority_level"] = None if _v is None else to_jsonable(_v)
        _v = self.assignment_limit
        if _v is not UNSET:
            _d["assignment_limit"] = None if _v is None else to_jsonable(_v)
        _v = self.distribution_method
        if _v is not UNSET:
            _d["distribution_method"] = None if _v is None else to_jsonable(_v)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
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
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Team")
            _d = dict(_d)
        _f = ""
        try:
            admin_ids = _d.get("admin_ids", UNSET)
            if admin_ids is not None and admin_ids is not UNSET:
                _f = "admin_ids"
                admin_ids = _decode_admin_ids(admin_ids)

            admin_priority_level = _d.get("admin_priority_level", UNSET)
            if admin_priority_level is not None and admin_priority_level is not UNSET:
                _f = "admin_priority_level"
                admin_priority_level = AdminPriorityLevel.from_dict(admin_priority_level)

            assignment_limit = _d.get("assignment_limit", UNSET)
            if assignment_limit.__class__ is dict or assignment_limit.__class__ is list:
                raise WrongType("integer", assignment_limit, "assignment_limit")

            distribution_method = _d.get("distribution_method", UNSET)
            if distribution_method.__class__ is dict or distribution_method.__class__ is list:
                raise WrongType("string", distribution_method, "distribution_method")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.admin_ids = admin_ids
            _obj.admin_priority_level = admin_priority_level
            _obj.assignment_limit = assignment_limit
            _obj.distribution_method = distribution_method
            _obj.id = id
            _obj.name = name
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="Team", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("Team", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="Team", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="Team", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.admin_priority_level import AdminPriorityLevel  # noqa: E402
