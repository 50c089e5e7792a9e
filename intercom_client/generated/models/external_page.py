# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
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


@_attrs_define(kw_only=True)
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
        html (str): The body of the external page in HTML. Example: <p>Hello world!</p>.
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
        ai_sales_agent_availability (bool): Whether the external page should be used to answer questions by AI Sales
            Agent. Example: True.
        fin_availability (bool): Deprecated. Use ai_agent_availability, ai_copilot_availability, and
            ai_sales_agent_availability instead. Example: True.
        url (str): The URL of the external page. This will be used by Fin to link end users to the page it based its
            answer on. Example: https://help.example.com/en/articles/1234-getting-started.
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
        try:
            ai_agent_availability: Any = _d["ai_agent_availability"]
            if ai_agent_availability is None:
                raise WrongType("a value", None)

            ai_copilot_availability: Any = _d["ai_copilot_availability"]
            if ai_copilot_availability is None:
                raise WrongType("a value", None)

            created_at: Any = _d["created_at"]
            if created_at is None:
                raise WrongType("a value", None)

            external_id: Any = _d["external_id"]
            if external_id is None:
                raise WrongType("a value", None)

            html: Any = _d["html"]
            if html is None:
                raise WrongType("a value", None)

            id: Any = _d["id"]
            if id is None:
                raise WrongType("a value", None)

            last_ingested_at: Any = _d["last_ingested_at"]
            if last_ingested_at is None:
                raise WrongType("a value", None)

            locale: Any = _d["locale"]
            if locale is None:
                raise WrongType("a value", None)

            source_id: Any = _d["source_id"]
            if source_id is None:
                raise WrongType("a value", None)

            title: Any = _d["title"]
            if title is None:
                raise WrongType("a value", None)

            type_: Any = _d["type"]
            if type_ is None:
                raise WrongType("a value", None)

            updated_at: Any = _d["updated_at"]
            if updated_at is None:
                raise WrongType("a value", None)

            ai_sales_agent_availability: Any = _d.get("ai_sales_agent_availability")

            fin_availability: Any = _d.get("fin_availability")

            url: Any = _d.get("url")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.ai_agent_availability = ai_agent_availability
            _obj.ai_copilot_availability = ai_copilot_availability
            _obj.created_at = created_at
            _obj.external_id = external_id
            _obj.html = html
            _obj.id = id
            _obj.last_ingested_at = last_ingested_at
            _obj.locale = locale
            _obj.source_id = source_id
            _obj.title = title
            _obj.type_ = type_
            _obj.updated_at = updated_at
            _obj.ai_sales_agent_availability = ai_sales_agent_availability
            _obj.fin_availability = fin_availability
            _obj.url = url
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        return _obj
