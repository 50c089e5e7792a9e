# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    check_scalar_list,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "primary_team_ids",
        "secondary_team_ids",
    }
)


@_attrs_define(kw_only=True)
class TeamPriorityLevel:
    """Admin priority levels for teams

    Attributes:
        primary_team_ids (list[int] | None): The primary team ids for the team Example: [814865].
        secondary_team_ids (list[int] | None): The secondary team ids for the team Example: [493881].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    primary_team_ids: list[int] | None = None
    secondary_team_ids: list[int] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.primary_team_ids
        if _v is not None:
            _d["primary_team_ids"] = to_jsonable(_v)
        _v = self.secondary_team_ids
        if _v is not None:
            _d["secondary_team_ids"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("primary_team_ids", "primary_team_ids", check_scalar_list, False),
            FieldSpec("secondary_team_ids", "secondary_team_ids", check_scalar_list, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="TeamPriorityLevel")
            _d = dict(_d)
        try:
            primary_team_ids: Any = _d.get("primary_team_ids")
            if primary_team_ids is not None:
                primary_team_ids = check_scalar_list(primary_team_ids)

            secondary_team_ids: Any = _d.get("secondary_team_ids")
            if secondary_team_ids is not None:
                secondary_team_ids = check_scalar_list(secondary_team_ids)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.primary_team_ids = primary_team_ids
            _obj.secondary_team_ids = secondary_team_ids
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        return _obj
