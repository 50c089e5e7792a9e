# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.group_translated_content_type import GroupTranslatedContentType
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.group_content import GroupContent, GroupContentDict


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
sent_fields(
    GroupTranslatedContent,
    ar=ModelRef(models, "GroupContent"),
    bg=ModelRef(models, "GroupContent"),
    bs=ModelRef(models, "GroupContent"),
    ca=ModelRef(models, "GroupContent"),
    cs=ModelRef(models, "GroupContent"),
    da=ModelRef(models, "GroupContent"),
    de=ModelRef(models, "GroupContent"),
    el=ModelRef(models, "GroupContent"),
    en=ModelRef(models, "GroupContent"),
    es=ModelRef(models, "GroupContent"),
    et=ModelRef(models, "GroupContent"),
    fi=ModelRef(models, "GroupContent"),
    fr=ModelRef(models, "GroupContent"),
    he=ModelRef(models, "GroupContent"),
    hr=ModelRef(models, "GroupContent"),
    hu=ModelRef(models, "GroupContent"),
    id=ModelRef(models, "GroupContent"),
    it=ModelRef(models, "GroupContent"),
    ja=ModelRef(models, "GroupContent"),
    ko=ModelRef(models, "GroupContent"),
    lt=ModelRef(models, "GroupContent"),
    lv=ModelRef(models, "GroupContent"),
    mn=ModelRef(models, "GroupContent"),
    nb=ModelRef(models, "GroupContent"),
    nl=ModelRef(models, "GroupContent"),
    pl=ModelRef(models, "GroupContent"),
    pt=ModelRef(models, "GroupContent"),
    pt_br=Field(ModelRef(models, "GroupContent"), json="pt-BR"),
    ro=ModelRef(models, "GroupContent"),
    ru=ModelRef(models, "GroupContent"),
    sl=ModelRef(models, "GroupContent"),
    sr=ModelRef(models, "GroupContent"),
    sv=ModelRef(models, "GroupContent"),
    tr=ModelRef(models, "GroupContent"),
    type_=Field(check_str, json="type"),
    vi=ModelRef(models, "GroupContent"),
    zh_cn=Field(ModelRef(models, "GroupContent"), json="zh-CN"),
    zh_tw=Field(ModelRef(models, "GroupContent"), json="zh-TW"),
)
