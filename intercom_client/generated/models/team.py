# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
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
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "admin_ids": None,
    "admin_priority_level": None,
    "assignment_limit": None,
    "distribution_method": None,
    "name": None,
    "_decoding_issues": (),
}
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


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Team:
    """Teams are groups of admins in Intercom.

    Attributes:
        id (str): The id of the team Example: 814865.
        type_ (str): Value is always "team" Example: team.
        admin_ids (list[int] | None): The list of admin IDs that are a part of the team. Example: [493881].
        admin_priority_level (AdminPriorityLevel | None):
        assignment_limit (int | None): The assignment limit for the team. This field is only present when the team's
            distribution type is load balanced. Example: 10.
        distribution_method (str | None): Describes how assignments are distributed among the team members Example:
            round_robin.
        name (str | None): The name of the team Example: Example Team.
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
            _v = _state["admin_ids"]
            if _v is not None:
                _v = check_scalar_list(_v)

            _state["admin_ids"] = _v
            _v = _state["admin_priority_level"]
            if _v is not None and _v.__class__ is not dict:
                _state["admin_priority_level"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.admin_priority_level import AdminPriorityLevel

install_lazy_fields(Team, ("admin_priority_level",))
