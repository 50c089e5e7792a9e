# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.help_center_redirect_target_type import (
    HelpCenterRedirectTargetType,
)
from ..models.help_center_redirect_type import HelpCenterRedirectType
from ..types import (
    UNSET,
    Unset,
    WrongType,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "created_at",
        "from_url",
        "help_center_id",
        "id",
        "locale",
        "target_id",
        "target_type",
        "type",
        "updated_at",
    }
)


@_attrs_define(kw_only=True)
class HelpCenterRedirect:
    """A redirect maps a source URL (`from_url`) to an article or collection within a
    help center, so that links to old or external URLs resolve to live content.

        Attributes:
            created_at (int | Unset): The time the redirect was created as a UTC Unix timestamp. Example: 1781619405.
            from_url (str | Unset): The source URL that is redirected. An absolute URL within the help center's URL space.
                Example: http://help-center.test/lovelyhelpcenter/old-page.
            help_center_id (str | Unset): The unique identifier for the help center the redirect belongs to. Example: 7.
            id (str | Unset): The unique identifier for the redirect. Example: 26.
            locale (str | Unset): The locale of the redirect's target. For article targets this is the bound translation's
                locale, which may differ from the requested locale if no translation exists in that locale. Example: en.
            target_id (str | Unset): The unique identifier of the target article or collection. For article targets this is
                the Article ID. Example: 11.
            target_type (HelpCenterRedirectTargetType | Unset): The type of the redirect target. Example: article.
            type_ (HelpCenterRedirectType | Unset): The type of the object - `help_center_redirect`. Example:
                help_center_redirect.
            updated_at (int | Unset): The time the redirect was last updated as a UTC Unix timestamp. Example: 1781619405.
            additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int | None | Unset = UNSET
    from_url: str | None | Unset = UNSET
    help_center_id: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    locale: str | None | Unset = UNSET
    target_id: str | None | Unset = UNSET
    target_type: HelpCenterRedirectTargetType | None | Unset = UNSET
    type_: HelpCenterRedirectType | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "help_center_redirect"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.from_url
        if _v is not UNSET:
            _d["from_url"] = _v
        _v = self.help_center_id
        if _v is not UNSET:
            _d["help_center_id"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.locale
        if _v is not UNSET:
            _d["locale"] = _v
        _v = self.target_id
        if _v is not UNSET:
            _d["target_id"] = _v
        _v = self.target_type
        if _v is not UNSET:
            _d["target_type"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="HelpCenterRedirect")
            _d = dict(_d)
        _f = ""
        try:
            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            from_url = _d.get("from_url", UNSET)
            if from_url.__class__ is dict or from_url.__class__ is list:
                raise WrongType("string", from_url, "from_url")

            help_center_id = _d.get("help_center_id", UNSET)
            if help_center_id.__class__ is dict or help_center_id.__class__ is list:
                raise WrongType("string", help_center_id, "help_center_id")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            locale = _d.get("locale", UNSET)
            if locale.__class__ is dict or locale.__class__ is list:
                raise WrongType("string", locale, "locale")

            target_id = _d.get("target_id", UNSET)
            if target_id.__class__ is dict or target_id.__class__ is list:
                raise WrongType("string", target_id, "target_id")

            target_type = _d.get("target_type", UNSET)
            if target_type.__class__ is dict or target_type.__class__ is list:
                raise WrongType("string", target_type, "target_type")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.created_at = created_at
            _obj.from_url = from_url
            _obj.help_center_id = help_center_id
            _obj.id = id
            _obj.locale = locale
            _obj.target_id = target_id
            _obj.target_type = target_type
            _obj.type_ = type_
            _obj.updated_at = updated_at
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="HelpCenterRedirect", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("HelpCenterRedirect", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="HelpCenterRedirect", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="HelpCenterRedirect", path=(_f,) if _f else ()) from None
        return _obj
