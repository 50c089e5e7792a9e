# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.article_translated_content_type import ArticleTranslatedContentType
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.article_content import ArticleContent, ArticleContentDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ArticleTranslatedContent(Model):
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


ArticleTranslatedContentDict = TypedDict(
    "ArticleTranslatedContentDict",
    {
        "ar": "ArticleContentDict | None",
        "bg": "ArticleContentDict | None",
        "bs": "ArticleContentDict | None",
        "ca": "ArticleContentDict | None",
        "cs": "ArticleContentDict | None",
        "da": "ArticleContentDict | None",
        "de": "ArticleContentDict | None",
        "el": "ArticleContentDict | None",
        "en": "ArticleContentDict | None",
        "es": "ArticleContentDict | None",
        "et": "ArticleContentDict | None",
        "fi": "ArticleContentDict | None",
        "fr": "ArticleContentDict | None",
        "he": "ArticleContentDict | None",
        "hr": "ArticleContentDict | None",
        "hu": "ArticleContentDict | None",
        "id": "ArticleContentDict | None",
        "it": "ArticleContentDict | None",
        "ja": "ArticleContentDict | None",
        "ko": "ArticleContentDict | None",
        "lt": "ArticleContentDict | None",
        "lv": "ArticleContentDict | None",
        "mn": "ArticleContentDict | None",
        "nb": "ArticleContentDict | None",
        "nl": "ArticleContentDict | None",
        "pl": "ArticleContentDict | None",
        "pt": "ArticleContentDict | None",
        "pt-BR": "ArticleContentDict | None",
        "ro": "ArticleContentDict | None",
        "ru": "ArticleContentDict | None",
        "sl": "ArticleContentDict | None",
        "sr": "ArticleContentDict | None",
        "sv": "ArticleContentDict | None",
        "tr": "ArticleContentDict | None",
        "type": "ArticleTranslatedContentType | None",
        "vi": "ArticleContentDict | None",
        "zh-CN": "ArticleContentDict | None",
        "zh-TW": "ArticleContentDict | None",
    },
    total=False,
)
"""`ArticleTranslatedContent` written as a dict literal (JSON field names), e.g. as a request body."""
sent_fields(
    ArticleTranslatedContent,
    ar=ModelRef(models, "ArticleContent"),
    bg=ModelRef(models, "ArticleContent"),
    bs=ModelRef(models, "ArticleContent"),
    ca=ModelRef(models, "ArticleContent"),
    cs=ModelRef(models, "ArticleContent"),
    da=ModelRef(models, "ArticleContent"),
    de=ModelRef(models, "ArticleContent"),
    el=ModelRef(models, "ArticleContent"),
    en=ModelRef(models, "ArticleContent"),
    es=ModelRef(models, "ArticleContent"),
    et=ModelRef(models, "ArticleContent"),
    fi=ModelRef(models, "ArticleContent"),
    fr=ModelRef(models, "ArticleContent"),
    he=ModelRef(models, "ArticleContent"),
    hr=ModelRef(models, "ArticleContent"),
    hu=ModelRef(models, "ArticleContent"),
    id=ModelRef(models, "ArticleContent"),
    it=ModelRef(models, "ArticleContent"),
    ja=ModelRef(models, "ArticleContent"),
    ko=ModelRef(models, "ArticleContent"),
    lt=ModelRef(models, "ArticleContent"),
    lv=ModelRef(models, "ArticleContent"),
    mn=ModelRef(models, "ArticleContent"),
    nb=ModelRef(models, "ArticleContent"),
    nl=ModelRef(models, "ArticleContent"),
    pl=ModelRef(models, "ArticleContent"),
    pt=ModelRef(models, "ArticleContent"),
    pt_br=Field(ModelRef(models, "ArticleContent"), json="pt-BR"),
    ro=ModelRef(models, "ArticleContent"),
    ru=ModelRef(models, "ArticleContent"),
    sl=ModelRef(models, "ArticleContent"),
    sr=ModelRef(models, "ArticleContent"),
    sv=ModelRef(models, "ArticleContent"),
    tr=ModelRef(models, "ArticleContent"),
    type_=Field(check_str, json="type"),
    vi=ModelRef(models, "ArticleContent"),
    zh_cn=Field(ModelRef(models, "ArticleContent"), json="zh-CN"),
    zh_tw=Field(ModelRef(models, "ArticleContent"), json="zh-TW"),
)
