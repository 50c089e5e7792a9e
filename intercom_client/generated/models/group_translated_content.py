# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.group_translated_content_type import GroupTranslatedContentType
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
    from ..models.group_content import GroupContent, GroupContentDict


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
class GroupTranslatedContent:
    """The Translated Content of an Group. The keys are the locale codes and the values are the translated content of the
    Group.

    Attributes:
        ar (GroupContent | Unset | None): The content of the group in Arabic
        bg (GroupContent | Unset | None): The content of the group in Bulgarian
        bs (GroupContent | Unset | None): The content of the group in Bosnian
        ca (GroupContent | Unset | None): The content of the group in Catalan
        cs (GroupContent | Unset | None): The content of the group in Czech
        da (GroupContent | Unset | None): The content of the group in Danish
        de (GroupContent | Unset | None): The content of the group in German
        el (GroupContent | Unset | None): The content of the group in Greek
        en (GroupContent | Unset | None): The content of the group in English
        es (GroupContent | Unset | None): The content of the group in Spanish
        et (GroupContent | Unset | None): The content of the group in Estonian
        fi (GroupContent | Unset | None): The content of the group in Finnish
        fr (GroupContent | Unset | None): The content of the group in French
        he (GroupContent | Unset | None): The content of the group in Hebrew
        hr (GroupContent | Unset | None): The content of the group in Croatian
        hu (GroupContent | Unset | None): The content of the group in Hungarian
        id (GroupContent | Unset | None): The content of the group in Indonesian
        it (GroupContent | Unset | None): The content of the group in Italian
        ja (GroupContent | Unset | None): The content of the group in Japanese
        ko (GroupContent | Unset | None): The content of the group in Korean
        lt (GroupContent | Unset | None): The content of the group in Lithuanian
        lv (GroupContent | Unset | None): The content of the group in Latvian
        mn (GroupContent | Unset | None): The content of the group in Mongolian
        nb (GroupContent | Unset | None): The content of the group in Norwegian
        nl (GroupContent | Unset | None): The content of the group in Dutch
        pl (GroupContent | Unset | None): The content of the group in Polish
        pt (GroupContent | Unset | None): The content of the group in Portuguese (Portugal)
        pt_br (GroupContent | Unset | None): The content of the group in Portuguese (Brazil)
        ro (GroupContent | Unset | None): The content of the group in Romanian
        ru (GroupContent | Unset | None): The content of the group in Russian
        sl (GroupContent | Unset | None): The content of the group in Slovenian
        sr (GroupContent | Unset | None): The content of the group in Serbian
        sv (GroupContent | Unset | None): The content of the group in Swedish
        tr (GroupContent | Unset | None): The content of the group in Turkish
        type_ (GroupTranslatedContentType | Unset | None):
        vi (GroupContent | Unset | None): The content of the group in Vietnamese
        zh_cn (GroupContent | Unset | None): The content of the group in Chinese (China)
        zh_tw (GroupContent | Unset | None): The content of the group in Chinese (Taiwan)
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ar: GroupContent | Unset | None = UNSET
    bg: GroupContent | Unset | None = UNSET
    bs: GroupContent | Unset | None = UNSET
    ca: GroupContent | Unset | None = UNSET
    cs: GroupContent | Unset | None = UNSET
    da: GroupContent | Unset | None = UNSET
    de: GroupContent | Unset | None = UNSET
    el: GroupContent | Unset | None = UNSET
    en: GroupContent | Unset | None = UNSET
    es: GroupContent | Unset | None = UNSET
    et: GroupContent | Unset | None = UNSET
    fi: GroupContent | Unset | None = UNSET
    fr: GroupContent | Unset | None = UNSET
    he: GroupContent | Unset | None = UNSET
    hr: GroupContent | Unset | None = UNSET
    hu: GroupContent | Unset | None = UNSET
    id: GroupContent | Unset | None = UNSET
    it: GroupContent | Unset | None = UNSET
    ja: GroupContent | Unset | None = UNSET
    ko: GroupContent | Unset | None = UNSET
    lt: GroupContent | Unset | None = UNSET
    lv: GroupContent | Unset | None = UNSET
    mn: GroupContent | Unset | None = UNSET
    nb: GroupContent | Unset | None = UNSET
    nl: GroupContent | Unset | None = UNSET
    pl: GroupContent | Unset | None = UNSET
    pt: GroupContent | Unset | None = UNSET
    pt_br: GroupContent | Unset | None = UNSET
    ro: GroupContent | Unset | None = UNSET
    ru: GroupContent | Unset | None = UNSET
    sl: GroupContent | Unset | None = UNSET
    sr: GroupContent | Unset | None = UNSET
    sv: GroupContent | Unset | None = UNSET
    tr: GroupContent | Unset | None = UNSET
    type_: GroupTranslatedContentType | Unset | None = UNSET
    vi: GroupContent | Unset | None = UNSET
    zh_cn: GroupContent | Unset | None = UNSET
    zh_tw: GroupContent | Unset | None = UNSET
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
            FieldSpec("ar", "ar", GroupContent.from_dict, False),
            FieldSpec("bg", "bg", GroupContent.from_dict, False),
            FieldSpec("bs", "bs", GroupContent.from_dict, False),
            FieldSpec("ca", "ca", GroupContent.from_dict, False),
            FieldSpec("cs", "cs", GroupContent.from_dict, False),
            FieldSpec("da", "da", GroupContent.from_dict, False),
            FieldSpec("de", "de", GroupContent.from_dict, False),
            FieldSpec("el", "el", GroupContent.from_dict, False),
            FieldSpec("en", "en", GroupContent.from_dict, False),
            FieldSpec("es", "es", GroupContent.from_dict, False),
            FieldSpec("et", "et", GroupContent.from_dict, False),
            FieldSpec("fi", "fi", GroupContent.from_dict, False),
            FieldSpec("fr", "fr", GroupContent.from_dict, False),
            FieldSpec("he", "he", GroupContent.from_dict, False),
            FieldSpec("hr", "hr", GroupContent.from_dict, False),
            FieldSpec("hu", "hu", GroupContent.from_dict, False),
            FieldSpec("id", "id", GroupContent.from_dict, False),
            FieldSpec("it", "it", GroupContent.from_dict, False),
            FieldSpec("ja", "ja", GroupContent.from_dict, False),
            FieldSpec("ko", "ko", GroupContent.from_dict, False),
            FieldSpec("lt", "lt", GroupContent.from_dict, False),
            FieldSpec("lv", "lv", GroupContent.from_dict, False),
            FieldSpec("mn", "mn", GroupContent.from_dict, False),
            FieldSpec("nb", "nb", GroupContent.from_dict, False),
            FieldSpec("nl", "nl", GroupContent.from_dict, False),
            FieldSpec("pl", "pl", GroupContent.from_dict, False),
            FieldSpec("pt", "pt", GroupContent.from_dict, False),
            FieldSpec("pt-BR", "pt_br", GroupContent.from_dict, False),
            FieldSpec("ro", "ro", GroupContent.from_dict, False),
            FieldSpec("ru", "ru", GroupContent.from_dict, False),
            FieldSpec("sl", "sl", GroupContent.from_dict, False),
            FieldSpec("sr", "sr", GroupContent.from_dict, False),
            FieldSpec("sv", "sv", GroupContent.from_dict, False),
            FieldSpec("tr", "tr", GroupContent.from_dict, False),
            FieldSpec("type", "type_", check_str, False),
            FieldSpec("vi", "vi", GroupContent.from_dict, False),
            FieldSpec("zh-CN", "zh_cn", GroupContent.from_dict, False),
            FieldSpec("zh-TW", "zh_tw", GroupContent.from_dict, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="GroupTranslatedContent")
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
                _v = GroupContent.from_dict(_v)

            _state["ar"] = _v
            _v = _state["bg"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["bg"] = _v
            _v = _state["bs"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["bs"] = _v
            _v = _state["ca"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["ca"] = _v
            _v = _state["cs"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["cs"] = _v
            _v = _state["da"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["da"] = _v
            _v = _state["de"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["de"] = _v
            _v = _state["el"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["el"] = _v
            _v = _state["en"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["en"] = _v
            _v = _state["es"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["es"] = _v
            _v = _state["et"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["et"] = _v
            _v = _state["fi"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["fi"] = _v
            _v = _state["fr"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["fr"] = _v
            _v = _state["he"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["he"] = _v
            _v = _state["hr"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["hr"] = _v
            _v = _state["hu"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["hu"] = _v
            _v = _state["id"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["id"] = _v
            _v = _state["it"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["it"] = _v
            _v = _state["ja"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["ja"] = _v
            _v = _state["ko"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["ko"] = _v
            _v = _state["lt"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["lt"] = _v
            _v = _state["lv"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["lv"] = _v
            _v = _state["mn"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["mn"] = _v
            _v = _state["nb"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["nb"] = _v
            _v = _state["nl"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["nl"] = _v
            _v = _state["pl"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["pl"] = _v
            _v = _state["pt"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["pt"] = _v
            if "pt-BR" in _d:
                _state["pt_br"] = _state.pop("pt-BR")
            _v = _state["pt_br"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["pt_br"] = _v
            _v = _state["ro"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["ro"] = _v
            _v = _state["ru"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["ru"] = _v
            _v = _state["sl"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["sl"] = _v
            _v = _state["sr"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["sr"] = _v
            _v = _state["sv"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["sv"] = _v
            _v = _state["tr"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["tr"] = _v
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            _v = _state["vi"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["vi"] = _v
            if "zh-CN" in _d:
                _state["zh_cn"] = _state.pop("zh-CN")
            _v = _state["zh_cn"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["zh_cn"] = _v
            if "zh-TW" in _d:
                _state["zh_tw"] = _state.pop("zh-TW")
            _v = _state["zh_tw"]
            if _v is not None and _v is not UNSET:
                _v = GroupContent.from_dict(_v)

            _state["zh_tw"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


GroupTranslatedContentDict = TypedDict(
    "GroupTranslatedContentDict",
    {
        "ar": "GroupContent | GroupContentDict | None",
        "bg": "GroupContent | GroupContentDict | None",
        "bs": "GroupContent | GroupContentDict | None",
        "ca": "GroupContent | GroupContentDict | None",
        "cs": "GroupContent | GroupContentDict | None",
        "da": "GroupContent | GroupContentDict | None",
        "de": "GroupContent | GroupContentDict | None",
        "el": "GroupContent | GroupContentDict | None",
        "en": "GroupContent | GroupContentDict | None",
        "es": "GroupContent | GroupContentDict | None",
        "et": "GroupContent | GroupContentDict | None",
        "fi": "GroupContent | GroupContentDict | None",
        "fr": "GroupContent | GroupContentDict | None",
        "he": "GroupContent | GroupContentDict | None",
        "hr": "GroupContent | GroupContentDict | None",
        "hu": "GroupContent | GroupContentDict | None",
        "id": "GroupContent | GroupContentDict | None",
        "it": "GroupContent | GroupContentDict | None",
        "ja": "GroupContent | GroupContentDict | None",
        "ko": "GroupContent | GroupContentDict | None",
        "lt": "GroupContent | GroupContentDict | None",
        "lv": "GroupContent | GroupContentDict | None",
        "mn": "GroupContent | GroupContentDict | None",
        "nb": "GroupContent | GroupContentDict | None",
        "nl": "GroupContent | GroupContentDict | None",
        "pl": "GroupContent | GroupContentDict | None",
        "pt": "GroupContent | GroupContentDict | None",
        "pt-BR": "GroupContent | GroupContentDict | None",
        "ro": "GroupContent | GroupContentDict | None",
        "ru": "GroupContent | GroupContentDict | None",
        "sl": "GroupContent | GroupContentDict | None",
        "sr": "GroupContent | GroupContentDict | None",
        "sv": "GroupContent | GroupContentDict | None",
        "tr": "GroupContent | GroupContentDict | None",
        "type": "GroupTranslatedContentType | None",
        "vi": "GroupContent | GroupContentDict | None",
        "zh-CN": "GroupContent | GroupContentDict | None",
        "zh-TW": "GroupContent | GroupContentDict | None",
    },
    total=False,
)
"""`GroupTranslatedContent` written as a dict literal (JSON field names), e.g. as a request body."""


# Imported last, so that models that refer to each other can import each other.
from ..models.group_content import GroupContent
