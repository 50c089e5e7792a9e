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
    check_str,
    decode_leniently,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.custom_attributes import CustomAttributes, CustomAttributesDict


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"phone": UNSET, "custom_attributes": UNSET, "_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "phone",
        "custom_attributes",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreatePhoneSwitchRequest:
    """You can create an phone switch

    Attributes:
        phone (str): Phone number in E.164 format, that will receive the SMS to continue the conversation in the
            Messenger. Example: +1 1234567890.
        custom_attributes (CustomAttributes | Unset | None): An object containing the different custom attributes
            associated to the conversation as key-value pairs. For relationship attributes the value will be a list of
            custom object instance models. System-defined attributes such as "CX Score rating" and "CX Score explanation"
            may also be included. Example: {'CX Score explanation': 'The conversation was resolved quickly and the customer
            expressed satisfaction with the outcome.', 'CX Score rating': 4, 'end_date_timestamp': 1677923174,
            'monthly_spend': 155.5, 'paid_subscriber': True, 'start_date_iso8601': '2023-03-04T09:46:14Z', 'team_mates': 9}.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    phone: str
    custom_attributes: CustomAttributes | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.phone
        if _v is not UNSET:
            _d["phone"] = _v
        _v = self.custom_attributes
        if _v is not UNSET:
            _d["custom_attributes"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("phone", "phone", check_str, True),
            FieldSpec("custom_attributes", "custom_attributes", CustomAttributes.from_dict, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="CreatePhoneSwitchRequest"
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
            if "phone" not in _d:
                raise KeyError("phone")
            if _state["phone"] is None:
                raise WrongType("a value", None)
            _v = _state["custom_attributes"]
            if _v is not None and _v is not UNSET:
                _v = CustomAttributes.from_dict(_v)

            _state["custom_attributes"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class CreatePhoneSwitchRequestDict(TypedDict, total=False):
    """:class:`CreatePhoneSwitchRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    phone: Required[str]
    custom_attributes: CustomAttributes | CustomAttributesDict


# Imported last, so that models that refer to each other can import each other.
from ..models.custom_attributes import CustomAttributes
