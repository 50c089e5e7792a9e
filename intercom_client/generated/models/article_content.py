# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.article_content_state import ArticleContentState
from ..models.article_content_type import ArticleContentType
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "ai_chatbot_availability": UNSET,
    "ai_copilot_availability": UNSET,
    "ai_sales_agent_availability": UNSET,
    "audience_ids": UNSET,
    "author_id": UNSET,
    "body": UNSET,
    "body_markdown": UNSET,
    "created_at": UNSET,
    "created_by_id": UNSET,
    "description": UNSET,
    "draft_updated_at": UNSET,
    "has_unpublished_changes": UNSET,
    "state": UNSET,
    "title": UNSET,
    "type_": UNSET,
    "updated_at": UNSET,
    "updated_by_id": UNSET,
    "url": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "ai_chatbot_availability",
        "ai_copilot_availability",
        "ai_sales_agent_availability",
        "audience_ids",
        "author_id",
        "body",
        "body_markdown",
        "created_at",
        "created_by_id",
        "description",
        "draft_updated_at",
        "has_unpublished_changes",
        "state",
        "title",
        "type",
        "updated_at",
        "updated_by_id",
        "url",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ArticleContent:
    """The Content of an Article.

    Attributes:
        ai_chatbot_availability (bool | Unset | None): Whether the article is available for AI Chatbot. Example: True.
        ai_copilot_availability (bool | Unset | None): Whether the article is available for AI Copilot. Example: True.
        ai_sales_agent_availability (bool | Unset | None): Whether the article is available for AI Sales Agent. Example:
            True.
        audience_ids (list[int] | Unset | None): The list of audience IDs this article content is targeted to for Fin AI
            Agent. On multilingual help centers this field appears per-locale inside `translated_content`. On single-
            language help centers it appears at the article root level. Empty array means no audience targeting is set.
            Example: [1, 2].
        author_id (int | Unset | None): The ID of the author of the article. Example: 5017691.
        body (str | Unset | None): The body of the article in HTML. Example: This is the body of the article..
        body_markdown (str | Unset | None): The body of the article in markdown. Example: # How to create a new article

            This is the body of the article.
            .
        created_at (int | Unset | None): The time when the article was created (seconds). Example: 1663597223.
        created_by_id (int | Unset | None): The ID of the teammate who created this content version. Example: 5017691.
        description (str | Unset | None): The description of the article. Example: This article will show you how to
            create a new article..
        draft_updated_at (int | Unset | None): The time, in seconds, when this locale's staged draft was last edited, or
            `null` when there is no staged draft. Only returned on the `Preview` API version. Example: 1663597260.
        has_unpublished_changes (bool | Unset | None): Whether this locale's published content has unpublished changes
            staged as a draft on top of its live content. Only returned on the `Preview` API version. Example: False.
        state (ArticleContentState | Unset | None): Whether the article is `published` or is a `draft` . Example: draft.
        title (str | Unset | None): The title of the article. Example: How to create a new article.
        type_ (ArticleContentType | Unset | None):
        updated_at (int | Unset | None): The time when the article was last updated (seconds). Example: 1663597260.
        updated_by_id (int | Unset | None): The ID of the teammate who last updated this content version. Example:
            5017691.
        url (str | Unset | None): The URL of the article. Example: http://intercom.test/help/en/articles/3-default-
            language.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ai_chatbot_availability: bool | Unset | None = UNSET
    ai_copilot_availability: bool | Unset | None = UNSET
    ai_sales_agent_availability: bool | Unset | None = UNSET
    audience_ids: list[int] | Unset | None = UNSET
    author_id: int | Unset | None = UNSET
    body: str | Unset | None = UNSET
    body_markdown: str | Unset | None = UNSET
    created_at: int | Unset | None = UNSET
    created_by_id: int | Unset | None = UNSET
    description: str | Unset | None = UNSET
    draft_updated_at: int | Unset | None = UNSET
    has_unpublished_changes: bool | Unset | None = UNSET
    state: ArticleContentState | Unset | None = UNSET
    title: str | Unset | None = UNSET
    type_: ArticleContentType | Unset | None = UNSET
    updated_at: int | Unset | None = UNSET
    updated_by_id: int | Unset | None = UNSET
    url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.ai_chatbot_availability
        if _v is not UNSET:
            _d["ai_chatbot_availability"] = _v
        _v = self.ai_copilot_availability
        if _v is not UNSET:
            _d["ai_copilot_availability"] = _v
        _v = self.ai_sales_agent_availability
        if _v is not UNSET:
            _d["ai_sales_agent_availability"] = _v
        _v = self.audience_ids
        if _v is not UNSET:
            _d["audience_ids"] = None if _v is None else to_jsonable(_v)
        _v = self.author_id
        if _v is not UNSET:
            _d["author_id"] = _v
        _v = self.body
        if _v is not UNSET:
            _d["body"] = _v
        _v = self.body_markdown
        if _v is not UNSET:
            _d["body_markdown"] = None if _v is None else to_jsonable(_v)
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.created_by_id
        if _v is not UNSET:
            _d["created_by_id"] = None if _v is None else to_jsonable(_v)
        _v = self.description
        if _v is not UNSET:
            _d["description"] = _v
        _v = self.draft_updated_at
        if _v is not UNSET:
            _d["draft_updated_at"] = None if _v is None else to_jsonable(_v)
        _v = self.has_unpublished_changes
        if _v is not UNSET:
            _d["has_unpublished_changes"] = _v
        _v = self.state
        if _v is not UNSET:
            _d["state"] = _v
        _v = self.title
        if _v is not UNSET:
            _d["title"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = None if _v is None else to_jsonable(_v)
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        _v = self.updated_by_id
        if _v is not UNSET:
            _d["updated_by_id"] = None if _v is None else to_jsonable(_v)
        _v = self.url
        if _v is not UNSET:
            _d["url"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("ai_chatbot_availability", "ai_chatbot_availability", check_bool, False),
            FieldSpec("ai_copilot_availability", "ai_copilot_availability", check_bool, False),
            FieldSpec("ai_sales_agent_availability", "ai_sales_agent_availability", check_bool, False),
            FieldSpec("audience_ids", "audience_ids", check_scalar_list, False),
            FieldSpec("author_id", "author_id", check_int, False),
            FieldSpec("body", "body", check_str, False),
            FieldSpec("body_markdown", "body_markdown", check_str, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("created_by_id", "created_by_id", check_int, False),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("draft_updated_at", "draft_updated_at", check_int, False),
            FieldSpec("has_unpublished_changes", "has_unpublished_changes", check_bool, False),
            FieldSpec("state", "state", check_str, False),
            FieldSpec("title", "title", check_str, False),
            FieldSpec("type", "type_", check_str, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
            FieldSpec("updated_by_id", "updated_by_id", check_int, False),
            FieldSpec("url", "url", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ArticleContent")
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
            _v = _state["audience_ids"]
            if _v is not None and _v is not UNSET:
                _v = check_scalar_list(_v)

            _state["audience_ids"] = _v
            if "type" in _d:
                _state["type_"] = _state.pop("type")
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class ArticleContentDict(TypedDict, total=False):
    """:class:`ArticleContent` written as a dict literal (JSON field names), e.g. as a request body."""

    ai_chatbot_availability: bool
    ai_copilot_availability: bool
    ai_sales_agent_availability: bool
    audience_ids: list[int] | None
    author_id: int
    body: str
    body_markdown: str | None
    created_at: int
    created_by_id: int | None
    description: str
    draft_updated_at: int | None
    has_unpublished_changes: bool
    state: ArticleContentState
    title: str
    type: ArticleContentType | None
    updated_at: int
    updated_by_id: int | None
    url: str
