# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
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
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    WrongType,
    check_int,
    check_str,
    decode_leniently,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "created_at": None,
    "from_url": None,
    "help_center_id": None,
    "locale": None,
    "target_id": None,
    "target_type": None,
    "updated_at": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "created_at",
        "from_url",
        "help_center_id",
        "locale",
        "target_id",
        "target_type",
        "updated_at",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class HelpCenterRedirect:
    """A redirect maps a source URL (`from_url`) to an article or collection within a
    help center, so that links to old or external URLs resolve to live content.

    Attributes:
        id (str): The unique identifier for the redirect. Example: 26.
        type_ (HelpCenterRedirectType): The type of the object - `help_center_redirect`. Example: help_center_redirect.
        created_at (int | None): The time the redirect was created as a UTC Unix timestamp. Example: 1781619405.
        from_url (str | None): The source URL that is redirected. An absolute URL within the help center's URL space.
            Example: http://help-center.test/lovelyhelpcenter/old-page.
        help_center_id (str | None): The unique identifier for the help center the redirect belongs to. Example: 7.
        locale (str | None): The locale of the redirect's target. For article targets this is the bound translation's
            locale, which may differ from the requested locale if no translation exists in that locale. Example: en.
        target_id (str | None): The unique identifier of the target article or collection. For article targets this is
            the Article ID. Example: 11.
        target_type (HelpCenterRedirectTargetType | None): The type of the redirect target. Example: article.
        updated_at (int | None): The time the redirect was last updated as a UTC Unix timestamp. Example: 1781619405.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: HelpCenterRedirectType
    created_at: int | None = None
    from_url: str | None = None
    help_center_id: str | None = None
    locale: str | None = None
    target_id: str | None = None
    target_type: HelpCenterRedirectTargetType | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "help_center_redirect"),)
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
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.from_url
        if _v is not None:
            _d["from_url"] = _v
        _v = self.help_center_id
        if _v is not None:
            _d["help_center_id"] = _v
        _v = self.locale
        if _v is not None:
            _d["locale"] = _v
        _v = self.target_id
        if _v is not None:
            _d["target_id"] = _v
        _v = self.target_type
        if _v is not None:
            _d["target_type"] = _v
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("from_url", "from_url", check_str, False),
            FieldSpec("help_center_id", "help_center_id", check_str, False),
            FieldSpec("locale", "locale", check_str, False),
            FieldSpec("target_id", "target_id", check_str, False),
            FieldSpec("target_type", "target_type", check_str, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="HelpCenterRedirect")
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
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
