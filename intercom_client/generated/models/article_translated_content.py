# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.article_translated_content_type import ArticleTranslatedContentType
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    check_str,
    decode_leniently,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.article_content import ArticleContent, ArticleContentDict


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "ar": UNSET,
    "bg": UNSET,
    "bs": UNSET,
    "ca": UNSET,
    "cs": UNSET,
    "da": UNSET,
    "de": UNSET,
    "el": UNSET,
    "en": UNSET,
    "es": UNSET,
    "et": UNSET,
    "fi": UNSET,
    "fr": UNSET,
    "he": UNSET,
    "hr": UNSET,
    "hu": UNSET,
    "id": UNSET,
    "it": UNSET,
    "ja": UNSET,
    "ko": UNSET,
    "lt": UNSET,
    "lv": UNSET,
    "mn": UNSET,
    "nb": UNSET,
    "nl": UNSET,
    "pl": UNSET,
    "pt": UNSET,
    "pt_br": UNSET,
    "ro": UNSET,
    "ru": UNSET,
    "sl": UNSET,
    "sr": UNSET,
    "sv": UNSET,
    "tr": UNSET,
    "type_": UNSET,
    "vi": UNSET,
    "zh_cn": UNSET,
    "zh_tw": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "ar",
        "bg",
        "bs",
        "ca",
        "cs",
        "da",
        "de",
        "el",
        "en",
        "es",
        "et",
        "fi",
        "fr",
        "he",
        "hr",
        "hu",
        "id",
        "it",
        "ja",
        "ko",
        "lt",
        "lv",
        "mn",
        "nb",
        "nl",
        "pl",
        "pt",
        "pt-BR",
        "ro",
        "ru",
        "sl",
        "sr",
        "sv",
        "tr",
        "type",
        "vi",
        "zh-CN",
        "zh-TW",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ArticleTranslatedContent:
    """The Translated Content of an Article. The keys are the locale codes and the values are the translated content of the
    article.

    Attributes:
        ar (ArticleContent | Unset | None): The content of the article in Arabic
        bg (ArticleContent | Unset | None): The content of the article in Bulgarian
        bs (ArticleContent | Unset | None): The content of the article in Bosnian
        ca (ArticleContent | Unset | None): The content of the article in Catalan
        cs (ArticleContent | Unset | None): The content of the article in Czech
        da (ArticleContent | Unset | None): The content of the article in Danish
        de (ArticleContent | Unset | None): The content of the article in German
        el (ArticleContent | Unset | None): The content of the article in Greek
        en (ArticleContent | Unset | None): The content of the article in English
        es (ArticleContent | Unset | None): The content of the article in Spanish
        et (ArticleContent | Unset | None): The content of the article in Estonian
        fi (ArticleContent | Unset | None): The content of the article in Finnish
        fr (ArticleContent | Unset | None): The content of the article in French
        he (ArticleContent | Unset | None): The content of the article in Hebrew
        hr (ArticleContent | Unset | None): The content of the article in Croatian
        hu (ArticleContent | Unset | None): The content of the article in Hungarian
        id (ArticleContent | Unset | None): The content of the article in Indonesian
        it (ArticleContent | Unset | None): The content of the article in Italian
        ja (ArticleContent | Unset | None): The content of the article in Japanese
        ko (ArticleContent | Unset | None): The content of the article in Korean
        lt (ArticleContent | Unset | None): The content of the article in Lithuanian
        lv (ArticleContent | Unset | None): The content of the article in Latvian
        mn (ArticleContent | Unset | None): The content of the article in Mongolian
        nb (ArticleContent | Unset | None): The content of the article in Norwegian
        nl (ArticleContent | Unset | None): The content of the article in Dutch
        pl (ArticleContent | Unset | None): The content of the article in Polish
        pt (ArticleContent | Unset | None): The content of the article in Portuguese (Portugal)
        pt_br (ArticleContent | Unset | None): The content of the article in Portuguese (Brazil)
        ro (ArticleContent | Unset | None): The content of the article in Romanian
        ru (ArticleContent | Unset | None): The content of the article in Russian
        sl (ArticleContent | Unset | None): The content of the article in Slovenian
        sr (ArticleContent | Unset | None): The content of the article in Serbian
        sv (ArticleContent | Unset | None): The content of the article in Swedish
        tr (ArticleContent | Unset | None): The content of the article in Turkish
        type_ (ArticleTranslatedContentType | Unset | None):
        vi (ArticleContent | Unset | None): The content of the article in Vietnamese
        zh_cn (ArticleContent | Unset | None): The content of the article in Chinese (China)
        zh_tw (ArticleContent | Unset | None): The content of the article in Chinese (Taiwan)
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ar: ArticleContent | Unset | None = UNSET
    bg: ArticleContent | Unset | None = UNSET
    bs: ArticleContent | Unset | None = UNSET
    ca: ArticleContent | Unset | None = UNSET
    cs: ArticleContent | Unset | None = UNSET
    da: ArticleContent | Unset | None = UNSET
    de: ArticleContent | Unset | None = UNSET
    el: ArticleContent | Unset | None = UNSET
    en: ArticleContent | Unset | None = UNSET
    es: ArticleContent | Unset | None = UNSET
    et: ArticleContent | Unset | None = UNSET
    fi: ArticleContent | Unset | None = UNSET
    fr: ArticleContent | Unset | None = UNSET
    he: ArticleContent | Unset | None = UNSET
    hr: ArticleContent | Unset | None = UNSET
    hu: ArticleContent | Unset | None = UNSET
    id: ArticleContent | Unset | None = UNSET
    it: ArticleContent | Unset | None = UNSET
    ja: ArticleContent | Unset | None = UNSET
    ko: ArticleContent | Unset | None = UNSET
    lt: ArticleContent | Unset | None = UNSET
    lv: ArticleContent | Unset | None = UNSET
    mn: ArticleContent | Unset | None = UNSET
    nb: ArticleContent | Unset | None = UNSET
    nl: ArticleContent | Unset | None = UNSET
    pl: ArticleContent | Unset | None = UNSET
    pt: ArticleContent | Unset | None = UNSET
    pt_br: ArticleContent | Unset | None = UNSET
    ro: ArticleContent | Unset | None = UNSET
    ru: ArticleContent | Unset | None = UNSET
    sl: ArticleContent | Unset | None = UNSET
    sr: ArticleContent | Unset | None = UNSET
    sv: ArticleContent | Unset | None = UNSET
    tr: ArticleContent | Unset | None = UNSET
    type_: ArticleTranslatedContentType | Unset | None = UNSET
    vi: ArticleContent | Unset | None = UNSET
    zh_cn: ArticleContent | Unset | None = UNSET
    zh_tw: ArticleContent | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.ar
        if _v is not UNSET:
            _d["ar"] = None if _v is None else to_jsonable(_v)
        _v = self.bg
        if _v is not UNSET:
            _d["bg"] = None if _v is None else to_jsonable(_v)
        _v = self.bs
        if _v is not UNSET:
            _d["bs"] = None if _v is None else to_jsonable(_v)
        _v = self.ca
        if _v is not UNSET:
            _d["ca"] = None if _v is None else to_jsonable(_v)
        _v = self.cs
        if _v is not UNSET:
            _d["cs"] = None if _v is None else to_jsonable(_v)
        _v = self.da
        if _v is not UNSET:
            _d["da"] = None if _v is None else to_jsonable(_v)
        _v = self.de
        if _v is not UNSET:
            _d["de"] = None if _v is None else to_jsonable(_v)
        _v = self.el
        if _v is not UNSET:
            _d["el"] = None if _v is None else to_jsonable(_v)
        _v = self.en
        if _v is not UNSET:
            _d["en"] = None if _v is None else to_jsonable(_v)
        _v = self.es
        if _v is not UNSET:
            _d["es"] = None if _v is None else to_jsonable(_v)
        _v = self.et
        if _v is not UNSET:
            _d["et"] = None if _v is None else to_jsonable(_v)
        _v = self.fi
        if _v is not UNSET:
            _d["fi"] = None if _v is None else to_jsonable(_v)
        _v = self.fr
        if _v is not UNSET:
            _d["fr"] = None if _v is None else to_jsonable(_v)
        _v = self.he
        if _v is not UNSET:
            _d["he"] = None if _v is None else to_jsonable(_v)
        _v = self.hr
        if _v is not UNSET:
            _d["hr"] = None if _v is None else to_jsonable(_v)
        _v = self.hu
        if _v is not UNSET:
            _d["hu"] = None if _v is None else to_jsonable(_v)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = None if _v is None else to_jsonable(_v)
        _v = self.it
        if _v is not UNSET:
            _d["it"] = None if _v is None else to_jsonable(_v)
        _v = self.ja
        if _v is not UNSET:
            _d["ja"] = None if _v is None else to_jsonable(_v)
        _v = self.ko
        if _v is not UNSET:
            _d["ko"] = None if _v is None else to_jsonable(_v)
        _v = self.lt
        if _v is not UNSET:
            _d["lt"] = None if _v is None else to_jsonable(_v)
        _v = self.lv
        if _v is not UNSET:
            _d["lv"] = None if _v is None else to_jsonable(_v)
        _v = self.mn
        if _v is not UNSET:
            _d["mn"] = None if _v is None else to_jsonable(_v)
        _v = self.nb
        if _v is not UNSET:
            _d["nb"] = None if _v is None else to_jsonable(_v)
        _v = self.nl
        if _v is not UNSET:
            _d["nl"] = None if _v is None else to_jsonable(_v)
        _v = self.pl
        if _v is not UNSET:
            _d["pl"] = None if _v is None else to_jsonable(_v)
        _v = self.pt
        if _v is not UNSET:
            _d["pt"] = None if _v is None else to_jsonable(_v)
        _v = self.pt_br
        if _v is not UNSET:
            _d["pt-BR"] = None if _v is None else to_jsonable(_v)
        _v = self.ro
        if _v is not UNSET:
            _d["ro"] = None if _v is None else to_jsonable(_v)
        _v = self.ru
        if _v is not UNSET:
            _d["ru"] = None if _v is None else to_jsonable(_v)
        _v = self.sl
        if _v is not UNSET:
            _d["sl"] = None if _v is None else to_jsonable(_v)
        _v = self.sr
        if _v is not UNSET:
            _d["sr"] = None if _v is None else to_jsonable(_v)
        _v = self.sv
        if _v is not UNSET:
            _d["sv"] = None if _v is None else to_jsonable(_v)
        _v = self.tr
        if _v is not UNSET:
            _d["tr"] = None if _v is None else to_jsonable(_v)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = None if _v is None else to_jsonable(_v)
        _v = self.vi
        if _v is not UNSET:
            _d["vi"] = None if _v is None else to_jsonable(_v)
        _v = self.zh_cn
        if _v is not UNSET:
            _d["zh-CN"] = None if _v is None else to_jsonable(_v)
        _v = self.zh_tw
        if _v is not UNSET:
            _d["zh-TW"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("ar", "ar", ArticleContent.from_dict, False),
            FieldSpec("bg", "bg", ArticleContent.from_dict, False),
            FieldSpec("bs", "bs", ArticleContent.from_dict, False),
            FieldSpec("ca", "ca", ArticleContent.from_dict, False),
            FieldSpec("cs", "cs", ArticleContent.from_dict, False),
            FieldSpec("da", "da", ArticleContent.from_dict, False),
            FieldSpec("de", "de", ArticleContent.from_dict, False),
            FieldSpec("el", "el", ArticleContent.from_dict, False),
            FieldSpec("en", "en", ArticleContent.from_dict, False),
            FieldSpec("es", "es", ArticleContent.from_dict, False),
            FieldSpec("et", "et", ArticleContent.from_dict, False),
            FieldSpec("fi", "fi", ArticleContent.from_dict, False),
            FieldSpec("fr", "fr", ArticleContent.from_dict, False),
            FieldSpec("he", "he", ArticleContent.from_dict, False),
            FieldSpec("hr", "hr", ArticleContent.from_dict, False),
            FieldSpec("hu", "hu", ArticleContent.from_dict, False),
            FieldSpec("id", "id", ArticleContent.from_dict, False),
            FieldSpec("it", "it", ArticleContent.from_dict, False),
            FieldSpec("ja", "ja", ArticleContent.from_dict, False),
            FieldSpec("ko", "ko", ArticleContent.from_dict, False),
            FieldSpec("lt", "lt", ArticleContent.from_dict, False),
            FieldSpec("lv", "lv", ArticleContent.from_dict, False),
            FieldSpec("mn", "mn", ArticleContent.from_dict, False),
            FieldSpec("nb", "nb", ArticleContent.from_dict, False),
            FieldSpec("nl", "nl", ArticleContent.from_dict, False),
            FieldSpec("pl", "pl", ArticleContent.from_dict, False),
            FieldSpec("pt", "pt", ArticleContent.from_dict, False),
            FieldSpec("pt-BR", "pt_br", ArticleContent.from_dict, False),
            FieldSpec("ro", "ro", ArticleContent.from_dict, False),
            FieldSpec("ru", "ru", ArticleContent.from_dict, False),
            FieldSpec("sl", "sl", ArticleContent.from_dict, False),
            FieldSpec("sr", "sr", ArticleContent.from_dict, False),
            FieldSpec("sv", "sv", ArticleContent.from_dict, False),
            FieldSpec("tr", "tr", ArticleContent.from_dict, False),
            FieldSpec("type", "type_", check_str, False),
            FieldSpec("vi", "vi", ArticleContent.from_dict, False),
            FieldSpec("zh-CN", "zh_cn", ArticleContent.from_dict, False),
            FieldSpec("zh-TW", "zh_tw", ArticleContent.from_dict, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ArticleTranslatedContent"
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
            _v = _state["ar"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["ar"] = _v
            _v = _state["bg"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["bg"] = _v
            _v = _state["bs"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["bs"] = _v
            _v = _state["ca"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["ca"] = _v
            _v = _state["cs"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["cs"] = _v
            _v = _state["da"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["da"] = _v
            _v = _state["de"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["de"] = _v
            _v = _state["el"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["el"] = _v
            _v = _state["en"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["en"] = _v
            _v = _state["es"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["es"] = _v
            _v = _state["et"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["et"] = _v
            _v = _state["fi"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["fi"] = _v
            _v = _state["fr"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["fr"] = _v
            _v = _state["he"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["he"] = _v
            _v = _state["hr"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["hr"] = _v
            _v = _state["hu"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["hu"] = _v
            _v = _state["id"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["id"] = _v
            _v = _state["it"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["it"] = _v
            _v = _state["ja"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["ja"] = _v
            _v = _state["ko"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["ko"] = _v
            _v = _state["lt"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["lt"] = _v
            _v = _state["lv"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["lv"] = _v
            _v = _state["mn"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["mn"] = _v
            _v = _state["nb"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["nb"] = _v
            _v = _state["nl"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["nl"] = _v
            _v = _state["pl"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["pl"] = _v
            _v = _state["pt"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["pt"] = _v
            if "pt-BR" in _d:
                _state["pt_br"] = _state.pop("pt-BR")
            _v = _state["pt_br"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["pt_br"] = _v
            _v = _state["ro"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["ro"] = _v
            _v = _state["ru"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["ru"] = _v
            _v = _state["sl"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["sl"] = _v
            _v = _state["sr"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["sr"] = _v
            _v = _state["sv"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["sv"] = _v
            _v = _state["tr"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["tr"] = _v
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            _v = _state["vi"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["vi"] = _v
            if "zh-CN" in _d:
                _state["zh_cn"] = _state.pop("zh-CN")
            _v = _state["zh_cn"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["zh_cn"] = _v
            if "zh-TW" in _d:
                _state["zh_tw"] = _state.pop("zh-TW")
            _v = _state["zh_tw"]
            if _v is not None and _v is not UNSET:
                _v = ArticleContent.from_dict(_v)

            _state["zh_tw"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


ArticleTranslatedContentDict = TypedDict(
    "ArticleTranslatedContentDict",
    {
        "ar": "ArticleContent | ArticleContentDict | None",
        "bg": "ArticleContent | ArticleContentDict | None",
        "bs": "ArticleContent | ArticleContentDict | None",
        "ca": "ArticleContent | ArticleContentDict | None",
        "cs": "ArticleContent | ArticleContentDict | None",
        "da": "ArticleContent | ArticleContentDict | None",
        "de": "ArticleContent | ArticleContentDict | None",
        "el": "ArticleContent | ArticleContentDict | None",
        "en": "ArticleContent | ArticleContentDict | None",
        "es": "ArticleContent | ArticleContentDict | None",
        "et": "ArticleContent | ArticleContentDict | None",
        "fi": "ArticleContent | ArticleContentDict | None",
        "fr": "ArticleContent | ArticleContentDict | None",
        "he": "ArticleContent | ArticleContentDict | None",
        "hr": "ArticleContent | ArticleContentDict | None",
        "hu": "ArticleContent | ArticleContentDict | None",
        "id": "ArticleContent | ArticleContentDict | None",
        "it": "ArticleContent | ArticleContentDict | None",
        "ja": "ArticleContent | ArticleContentDict | None",
        "ko": "ArticleContent | ArticleContentDict | None",
        "lt": "ArticleContent | ArticleContentDict | None",
        "lv": "ArticleContent | ArticleContentDict | None",
        "mn": "ArticleContent | ArticleContentDict | None",
        "nb": "ArticleContent | ArticleContentDict | None",
        "nl": "ArticleContent | ArticleContentDict | None",
        "pl": "ArticleContent | ArticleContentDict | None",
        "pt": "ArticleContent | ArticleContentDict | None",
        "pt-BR": "ArticleContent | ArticleContentDict | None",
        "ro": "ArticleContent | ArticleContentDict | None",
        "ru": "ArticleContent | ArticleContentDict | None",
        "sl": "ArticleContent | ArticleContentDict | None",
        "sr": "ArticleContent | ArticleContentDict | None",
        "sv": "ArticleContent | ArticleContentDict | None",
        "tr": "ArticleContent | ArticleContentDict | None",
        "type": "ArticleTranslatedContentType | None",
        "vi": "ArticleContent | ArticleContentDict | None",
        "zh-CN": "ArticleContent | ArticleContentDict | None",
        "zh-TW": "ArticleContent | ArticleContentDict | None",
    },
    total=False,
)
"""`ArticleTranslatedContent` written as a dict literal (JSON field names), e.g. as a request body."""


# Imported last, so that models that refer to each other can import each other.
from ..models.article_content import ArticleContent
