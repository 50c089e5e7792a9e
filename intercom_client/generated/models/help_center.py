# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)


def _decode_locales(data: Any) -> list[str]:
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "created_at",
        "custom_domain",
        "default",
        "display_name",
        "id",
        "identifier",
        "locales",
        "updated_at",
        "url",
        "website_turned_on",
        "workspace_id",
    }
)


@_attrs_define(kw_only=True)
class HelpCenter:
    """Help Centers contain collections

    Attributes:
        created_at (int | Unset): The time when the Help Center was created. Example: 1672928359.
        custom_domain (None | str | Unset): Custom domain configured for the help center Example: help.mycompany.com.
        default (bool | Unset): Whether this help center is the default for the workspace. Example: False.
        display_name (str | Unset): The display name of the Help Center only seen by teammates. Example: Intercom Help
            Center.
        id (str | Unset): The unique identifier for the Help Center which is given by Intercom. Example: 123.
        identifier (str | Unset): The identifier of the Help Center. This is used in the URL of the Help Center.
            Example: intercom.
        locales (list[str] | Unset): The locales in which the help center is available. Example: ['en', 'fr'].
        updated_at (int | Unset): The time when the Help Center was last updated. Example: 1672928610.
        url (str | Unset): The URL for the help center, if you have a custom domain then this will show the URL using
            the custom domain. Example: https://help.mycompany.com.
        website_turned_on (bool | Unset): Whether the Help Center is turned on or not. This is controlled in your Help
            Center settings. Example: True.
        workspace_id (str | Unset): The id of the workspace which the Help Center belongs to. Example: hfi1bx4l.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int | None | Unset = UNSET
    custom_domain: None | str | None | Unset = UNSET
    default: bool | None | Unset = UNSET
    display_name: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    identifier: str | None | Unset = UNSET
    locales: list[str] | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    url: str | None | Unset = UNSET
    website_turned_on: bool | None | Unset = UNSET
    workspace_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.custom_domain
        if _v is not UNSET:
            _d["custom_domain"] = None if _v is None else to_jsonable(_v)
        _v = self.default
        if _v is not UNSET:
            _d["default"] = _v
        _v = self.display_name
        if _v is not UNSET:
            _d["display_name"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.identifier
        if _v is not UNSET:
            _d["identifier"] = _v
        _v = self.locales
        if _v is not UNSET:
            _d["locales"] = None if _v is None else to_jsonable(_v)
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        _v = self.url
        if _v is not UNSET:
            _d["url"] = _v
        _v = self.website_turned_on
        if _v is not UNSET:
            _d["website_turned_on"] = _v
        _v = self.workspace_id
        if _v is not UNSET:
            _d["workspace_id"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="HelpCenter")
            _d = dict(_d)
        _f = ""
        try:
            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            custom_domain = _d.get("custom_domain", UNSET)
            if custom_domain.__class__ is dict or custom_domain.__class__ is list:
                raise WrongType("string", custom_domain, "custom_domain")

            default = _d.get("default", UNSET)
            if default.__class__ is dict or default.__class__ is list:
                raise WrongType("boolean", default, "default")

            display_name = _d.get("display_name", UNSET)
            if display_name.__class__ is dict or display_name.__class__ is list:
                raise WrongType("string", display_name, "display_name")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            identifier = _d.get("identifier", UNSET)
            if identifier.__class__ is dict or identifier.__class__ is list:
                raise WrongType("string", identifier, "identifier")

            locales = _d.get("locales", UNSET)
            if locales is not None and locales is not UNSET:
                _f = "locales"
                locales = _decode_locales(locales)

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            url = _d.get("url", UNSET)
            if url.__class__ is dict or url.__class__ is list:
                raise WrongType("string", url, "url")

            website_turned_on = _d.get("website_turned_on", UNSET)
            if website_turned_on.__class__ is dict or website_turned_on.__class__ is list:
                raise WrongType("boolean", website_turned_on, "website_turned_on")

            workspace_id = _d.get("workspace_id", UNSET)
            if workspace_id.__class__ is dict or workspace_id.__class__ is list:
                raise WrongType("string", workspace_id, "workspace_id")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.created_at = created_at
            _obj.custom_domain = custom_domain
            _obj.default = default
            _obj.display_name = display_name
            _obj.id = id
            _obj.identifier = identifier
            _obj.locales = locales
            _obj.updated_at = updated_at
            _obj.url = url
            _obj.website_turned_on = website_turned_on
            _obj.workspace_id = workspace_id
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="HelpCenter", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("HelpCenter", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="HelpCenter", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="HelpCenter", path=(_f,) if _f else ()) from None
        return _obj
