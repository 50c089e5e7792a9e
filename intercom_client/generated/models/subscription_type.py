# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.subscription_type_consent_type import SubscriptionTypeConsentType
from ..models.subscription_type_content_types_item import (
    SubscriptionTypeContentTypesItem,
)
from ..models.subscription_type_state import SubscriptionTypeState
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    WrongType,
    check_scalar_list,
    check_str,
    decode_leniently,
    decode_list,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.translation import Translation


def _decode_translations(data: Any) -> list[Translation]:
    return decode_list(data, Translation.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "consent_type": None,
    "content_types": None,
    "default_translation": None,
    "state": None,
    "translations": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "consent_type",
        "content_types",
        "default_translation",
        "state",
        "translations",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SubscriptionType:
    """A subscription type lets customers easily opt out of non-essential communications without missing what's important
    to them.

    Attributes:
        id (str): The unique identifier representing the subscription type. Example: 123456.
        type_ (str): The type of the object - subscription Example: subscription.
        consent_type (SubscriptionTypeConsentType | None): Describes the type of consent. Example: opt_in.
        content_types (list[SubscriptionTypeContentTypesItem] | None): The message types that this subscription supports
            - can contain `email` or `sms_message`.
        default_translation (Translation | None): A translation object contains the localised details of a subscription
            type.
        state (SubscriptionTypeState | None): The state of the subscription type. Example: live.
        translations (list[Translation] | None): An array of translations objects with the localised version of the
            subscription type in each available locale within your translation settings.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    consent_type: SubscriptionTypeConsentType | None = None
    content_types: list[SubscriptionTypeContentTypesItem] | None = None
    default_translation: Translation | None = None
    state: SubscriptionTypeState | None = None
    translations: list[Translation] | None = None
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
        _v = self.consent_type
        if _v is not None:
            _d["consent_type"] = _v
        _v = self.content_types
        if _v is not None:
            _d["content_types"] = to_jsonable(_v)
        _v = self.default_translation
        if _v is not None:
            _d["default_translation"] = to_jsonable(_v)
        _v = self.state
        if _v is not None:
            _d["state"] = _v
        _v = self.translations
        if _v is not None:
            _d["translations"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("consent_type", "consent_type", check_str, False),
            FieldSpec("content_types", "content_types", check_scalar_list, False),
            FieldSpec("default_translation", "default_translation", Translation.from_dict, False),
            FieldSpec("state", "state", check_str, False),
            FieldSpec("translations", "translations", _decode_translations, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="SubscriptionType")
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
            _v = _state["content_types"]
            if _v is not None:
                _v = check_scalar_list(_v)

            _state["content_types"] = _v
            _v = _state["default_translation"]
            if _v is not None and _v.__class__ is not dict:
                _state["default_translation"] = Pending(_v)
            if _state["translations"] is not None:
                _state["translations"] = Pending(_state["translations"])
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.translation import Translation

install_lazy_fields(
    SubscriptionType,
    (
        "default_translation",
        "translations",
    ),
)
