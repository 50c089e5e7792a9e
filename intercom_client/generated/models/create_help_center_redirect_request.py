# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.create_help_center_redirect_request_target_type import (
    CreateHelpCenterRedirectRequestTargetType,
)
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    WrongType,
    check_str,
    decode_leniently,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "from_url": UNSET,
    "locale": UNSET,
    "target_id": UNSET,
    "target_type": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "from_url",
        "locale",
        "target_id",
        "target_type",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateHelpCenterRedirectRequest:
    """You can create a help center redirect.

    Attributes:
        from_url (str): The source URL to redirect. Must be an absolute URL within the help center's URL space. Example:
            http://help-center.test/lovelyhelpcenter/old-page.
        locale (str): The locale of the target translation (e.g. `en`, `fr`). For article targets this selects the
            ArticleContent variant. Example: en.
        target_id (str): The unique identifier of the target article or collection. The target must be a member of the
            help center. Example: 11.
        target_type (CreateHelpCenterRedirectRequestTargetType): The type of the redirect target. Example: article.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    from_url: str
    locale: str
    target_id: str
    target_type: CreateHelpCenterRedirectRequestTargetType
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.from_url
        if _v is not UNSET:
            _d["from_url"] = _v
        _v = self.locale
        if _v is not UNSET:
            _d["locale"] = _v
        _v = self.target_id
        if _v is not UNSET:
            _d["target_id"] = _v
        _v = self.target_type
        if _v is not UNSET:
            _d["target_type"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("from_url", "from_url", check_str, True),
            FieldSpec("locale", "locale", check_str, True),
            FieldSpec("target_id", "target_id", check_str, True),
            FieldSpec("target_type", "target_type", check_str, True),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="CreateHelpCenterRedirectRequest"
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
            if "from_url" not in _d:
                raise KeyError("from_url")
            if _state["from_url"] is None:
                raise WrongType("a value", None)
            if "locale" not in _d:
                raise KeyError("locale")
            if _state["locale"] is None:
                raise WrongType("a value", None)
            if "target_id" not in _d:
                raise KeyError("target_id")
            if _state["target_id"] is None:
                raise WrongType("a value", None)
            if "target_type" not in _d:
                raise KeyError("target_type")
            if _state["target_type"] is None:
                raise WrongType("a value", None)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class CreateHelpCenterRedirectRequestDict(TypedDict, total=False):
    """:class:`CreateHelpCenterRedirectRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    from_url: Required[str]
    locale: Required[str]
    target_id: Required[str]
    target_type: Required[CreateHelpCenterRedirectRequestTargetType]
