# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.external_page_locale import ExternalPageLocale
from ..models.external_page_type import ExternalPageType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    WrongType,
    check_bool,
    check_int,
    check_str,
    decode_leniently,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "ai_agent_availability": None,
    "ai_copilot_availability": None,
    "created_at": None,
    "external_id": None,
    "html": None,
    "id": None,
    "last_ingested_at": None,
    "locale": None,
    "source_id": None,
    "title": None,
    "type_": None,
    "updated_at": None,
    "ai_sales_agent_availability": None,
    "fin_availability": None,
    "url": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "ai_agent_availability",
        "ai_copilot_availability",
        "created_at",
        "external_id",
        "html",
        "id",
        "last_ingested_at",
        "locale",
        "source_id",
        "title",
        "type",
        "updated_at",
        "ai_sales_agent_availability",
        "fin_availability",
        "url",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ExternalPage:
    """External pages that you have added to your Fin Content Library.

    Attributes:
        ai_agent_availability (bool): Whether the external page should be used to answer questions by AI Agent. Example:
            True.
        ai_copilot_availability (bool): Whether the external page should be used to answer questions by AI Copilot.
            Example: True.
        created_at (int): The time when the external page was created. Example: 1672928359.
        external_id (str): The identifier for the external page which was given by the source. Must be unique for the
            source. Example: 5678.
        html (str): The body of the external page in HTML. Example: ``<p>Hello world!</p>``.
        id (str): The unique identifier for the external page which is given by Intercom. Example: 1234.
        last_ingested_at (int): The time when the external page was last ingested. Example: 1672928610.
        locale (ExternalPageLocale): Always en Default: 'en'. Example: en.
        source_id (int): The unique identifier for the source of the external page which was given by Intercom. Every
            external page must be associated with a Content Import Source which represents the place it comes from and from
            which it inherits a default audience (configured in the UI). For a new source, make a POST request to the
            Content Import Source endpoint and an ID for the source will be returned in the response. Example: 1234.
        title (str): The title of the external page. Example: Getting started with....
        type_ (ExternalPageType): Always external_page Default: 'external_page'. Example: external_page.
        updated_at (int): The time when the external page was last updated. Example: 1672928610.
        ai_sales_agent_availability (bool | None): Whether the external page should be used to answer questions by AI
            Sales Agent. Example: True.
        fin_availability (bool | None): Deprecated. Use ai_agent_availability, ai_copilot_availability, and
            ai_sales_agent_availability instead. Example: True.
        url (str | None): The URL of the external page. This will be used by Fin to link end users to the page it based
            its answer on. Example: https://help.example.com/en/articles/1234-getting-started.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ai_agent_availability: bool
    ai_copilot_availability: bool
    created_at: int
    external_id: str
    html: str
    id: str
    last_ingested_at: int
    locale: ExternalPageLocale
    source_id: int
    title: str
    type_: ExternalPageType
    updated_at: int
    ai_sales_agent_availability: bool | None = None
    fin_availability: bool | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("locale", "en"),
        ("type", "external_page"),
    )
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.ai_agent_availability
        if _v is not None:
            _d["ai_agent_availability"] = _v
        _v = self.ai_copilot_availability
        if _v is not None:
            _d["ai_copilot_availability"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.external_id
        if _v is not None:
            _d["external_id"] = _v
        _v = self.html
        if _v is not None:
            _d["html"] = _v
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.last_ingested_at
        if _v is not None:
            _d["last_ingested_at"] = _v
        _v = self.locale
        if _v is not None:
            _d["locale"] = _v
        _v = self.source_id
        if _v is not None:
            _d["source_id"] = _v
        _v = self.title
        if _v is not None:
            _d["title"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        _v = self.ai_sales_agent_availability
        if _v is not None:
            _d["ai_sales_agent_availability"] = _v
        _v = self.fin_availability
        if _v is not None:
            _d["fin_availability"] = _v
        _v = self.url
        if _v is not None:
            _d["url"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("ai_agent_availability", "ai_agent_availability", check_bool, True),
            FieldSpec("ai_copilot_availability", "ai_copilot_availability", check_bool, True),
            FieldSpec("created_at", "created_at", check_int, True),
            FieldSpec("external_id", "external_id", check_str, True),
            FieldSpec("html", "html", check_str, True),
            FieldSpec("id", "id", check_str, True),
            FieldSpec("last_ingested_at", "last_ingested_at", check_int, True),
            FieldSpec("locale", "locale", check_str, True),
            FieldSpec("source_id", "source_id", check_int, True),
            FieldSpec("title", "title", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("updated_at", "updated_at", check_int, True),
            FieldSpec("ai_sales_agent_availability", "ai_sales_agent_availability", check_bool, False),
            FieldSpec("fin_availability", "fin_availability", check_bool, False),
            FieldSpec("url", "url", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ExternalPage")
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
            if "ai_agent_availability" not in _d:
                raise KeyError("ai_agent_availability")
            if _state["ai_agent_availability"] is None:
                raise WrongType("a value", None)
            if "ai_copilot_availability" not in _d:
                raise KeyError("ai_copilot_availability")
            if _state["ai_copilot_availability"] is None:
                raise WrongType("a value", None)
            if "created_at" not in _d:
                raise KeyError("created_at")
            if _state["created_at"] is None:
                raise WrongType("a value", None)
            if "external_id" not in _d:
                raise KeyError("external_id")
            if _state["external_id"] is None:
                raise WrongType("a value", None)
            if "html" not in _d:
                raise KeyError("html")
            if _state["html"] is None:
                raise WrongType("a value", None)
            if "id" not in _d:
                raise KeyError("id")
            if _state["id"] is None:
                raise WrongType("a value", None)
            if "last_ingested_at" not in _d:
                raise KeyError("last_ingested_at")
            if _state["last_ingested_at"] is None:
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
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
            if "updated_at" not in _d:
                raise KeyError("updated_at")
            if _state["updated_at"] is None:
                raise WrongType("a value", None)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
