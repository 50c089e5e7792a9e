# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_translated_content_type import GroupTranslatedContentType
from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.group_content import GroupContentDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class GroupTranslatedContent(Model):
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


GroupTranslatedContentDict = TypedDict(
    "GroupTranslatedContentDict",
    {
        "ar": "GroupContentDict | None",
        "bg": "GroupContentDict | None",
        "bs": "GroupContentDict | None",
        "ca": "GroupContentDict | None",
        "cs": "GroupContentDict | None",
        "da": "GroupContentDict | None",
        "de": "GroupContentDict | None",
        "el": "GroupContentDict | None",
        "en": "GroupContentDict | None",
        "es": "GroupContentDict | None",
        "et": "GroupContentDict | None",
        "fi": "GroupContentDict | None",
        "fr": "GroupContentDict | None",
        "he": "GroupContentDict | None",
        "hr": "GroupContentDict | None",
        "hu": "GroupContentDict | None",
        "id": "GroupContentDict | None",
        "it": "GroupContentDict | None",
        "ja": "GroupContentDict | None",
        "ko": "GroupContentDict | None",
        "lt": "GroupContentDict | None",
        "lv": "GroupContentDict | None",
        "mn": "GroupContentDict | None",
        "nb": "GroupContentDict | None",
        "nl": "GroupContentDict | None",
        "pl": "GroupContentDict | None",
        "pt": "GroupContentDict | None",
        "pt-BR": "GroupContentDict | None",
        "ro": "GroupContentDict | None",
        "ru": "GroupContentDict | None",
        "sl": "GroupContentDict | None",
        "sr": "GroupContentDict | None",
        "sv": "GroupContentDict | None",
        "tr": "GroupContentDict | None",
        "type": "GroupTranslatedContentType | None",
        "vi": "GroupContentDict | None",
        "zh-CN": "GroupContentDict | None",
        "zh-TW": "GroupContentDict | None",
    },
    total=False,
)
"""`GroupTranslatedContent` written as a dict literal (JSON field names), e.g. as a request body."""

# Imported last, so that models that refer to each other can import each other.
from ..models.group_content import GroupContent

sent_fields(
    GroupTranslatedContent,
    ar=GroupContent.from_dict,
    bg=GroupContent.from_dict,
    bs=GroupContent.from_dict,
    ca=GroupContent.from_dict,
    cs=GroupContent.from_dict,
    da=GroupContent.from_dict,
    de=GroupContent.from_dict,
    el=GroupContent.from_dict,
    en=GroupContent.from_dict,
    es=GroupContent.from_dict,
    et=GroupContent.from_dict,
    fi=GroupContent.from_dict,
    fr=GroupContent.from_dict,
    he=GroupContent.from_dict,
    hr=GroupContent.from_dict,
    hu=GroupContent.from_dict,
    id=GroupContent.from_dict,
    it=GroupContent.from_dict,
    ja=GroupContent.from_dict,
    ko=GroupContent.from_dict,
    lt=GroupContent.from_dict,
    lv=GroupContent.from_dict,
    mn=GroupContent.from_dict,
    nb=GroupContent.from_dict,
    nl=GroupContent.from_dict,
    pl=GroupContent.from_dict,
    pt=GroupContent.from_dict,
    pt_br=Field(GroupContent.from_dict, json="pt-BR"),
    ro=GroupContent.from_dict,
    ru=GroupContent.from_dict,
    sl=GroupContent.from_dict,
    sr=GroupContent.from_dict,
    sv=GroupContent.from_dict,
    tr=GroupContent.from_dict,
    type_=Field(check_str, json="type"),
    vi=GroupContent.from_dict,
    zh_cn=Field(GroupContent.from_dict, json="zh-CN"),
    zh_tw=Field(GroupContent.from_dict, json="zh-TW"),
)
