# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
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
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "created_at": None,
    "custom_domain": None,
    "default": None,
    "display_name": None,
    "id": None,
    "identifier": None,
    "locales": None,
    "updated_at": None,
    "url": None,
    "website_turned_on": None,
    "workspace_id": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
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


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class HelpCenter:
    """Help Centers contain collections

    Attributes:
        created_at (int | None): The time when the Help Center was created. Example: 1672928359.
        custom_domain (str | None): Custom domain configured for the help center Example: help.mycompany.com.
        default (bool | None): Whether this help center is the default for the workspace. Example: False.
        display_name (str | None): The display name of the Help Center only seen by teammates. Example: Intercom Help
            Center.
        id (str | None): The unique identifier for the Help Center which is given by Intercom. Example: 123.
        identifier (str | None): The identifier of the Help Center. This is used in the URL of the Help Center. Example:
            intercom.
        locales (list[str] | None): The locales in which the help center is available. Example: ['en', 'fr'].
        updated_at (int | None): The time when the Help Center was last updated. Example: 1672928610.
        url (str | None): The URL for the help center, if you have a custom domain then this will show the URL using the
            custom domain. Example: https://help.mycompany.com.
        website_turned_on (bool | None): Whether the Help Center is turned on or not. This is controlled in your Help
            Center settings. Example: True.
        workspace_id (str | None): The id of the workspace which the Help Center belongs to. Example: hfi1bx4l.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int | None = None
    custom_domain: str | None = None
    default: bool | None = None
    display_name: str | None = None
    id: str | None = None
    identifier: str | None = None
    locales: list[str] | None = None
    updated_at: int | None = None
    url: str | None = None
    website_turned_on: bool | None = None
    workspace_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.custom_domain
        if _v is not None:
            _d["custom_domain"] = to_jsonable(_v)
        _v = self.default
        if _v is not None:
            _d["default"] = _v
        _v = self.display_name
        if _v is not None:
            _d["display_name"] = _v
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.identifier
        if _v is not None:
            _d["identifier"] = _v
        _v = self.locales
        if _v is not None:
            _d["locales"] = to_jsonable(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        _v = self.url
        if _v is not None:
            _d["url"] = _v
        _v = self.website_turned_on
        if _v is not None:
            _d["website_turned_on"] = _v
        _v = self.workspace_id
        if _v is not None:
            _d["workspace_id"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("custom_domain", "custom_domain", check_str, False),
            FieldSpec("default", "default", check_bool, False),
            FieldSpec("display_name", "display_name", check_str, False),
            FieldSpec("id", "id", check_str, False),
            FieldSpec("identifier", "identifier", check_str, False),
            FieldSpec("locales", "locales", check_scalar_list, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
            FieldSpec("url", "url", check_str, False),
            FieldSpec("website_turned_on", "website_turned_on", check_bool, False),
            FieldSpec("workspace_id", "workspace_id", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="HelpCenter")
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
            _v = _state["locales"]
            if _v is not None:
                _v = check_scalar_list(_v)

            _state["locales"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
