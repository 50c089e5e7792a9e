# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    WrongType,
    check_int,
    check_scalar_list,
    check_str,
    decode_leniently,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.admin_priority_level import AdminPriorityLevel


_new_instance = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "admin_ids",
        "admin_priority_level",
        "assignment_limit",
        "distribution_method",
        "name",
    }
)


@_attrs_define(kw_only=True)
class Team:
    """Teams are groups of admins in Intercom.

    Attributes:
        id (str): The id of the team Example: 814865.
        type_ (str): Value is always "team" Example: team.
        admin_ids (list[int]): The list of admin IDs that are a part of the team. Example: [493881].
        admin_priority_level (AdminPriorityLevel | None):
        assignment_limit (int | None): The assignment limit for the team. This field is only present when the team's
            distribution type is load balanced. Example: 10.
        distribution_method (None | str): Describes how assignments are distributed among the team members Example:
            round_robin.
        name (str): The name of the team Example: Example Team.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    admin_ids: list[int] | None = None
    admin_priority_level: AdminPriorityLevel | None = None
    assignment_limit: int | None = None
    distribution_method: str | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
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
        _v = self.admin_ids
        if _v is not None:
            _d["admin_ids"] = to_jsonable(_v)
        _v = self.admin_priority_level
        if _v is not None:
            _d["admin_priority_level"] = to_jsonable(_v)
        _v = self.assignment_limit
        if _v is not None:
            _d["assignment_limit"] = to_jsonable(_v)
        _v = self.distribution_method
        if _v is not None:
            _d["distribution_method"] = to_jsonable(_v)
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("admin_ids", "admin_ids", check_scalar_list, False),
            FieldSpec("admin_priority_level", "admin_priority_level", AdminPriorityLevel.from_dict, False),
            FieldSpec("assignment_limit", "assignment_limit", check_int, False),
            FieldSpec("distribution_method", "distribution_method", check_str, False),
            FieldSpec("name", "name", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Team")
            _d = dict(_d)
        try:
            id: Any = _d["id"]
            if id is None:
                raise WrongType("a value", None)

            type_: Any = _d["type"]
            if type_ is None:
                raise WrongType("a value", None)

            admin_ids: Any = _d.get("admin_ids")
            if admin_ids is not None:
                admin_ids = check_scalar_list(admin_ids)

            admin_priority_level: Any = _d.get("admin_priority_level")
            if admin_priority_level is not None:
                admin_priority_level = Pending(admin_priority_level)
            assignment_limit: Any = _d.get("assignment_limit")

            distribution_method: Any = _d.get("distribution_method")

            name: Any = _d.get("name")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.id = id
            _obj.type_ = type_
            _obj.admin_ids = admin_ids
            _obj.admin_priority_level = admin_priority_level
            _obj.assignment_limit = assignment_limit
            _obj.distribution_method = distribution_method
            _obj.name = name
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.admin_priority_level import AdminPriorityLevel

install_lazy_fields(Team, ("admin_priority_level",))
