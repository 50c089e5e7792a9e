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
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    decode_leniently,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.admin_avatar import AdminAvatar
    from ..models.admin_role import AdminRole
    from ..models.team_priority_level import TeamPriorityLevel


def _decode_avatar(data: Any) -> Any:
    try:
        return check_str(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return AdminAvatar.from_dict(data)


def _decode_away_status_reason_id(data: Any) -> Any:
    try:
        return check_int(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return check_str(data)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "avatar": None,
    "away_mode_enabled": None,
    "away_mode_reassign": None,
    "away_status_reason_id": None,
    "email": None,
    "has_inbox_seat": None,
    "job_title": None,
    "name": None,
    "role": None,
    "team_ids": None,
    "team_priority_level": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "avatar",
        "away_mode_enabled",
        "away_mode_reassign",
        "away_status_reason_id",
        "email",
        "has_inbox_seat",
        "job_title",
        "name",
        "role",
        "team_ids",
        "team_priority_level",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Admin:
    """Admins are teammate accounts that have access to a workspace.

    Attributes:
        id (str): The id representing the admin. Example: 1295.
        type_ (str): String representing the object's type. Always has the value `admin`. Example: admin.
        avatar (str | AdminAvatar | None): Image for the associated team or teammate
        away_mode_enabled (bool | None): Identifies if this admin is currently set in away mode. Example: False.
        away_mode_reassign (bool | None): Identifies if this admin is set to automatically reassign new conversations to
            the apps default inbox. Example: False.
        away_status_reason_id (int | str | None): The unique identifier of the away status reason
        email (str | None): The email of the admin. Example: jdoe@example.com.
        has_inbox_seat (bool | None): Identifies if this admin has a paid inbox seat to restrict/allow features that
            require them. Example: True.
        job_title (str | None): The job title of the admin. Example: Associate.
        name (str | None): The name of the admin. Example: Joe Example.
        role (AdminRole | None):
        team_ids (list[int] | None): This object represents the avatar associated with the admin. Example: [814865].
        team_priority_level (TeamPriorityLevel | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    avatar: str | AdminAvatar | None = None
    away_mode_enabled: bool | None = None
    away_mode_reassign: bool | None = None
    away_status_reason_id: int | str | None = None
    email: str | None = None
    has_inbox_seat: bool | None = None
    job_title: str | None = None
    name: str | None = None
    role: AdminRole | None = None
    team_ids: list[int] | None = None
    team_priority_level: TeamPriorityLevel | None = None
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
        _v = self.avatar
        if _v is not None:
            _d["avatar"] = to_jsonable(_v)
        _v = self.away_mode_enabled
        if _v is not None:
            _d["away_mode_enabled"] = _v
        _v = self.away_mode_reassign
        if _v is not None:
            _d["away_mode_reassign"] = _v
        _v = self.away_status_reason_id
        if _v is not None:
            _d["away_status_reason_id"] = to_jsonable(_v)
        _v = self.email
        if _v is not None:
            _d["email"] = _v
        _v = self.has_inbox_seat
        if _v is not None:
            _d["has_inbox_seat"] = _v
        _v = self.job_title
        if _v is not None:
            _d["job_title"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.role
        if _v is not None:
            _d["role"] = to_jsonable(_v)
        _v = self.team_ids
        if _v is not None:
            _d["team_ids"] = to_jsonable(_v)
        _v = self.team_priority_level
        if _v is not None:
            _d["team_priority_level"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("avatar", "avatar", _decode_avatar, False),
            FieldSpec("away_mode_enabled", "away_mode_enabled", check_bool, False),
            FieldSpec("away_mode_reassign", "away_mode_reassign", check_bool, False),
            FieldSpec("away_status_reason_id", "away_status_reason_id", _decode_away_status_reason_id, False),
            FieldSpec("email", "email", check_str, False),
            FieldSpec("has_inbox_seat", "has_inbox_seat", check_bool, False),
            FieldSpec("job_title", "job_title", check_str, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("role", "role", AdminRole.from_dict, False),
            FieldSpec("team_ids", "team_ids", check_scalar_list, False),
            FieldSpec("team_priority_level", "team_priority_level", TeamPriorityLevel.from_dict, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Admin")
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
            if _state["avatar"] is not None:
                _state["avatar"] = Pending(_state["avatar"])
            _v = _state["role"]
            if _v is not None and _v.__class__ is not dict:
                _state["role"] = Pending(_v)
            _v = _state["team_ids"]
            if _v is not None:
                _v = check_scalar_list(_v)

            _state["team_ids"] = _v
            _v = _state["team_priority_level"]
            if _v is not None and _v.__class__ is not dict:
                _state["team_priority_level"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.admin_avatar import AdminAvatar
from ..models.admin_role import AdminRole
from ..models.team_priority_level import TeamPriorityLevel

install_lazy_fields(
    Admin,
    (
        "avatar",
        "role",
        "team_priority_level",
    ),
)
