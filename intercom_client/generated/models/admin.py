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
    from ..models.admin_role import AdminRole
    from ..models.team_priority_level import TeamPriorityLevel


def _decode_team_ids(data: Any) -> list[int]:
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "avatar",
        "away_mode_enabled",
        "away_mode_reassign",
        "away_status_reason_id",
        "email",
        "has_inbox_seat",
        "id",
        "job_title",
        "name",
        "role",
        "team_ids",
        "team_priority_level",
        "type",
    }
)


@_attrs_define(kw_only=True)
class Admin:
    """Admins are teammate accounts that have access to a workspace.

    Attributes:
        avatar (None | str | Unset): Image for the associated team or teammate Example: https://picsum.photos/200/300.
        away_mode_enabled (bool | Unset): Identifies if this admin is currently set in away mode. Example: False.
        away_mode_reassign (bool | Unset): Identifies if this admin is set to automatically reassign new conversations
            to the apps default inbox. Example: False.
        away_status_reason_id (int | None | Unset): The unique identifier of the away status reason Example: 12345.
        email (str | Unset): The email of the admin. Example: jdoe@example.com.
        has_inbox_seat (bool | Unset): Identifies if this admin has a paid inbox seat to restrict/allow features that
            require them. Example: True.
        id (str | Unset): The id representing the admin. Example: 1295.
        job_title (str | Unset): The job title of the admin. Example: Associate.
        name (str | Unset): The name of the admin. Example: Joe Example.
        role (AdminRole | None | Unset):
        team_ids (list[int] | Unset): This object represents the avatar associated with the admin. Example: [814865].
        team_priority_level (None | TeamPriorityLevel | Unset):
        type_ (str | Unset): String representing the object's type. Always has the value `admin`. Example: admin.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    avatar: None | str | None | Unset = UNSET
    away_mode_enabled: bool | None | Unset = UNSET
    away_mode_reassign: bool | None | Unset = UNSET
    away_status_reason_id: int | None | None | Unset = UNSET
    email: str | None | Unset = UNSET
    has_inbox_seat: bool | None | Unset = UNSET
    id: str | None | Unset = UNSET
    job_title: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    role: AdminRole | None | None | Unset = UNSET
    team_ids: list[int] | None | Unset = UNSET
    team_priority_level: None | TeamPriorityLevel | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.avatar
        if _v is not UNSET:
            _d["avatar"] = None if _v is None else to_jsonable(_v)
        _v = self.away_mode_enabled
        if _v is not UNSET:
            _d["away_mode_enabled"] = _v
        _v = self.away_mode_reassign
        if _v is not UNSET:
            _d["away_mode_reassign"] = _v
        _v = self.away_status_reason_id
        if _v is not UNSET:
            _d["away_status_reason_id"] = None if _v is None else to_jsonable(_v)
        _v = self.email
        if _v is not UNSET:
            _d["email"] = _v
        _v = self.has_inbox_seat
        if _v is not UNSET:
            _d["has_inbox_seat"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.job_title
        if _v is not UNSET:
            _d["job_title"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.role
        if _v is not UNSET:
            _d["role"] = None if _v is None else to_jsonable(_v)
        _v = self.team_ids
        if _v is not UNSET:
            _d["team_ids"] = None if _v is None else to_jsonable(_v)
        _v = self.team_priority_level
        if _v is not UNSET:
            _d["team_priority_level"] = None if _v is None else to_jsonable(_v)
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
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Admin")
            _d = dict(_d)
        _f = ""
        try:
            avatar = _d.get("avatar", UNSET)
            if avatar.__class__ is dict or avatar.__class__ is list:
                raise WrongType("string", avatar, "avatar")

            away_mode_enabled = _d.get("away_mode_enabled", UNSET)
            if away_mode_enabled.__class__ is dict or away_mode_enabled.__class__ is list:
                raise WrongType("boolean", away_mode_enabled, "away_mode_enabled")

            away_mode_reassign = _d.get("away_mode_reassign", UNSET)
            if away_mode_reassign.__class__ is dict or away_mode_reassign.__class__ is list:
                raise WrongType("boolean", away_mode_reassign, "away_mode_reassign")

            away_status_reason_id = _d.get("away_status_reason_id", UNSET)
            if away_status_reason_id.__class__ is dict or away_status_reason_id.__class__ is list:
                raise WrongType("integer", away_status_reason_id, "away_status_reason_id")

            email = _d.get("email", UNSET)
            if email.__class__ is dict or email.__class__ is list:
                raise WrongType("string", email, "email")

            has_inbox_seat = _d.get("has_inbox_seat", UNSET)
            if has_inbox_seat.__class__ is dict or has_inbox_seat.__class__ is list:
                raise WrongType("boolean", has_inbox_seat, "has_inbox_seat")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            job_title = _d.get("job_title", UNSET)
            if job_title.__class__ is dict or job_title.__class__ is list:
                raise WrongType("string", job_title, "job_title")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            role = _d.get("role", UNSET)
            if role is not None and role is not UNSET:
                _f = "role"
                role = AdminRole.from_dict(role)

            team_ids = _d.get("team_ids", UNSET)
            if team_ids is not None and team_ids is not UNSET:
                _f = "team_ids"
                team_ids = _decode_team_ids(team_ids)

            team_priority_level = _d.get("team_priority_level", UNSET)
            if team_priority_level is not None and team_priority_level is not UNSET:
                _f = "team_priority_level"
                team_priority_level = TeamPriorityLevel.from_dict(team_priority_level)

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.avatar = avatar
            _obj.away_mode_enabled = away_mode_enabled
            _obj.away_mode_reassign = away_mode_reassign
            _obj.away_status_reason_id = away_status_reason_id
            _obj.email = email
            _obj.has_inbox_seat = has_inbox_seat
            _obj.id = id
            _obj.job_title = job_title
            _obj.name = name
            _obj.role = role
            _obj.team_ids = team_ids
            _obj.team_priority_level = team_priority_level
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="Admin", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("Admin", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="Admin", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="Admin", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.admin_role import AdminRole  # noqa: E402
from ..models.team_priority_level import TeamPriorityLevel  # noqa: E402
