# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.single_filter_search_request_operator import (
    SingleFilterSearchRequestOperator,
)
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_bool,
    check_int,
    check_str,
    decode_leniently,
    decode_list,
    to_jsonable,
)


def _decode_value_3_item(data: Any) -> Any:
    try:
        return check_str(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return check_int(data)


def _decode_value_3(data: Any) -> list[int | str]:
    return decode_list(data, _decode_value_3_item)


def _decode_value(data: Any) -> Any:
    try:
        return check_str(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return check_int(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return check_bool(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return _decode_value_3(data)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"field": UNSET, "operator": UNSET, "value": UNSET, "_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "field",
        "operator",
        "value",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SingleFilterSearchRequest:
    """Search using Intercoms Search APIs with a single filter.

    Attributes:
        field (str | Unset | None): The accepted field that you want to search on. Example: created_at.
        operator (SingleFilterSearchRequestOperator | Unset | None): The accepted operators you can use to define how
            you want to search for the value. Operator support depends on the field's data type. The breakdown below is for
            Contacts search; the other search endpoints that share this schema accept a different set per field:
            - `string` fields: `=`, `!=`, `IN`, `NIN`, `~`, `!~`, `^`, `$`
            - `tag_id`: `=` and `!=` only. Every other operator returns an error.
            - `boolean` fields: `=`, `!=`, `IN`, `NIN`
            - `integer` fields: `=`, `!=`, `IN`, `NIN`, `<`, `>`, `<=`, `>=`
            - `datetime` fields (standard contact timestamps such as `created_at` and `last_seen_at`): `=`, `!=`, `<`, `>`,
            `<=`, `>=`. Filtering is on the exact second, in UTC.
            - `date` fields (Date custom attributes): `=`, `<`, `>` only. `!=`, `<=`, and `>=` are not supported and return
            an error. Values are truncated to a whole UTC day. Example: >.
        value (str | int | bool | list[int | str] | Unset | None): The value that you want to search on. Example:
            73732934.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    field: str | Unset | None = UNSET
    operator: SingleFilterSearchRequestOperator | Unset | None = UNSET
    value: str | int | bool | list[int | str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.field
        if _v is not UNSET:
            _d["field"] = _v
        _v = self.operator
        if _v is not UNSET:
            _d["operator"] = _v
        _v = self.value
        if _v is not UNSET:
            _d["value"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("field", "field", check_str, False),
            FieldSpec("operator", "operator", check_str, False),
            FieldSpec("value", "value", _decode_value, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="SingleFilterSearchRequest"
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
            _v = _state["value"]
            if _v is not None and _v is not UNSET:
                _v = _decode_value(_v)

            _state["value"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class SingleFilterSearchRequestDict(TypedDict, total=False):
    """:class:`SingleFilterSearchRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    field: str
    operator: SingleFilterSearchRequestOperator
    value: str | int | bool | list[str | int] | None
