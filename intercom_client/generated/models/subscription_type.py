# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
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
    UNSET,
    Unset,
    WrongType,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.translation import Translation


def _decode_content_types(data: Any) -> list[SubscriptionTypeContentTypesItem]:
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


def _decode_translations(data: Any) -> list[Translation]:
    return decode_list(data, Translation.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "consent_type",
        "content_types",
        "default_translation",
        "id",
        "state",
        "translations",
        "type",
    }
)


@_attrs_define(kw_only=True)
class SubscriptionType:
    """A subscription type lets customers easily opt out of non-essential communications without missing what's important
    to them.

        Attributes:
            consent_type (SubscriptionTypeConsentType | Unset): Describes the type of consent. Example: opt_in.
            content_types (list[SubscriptionTypeContentTypesItem] | Unset): The message types that this subscription
                supports - can contain `email` or `sms_message`.
            default_translation (Translation | Unset): A translation object contains the localised details of a subscription
                type.
            id (str | Unset): The unique identifier representing the subscription type. Example: 123456.
            state (SubscriptionTypeState | Unset): The state of the subscription type. Example: live.
            translations (list[Translation] | Unset): An array of translations objects with the localised version of the
                subscription type in each available locale within your translation settings.
            type_ (str | Unset): The type of the object - subscription Example: subscription.
            additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    consent_type: SubscriptionTypeConsentType | None | Unset = UNSET
    content_types: list[SubscriptionTypeContentTypesItem] | None | Unset = UNSET
    default_translation: Translation | None | Unset = UNSET
    id: str | None | Unset = UNSET
    state: SubscriptionTypeState | None | Unset = UNSET
    translations: list[Translation] | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.consent_type
        if _v is not UNSET:
            _d["consent_type"] = _v
        _v = self.content_types
        if _v is not UNSET:
            _d["content_types"] = None if _v is None else to_jsonable(_v)
        _v = self.default_translation
        if _v is not UNSET:
            _d["default_translation"] = None if _v is None else _v.to_dict()
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.state
        if _v is not UNSET:
            _d["state"] = _v
        _v = self.translations
        if _v is not UNSET:
            _d["translations"] = None if _v is None else to_jsonable(_v)
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
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="SubscriptionType")
            _d = dict(_d)
        _f = ""
        try:
            consent_type = _d.get("consent_type", UNSET)
            if consent_type.__class__ is dict or consent_type.__class__ is list:
                raise WrongType("string", consent_type, "consent_type")

            content_types = _d.get("content_types", UNSET)
            if content_types is not None and content_types is not UNSET:
                _f = "content_types"
                content_types = _decode_content_types(content_types)

            default_translation = _d.get("default_translation", UNSET)
            if default_translation is not None and default_translation is not UNSET:
                _f = "default_translation"
                default_translation = Translation.from_dict(default_translation)

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            state = _d.get("state", UNSET)
            if state.__class__ is dict or state.__class__ is list:
                raise WrongType("string", state, "state")

            translations = _d.get("translations", UNSET)
            if translations is not None and translations is not UNSET:
                _f = "translations"
                translations = _decode_translations(translations)

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.consent_type = consent_type
            _obj.content_types = content_types
            _obj.default_translation = default_translation
            _obj.id = id
            _obj.state = state
            _obj.translations = translations
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="SubscriptionType", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("SubscriptionType", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="SubscriptionType", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="SubscriptionType", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.translation import Translation  # noqa: E402
