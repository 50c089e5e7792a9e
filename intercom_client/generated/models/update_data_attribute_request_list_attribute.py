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
    check_bool,
    check_str,
    decode_leniently,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.update_data_attribute_request_list_attribute_options_item import (
        UpdateDataAttributeRequestListAttributeOptionsItem,
        UpdateDataAttributeRequestListAttributeOptionsItemDict,
    )


def _decode_options(data: Any) -> list[UpdateDataAttributeRequestListAttributeOptionsItem]:
    return decode_list(data, UpdateDataAttributeRequestListAttributeOptionsItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "options": UNSET,
    "archived": UNSET,
    "description": UNSET,
    "messenger_writable": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "options",
        "archived",
        "description",
        "messenger_writable",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateDataAttributeRequestListAttribute:
    """
    Attributes:
        options (list[UpdateDataAttributeRequestListAttributeOptionsItem]): Array of objects representing the options of
            the list, with `value` as the key and the option as the value. At least two options are required. Example:
            [{'value': '1-10'}, {'value': '11-50'}].
        archived (bool | Unset | None): Whether the attribute is to be archived or not. Example: False.
        description (str | Unset | None): The readable description you see in the UI for the attribute. Example: My Data
            Attribute Description.
        messenger_writable (bool | Unset | None): Can this attribute be updated by the Messenger Example: False.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    options: list[UpdateDataAttributeRequestListAttributeOptionsItem]
    archived: bool | Unset | None = UNSET
    description: str | Unset | None = UNSET
    messenger_writable: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.options
        if _v is not UNSET:
            _d["options"] = None if _v is None else to_jsonable(_v)
        _v = self.archived
        if _v is not UNSET:
            _d["archived"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = _v
        _v = self.messenger_writable
        if _v is not UNSET:
            _d["messenger_writable"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("options", "options", _decode_options, True),
            FieldSpec("archived", "archived", check_bool, False),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("messenger_writable", "messenger_writable", check_bool, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="UpdateDataAttributeRequestListAttribute"
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
            if "options" not in _d:
                raise KeyError("options")
            if _state["options"] is None:
                raise WrongType("a value", None)
            _v = _state["options"]
            if _v is not None:
                _v = _decode_options(_v)

            _state["options"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class UpdateDataAttributeRequestListAttributeDict(TypedDict, total=False):
    """:class:`UpdateDataAttributeRequestListAttribute` written as a dict literal (JSON field names), e.g. as a request body."""

    options: Required[
        list[
            UpdateDataAttributeRequestListAttributeOptionsItem | UpdateDataAttributeRequestListAttributeOptionsItemDict
        ]
    ]
    archived: bool
    description: str
    messenger_writable: bool


# Imported last, so that models that refer to each other can import each other.
from ..models.update_data_attribute_request_list_attribute_options_item import (
    UpdateDataAttributeRequestListAttributeOptionsItem,
)
