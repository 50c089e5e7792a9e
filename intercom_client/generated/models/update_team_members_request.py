# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_scalar_list,
    decode_leniently,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.admin_priority_level_request import AdminPriorityLevelRequest, AdminPriorityLevelRequestDict


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"admin_ids": UNSET, "admin_priority_level": UNSET, "_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "admin_ids",
        "admin_priority_level",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateTeamMembersRequest:
    """The request payload for updating a team's membership.
    `admin_ids` is the complete set of teammates who should be on the team once
    the request completes, not a list of changes to apply. Any teammate currently
    on the team but absent from `admin_ids` is removed.

    The team's members and their priority levels are the only parts of a team this
    endpoint writes, and the request is read from the body: a parameter sent in the
    query string is rejected rather than applied. A team read from the API can be sent
    back whole, since the other fields of the representation are accepted as long as
    they are unchanged. Trying to change one of them returns a 400 rather than being
    ignored, as does any field a team does not have.

    `admin_priority_level` sets which teammates take work first. It is optional, and
    names only the teammates whose level the request is setting: a teammate it leaves
    out keeps the level they already have, and one joining the team without a level
    named becomes a primary member. A level named for a teammate the request removes is
    ignored, so a team read from the API can still be sent back whole with only
    `admin_ids` changed.

    Naming an id that is on neither the team nor `admin_ids` returns a 400. So does
    naming the same id at both levels, unless the team really does hold that teammate
    at both: a read reports that shape, and sending it back settles them at a single
    level rather than being refused.

    Only a team whose `distribution_method` is `load_balanced` can have secondary
    members, so `secondary_admin_ids` returns a 400 on any other team.
    `primary_admin_ids` is accepted on every team, but a team that does not balance
    assignment does not report `admin_priority_level` back and does not use the levels
    to decide who work goes to.

    Attributes:
        admin_ids (list[int]): The ids of every teammate who should be a member of the team. Must contain at least one
            id, and no more than 1000. Example: [493881, 493882].
        admin_priority_level (AdminPriorityLevelRequest | Unset | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_ids: list[int]
    admin_priority_level: AdminPriorityLevelRequest | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.admin_ids
        if _v is not UNSET:
            _d["admin_ids"] = None if _v is None else to_jsonable(_v)
        _v = self.admin_priority_level
        if _v is not UNSET:
            _d["admin_priority_level"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("admin_ids", "admin_ids", check_scalar_list, True),
            FieldSpec("admin_priority_level", "admin_priority_level", AdminPriorityLevelRequest.from_dict, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="UpdateTeamMembersRequest"
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
            if "admin_ids" not in _d:
                raise KeyError("admin_ids")
            if _state["admin_ids"] is None:
                raise WrongType("a value", None)
            _v = _state["admin_ids"]
            if _v is not None:
                _v = check_scalar_list(_v)

            _state["admin_ids"] = _v
            _v = _state["admin_priority_level"]
            if _v is not None and _v is not UNSET:
                _v = AdminPriorityLevelRequest.from_dict(_v)

            _state["admin_priority_level"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class UpdateTeamMembersRequestDict(TypedDict, total=False):
    """:class:`UpdateTeamMembersRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    admin_ids: Required[list[int]]
    admin_priority_level: AdminPriorityLevelRequest | AdminPriorityLevelRequestDict | None


# Imported last, so that models that refer to each other can import each other.
from ..models.admin_priority_level_request import AdminPriorityLevelRequest
