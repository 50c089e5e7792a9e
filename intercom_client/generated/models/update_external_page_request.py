# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.update_external_page_request_locale import (
    UpdateExternalPageRequestLocale,
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
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "html": UNSET,
    "locale": UNSET,
    "source_id": UNSET,
    "title": UNSET,
    "url": UNSET,
    "ai_agent_availability": UNSET,
    "ai_copilot_availability": UNSET,
    "ai_sales_agent_availability": UNSET,
    "external_id": UNSET,
    "fin_availability": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "html",
        "locale",
        "source_id",
        "title",
        "url",
        "ai_agent_availability",
        "ai_copilot_availability",
        "ai_sales_agent_availability",
        "external_id",
        "fin_availability",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateExternalPageRequest:
    """You can update an External Page in your Fin Content Library.

    Attributes:
        html (str): The body of the external page in HTML. Example: ``<p>Hello world!</p>``.
        locale (UpdateExternalPageRequestLocale): Always en Default: 'en'. Example: en.
        source_id (int): The unique identifier for the source of the external page which was given by Intercom. Every
            external page must be associated with a Content Import Source which represents the place it comes from and from
            which it inherits a default audience (configured in the UI). For a new source, make a POST request to the
            Content Import Source endpoint and an ID for the source will be returned in the response. Example: 1234.
        title (str): The title of the external page. Example: Getting started with....
        url (str): The URL of the external page. This will be used by Fin to link end users to the page it based its
            answer on. Example: https://help.example.com/en/articles/1234-getting-started.
        ai_agent_availability (bool | Unset | None): Whether the external page should be used to answer questions by AI
            Agent. Example: True.
        ai_copilot_availability (bool | Unset | None): Whether the external page should be used to answer questions by
            AI Copilot. Example: True.
        ai_sales_agent_availability (bool | Unset | None): Whether the external page should be used to answer questions
            by AI Sales Agent. Example: True.
        external_id (str | Unset | None): The identifier for the external page which was given by the source. Must be
            unique for the source. Example: 5678.
        fin_availability (bool | Unset | None): Deprecated. Use ai_agent_availability, ai_copilot_availability, and
            ai_sales_agent_availability instead. Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    html: str
    locale: UpdateExternalPageRequestLocale = "en"
    source_id: int
    title: str
    url: str
    ai_agent_availability: bool | Unset | None = UNSET
    ai_copilot_availability: bool | Unset | None = UNSET
    ai_sales_agent_availability: bool | Unset | None = UNSET
    external_id: str | Unset | None = UNSET
    fin_availability: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("locale", "en"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.html
        if _v is not UNSET:
            _d["html"] = _v
        _v = self.locale
        if _v is not UNSET:
            _d["locale"] = _v
        _v = self.source_id
        if _v is not UNSET:
            _d["source_id"] = _v
        _v = self.title
        if _v is not UNSET:
            _d["title"] = _v
        _v = self.url
        if _v is not UNSET:
            _d["url"] = _v
        _v = self.ai_agent_availability
        if _v is not UNSET:
            _d["ai_agent_availability"] = _v
        _v = self.ai_copilot_availability
        if _v is not UNSET:
            _d["ai_copilot_availability"] = _v
        _v = self.ai_sales_agent_availability
        if _v is not UNSET:
            _d["ai_sales_agent_availability"] = _v
        _v = self.external_id
        if _v is not UNSET:
            _d["external_id"] = _v
        _v = self.fin_availability
        if _v is not UNSET:
            _d["fin_availability"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("html", "html", check_str, True),
            FieldSpec("locale", "locale", check_str, True),
            FieldSpec("source_id", "source_id", check_int, True),
            FieldSpec("title", "title", check_str, True),
            FieldSpec("url", "url", check_str, True),
            FieldSpec("ai_agent_availability", "ai_agent_availability", check_bool, False),
            FieldSpec("ai_copilot_availability", "ai_copilot_availability", check_bool, False),
            FieldSpec("ai_sales_agent_availability", "ai_sales_agent_availability", check_bool, False),
            FieldSpec("external_id", "external_id", check_str, False),
            FieldSpec("fin_availability", "fin_availability", check_bool, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="UpdateExternalPageRequest"
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
            if "html" not in _d:
                raise KeyError("html")
            if _state["html"] is None:
                raise WrongType("a value", None)
            if "locale" not in _d:
                raise KeyError("locale")
            if _state["locale"] is None:
                raise WrongType("a value", None)
            if "source_id" not in _d:
                raise KeyError("source_id")
            if _state["source_id"] is None:
                raise WrongType("a value", None)
            if "title" not in _d:
                raise KeyError("title")
            if _state["title"] is None:
                raise WrongType("a value", None)
            if "url" not in _d:
                raise KeyError("url")
            if _state["url"] is None:
                raise WrongType("a value", None)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class UpdateExternalPageRequestDict(TypedDict, total=False):
    """:class:`UpdateExternalPageRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    html: Required[str]
    locale: UpdateExternalPageRequestLocale
    source_id: Required[int]
    title: Required[str]
    url: Required[str]
    ai_agent_availability: bool
    ai_copilot_availability: bool
    ai_sales_agent_availability: bool
    external_id: str
    fin_availability: bool
