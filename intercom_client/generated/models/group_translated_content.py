# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
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


@_attrs_define(kw_only=True)
class GroupTranslatedContent:
    """The Translated Content of an Group. The keys are the locale codes and the values are the translated content of the
    Group.

        Attributes:
            ar (GroupContent | None | Unset): The content of the group in Arabic
            bg (GroupContent | None | Unset): The content of the group in Bulgarian
            bs (GroupContent | None | Unset): The content of the group in Bosnian
            ca (GroupContent | None | Unset): The content of the group in Catalan
            cs (GroupContent | None | Unset): The content of the group in Czech
            da (GroupContent | None | Unset): The content of the group in Danish
            de (GroupContent | None | Unset): The content of the group in German
            el (GroupContent | None | Unset): The content of the group in Greek
            en (GroupContent | None | Unset): The content of the group in English
            es (GroupContent | None | Unset): The content of the group in Spanish
            et (GroupContent | None | Unset): The content of the group in Estonian
            fi (GroupContent | None | Unset): The content of the group in Finnish
            fr (GroupContent | None | Unset): The content of the group in French
            he (GroupContent | None | Unset): The content of the group in Hebrew
            hr (GroupContent | None | Unset): The content of the group in Croatian
            hu (GroupContent | None | Unset): The content of the group in Hungarian
            id (GroupContent | None | Unset): The content of the group in Indonesian
            it (GroupContent | None | Unset): The content of the group in Italian
            ja (GroupContent | None | Unset): The content of the group in Japanese
            ko (GroupContent | None | Unset): The content of the group in Korean
            lt (GroupContent | None | Unset): The content of the group in Lithuanian
            lv (GroupContent | None | Unset): The content of the group in Latvian
            mn (GroupContent | None | Unset): The content of the group in Mongolian
            nb (GroupContent | None | Unset): The content of the group in Norwegian
            nl (GroupContent | None | Unset): The content of the group in Dutch
            pl (GroupContent | None | Unset): The content of the group in Polish
            pt (GroupContent | None | Unset): The content of the group in Portuguese (Portugal)
            pt_br (GroupContent | None | Unset): The content of the group in Portuguese (Brazil)
            ro (GroupContent | None | Unset): The content of the group in Romanian
            ru (GroupContent | None | Unset): The content of the group in Russian
            sl (GroupContent | None | Unset): The content of the group in Slovenian
            sr (GroupContent | None | Unset): The content of the group in Serbian
            sv (GroupContent | None | Unset): The content of the group in Swedish
            tr (GroupContent | None | Unset): The content of the group in Turkish
            type_ (GroupTranslatedContentType | None | Unset):
            vi (GroupContent | None | Unset): The content of the group in Vietnamese
            zh_cn (GroupContent | None | Unset): The content of the group in Chinese (China)
            zh_tw (GroupContent | None | Unset): The content of the group in Chinese (Taiwan)
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
        try:
            ar: Any = _d.get("ar", UNSET)
            if ar is not None and ar is not UNSET:
                ar = GroupContent.from_dict(ar)

            bg: Any = _d.get("bg", UNSET)
            if bg is not None and bg is not UNSET:
                bg = GroupContent.from_dict(bg)

            bs: Any = _d.get("bs", UNSET)
            if bs is not None and bs is not UNSET:
                bs = GroupContent.from_dict(bs)

            ca: Any = _d.get("ca", UNSET)
            if ca is not None and ca is not UNSET:
                ca = GroupContent.from_dict(ca)

            cs: Any = _d.get("cs", UNSET)
            if cs is not None and cs is not UNSET:
                cs = GroupContent.from_dict(cs)

            da: Any = _d.get("da", UNSET)
            if da is not None and da is not UNSET:
                da = GroupContent.from_dict(da)

            de: Any = _d.get("de", UNSET)
            if de is not None and de is not UNSET:
                de = GroupContent.from_dict(de)

            el: Any = _d.get("el", UNSET)
            if el is not None and el is not UNSET:
                el = GroupContent.from_dict(el)

            en: Any = _d.get("en", UNSET)
            if en is not None and en is not UNSET:
                en = GroupContent.from_dict(en)

            es: Any = _d.get("es", UNSET)
            if es is not None and es is not UNSET:
                es = GroupContent.from_dict(es)

            et: Any = _d.get("et", UNSET)
            if et is not None and et is not UNSET:
                et = GroupContent.from_dict(et)

            fi: Any = _d.get("fi", UNSET)
            if fi is not None and fi is not UNSET:
                fi = GroupContent.from_dict(fi)

            fr: Any = _d.get("fr", UNSET)
            if fr is not None and fr is not UNSET:
                fr = GroupContent.from_dict(fr)

            he: Any = _d.get("he", UNSET)
            if he is not None and he is not UNSET:
                he = GroupContent.from_dict(he)

            hr: Any = _d.get("hr", UNSET)
            if hr is not None and hr is not UNSET:
                hr = GroupContent.from_dict(hr)

            hu: Any = _d.get("hu", UNSET)
            if hu is not None and hu is not UNSET:
                hu = GroupContent.from_dict(hu)

            id: Any = _d.get("id", UNSET)
            if id is not None and id is not UNSET:
                id = GroupContent.from_dict(id)

            it: Any = _d.get("it", UNSET)
            if it is not None and it is not UNSET:
                it = GroupContent.from_dict(it)

            ja: Any = _d.get("ja", UNSET)
            if ja is not None and ja is not UNSET:
                ja = GroupContent.from_dict(ja)

            ko: Any = _d.get("ko", UNSET)
            if ko is not None and ko is not UNSET:
                ko = GroupContent.from_dict(ko)

            lt: Any = _d.get("lt", UNSET)
            if lt is not None and lt is not UNSET:
                lt = GroupContent.from_dict(lt)

            lv: Any = _d.get("lv", UNSET)
            if lv is not None and lv is not UNSET:
                lv = GroupContent.from_dict(lv)

            mn: Any = _d.get("mn", UNSET)
            if mn is not None and mn is not UNSET:
                mn = GroupContent.from_dict(mn)

            nb: Any = _d.get("nb", UNSET)
            if nb is not None and nb is not UNSET:
                nb = GroupContent.from_dict(nb)

            nl: Any = _d.get("nl", UNSET)
            if nl is not None and nl is not UNSET:
                nl = GroupContent.from_dict(nl)

            pl: Any = _d.get("pl", UNSET)
            if pl is not None and pl is not UNSET:
                pl = GroupContent.from_dict(pl)

            pt: Any = _d.get("pt", UNSET)
            if pt is not None and pt is not UNSET:
                pt = GroupContent.from_dict(pt)

            pt_br: Any = _d.get("pt-BR", UNSET)
            if pt_br is not None and pt_br is not UNSET:
                pt_br = GroupContent.from_dict(pt_br)

            ro: Any = _d.get("ro", UNSET)
            if ro is not None and ro is not UNSET:
                ro = GroupContent.from_dict(ro)

            ru: Any = _d.get("ru", UNSET)
            if ru is not None and ru is not UNSET:
                ru = GroupContent.from_dict(ru)

            sl: Any = _d.get("sl", UNSET)
            if sl is not None and sl is not UNSET:
                sl = GroupContent.from_dict(sl)

            sr: Any = _d.get("sr", UNSET)
            if sr is not None and sr is not UNSET:
                sr = GroupContent.from_dict(sr)

            sv: Any = _d.get("sv", UNSET)
            if sv is not None and sv is not UNSET:
                sv = GroupContent.from_dict(sv)

            tr: Any = _d.get("tr", UNSET)
            if tr is not None and tr is not UNSET:
                tr = GroupContent.from_dict(tr)

            type_: Any = _d.get("type", UNSET)

            vi: Any = _d.get("vi", UNSET)
            if vi is not None and vi is not UNSET:
                vi = GroupContent.from_dict(vi)

            zh_cn: Any = _d.get("zh-CN", UNSET)
            if zh_cn is not None and zh_cn is not UNSET:
                zh_cn = GroupContent.from_dict(zh_cn)

            zh_tw: Any = _d.get("zh-TW", UNSET)
            if zh_tw is not None and zh_tw is not UNSET:
                zh_tw = GroupContent.from_dict(zh_tw)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.ar = ar
            _obj.bg = bg
            _obj.bs = bs
            _obj.ca = ca
            _obj.cs = cs
            _obj.da = da
            _obj.de = de
            _obj.el = el
            _obj.en = en
            _obj.es = es
            _obj.et = et
            _obj.fi = fi
            _obj.fr = fr
            _obj.he = he
            _obj.hr = hr
            _obj.hu = hu
            _obj.id = id
            _obj.it = it
            _obj.ja = ja
            _obj.ko = ko
            _obj.lt = lt
            _obj.lv = lv
            _obj.mn = mn
            _obj.nb = nb
            _obj.nl = nl
            _obj.pl = pl
            _obj.pt = pt
            _obj.pt_br = pt_br
            _obj.ro = ro
            _obj.ru = ru
            _obj.sl = sl
            _obj.sr = sr
            _obj.sv = sv
            _obj.tr = tr
            _obj.type_ = type_
            _obj.vi = vi
            _obj.zh_cn = zh_cn
            _obj.zh_tw = zh_tw
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
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
