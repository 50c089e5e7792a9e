# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.create_article_request_state import CreateArticleRequestState
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    decode_leniently,
    parse_datetime,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.article_translated_content import ArticleTranslatedContent, ArticleTranslatedContentDict


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "author_id": UNSET,
    "title": UNSET,
    "ai_chatbot_availability": UNSET,
    "ai_copilot_availability": UNSET,
    "ai_sales_agent_availability": UNSET,
    "audience_ids": UNSET,
    "body": UNSET,
    "body_markdown": UNSET,
    "description": UNSET,
    "folder_id": UNSET,
    "parent_id": UNSET,
    "parent_ids": UNSET,
    "parent_type": UNSET,
    "scheduled_publish_at": UNSET,
    "scheduled_unpublish_at": UNSET,
    "state": UNSET,
    "translated_content": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "author_id",
        "title",
        "ai_chatbot_availability",
        "ai_copilot_availability",
        "ai_sales_agent_availability",
        "audience_ids",
        "body",
        "body_markdown",
        "description",
        "folder_id",
        "parent_id",
        "parent_ids",
        "parent_type",
        "scheduled_publish_at",
        "scheduled_unpublish_at",
        "state",
        "translated_content",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateArticleRequest:
    """You can create an Article

    Attributes:
        author_id (int): The id of the author of the article. For multilingual articles, this will be the id of the
            author of the default language's content. Must be a teammate on the help center's workspace. Example: 1295.
        title (str): The title of the article.For multilingual articles, this will be the title of the default
            language's content. Example: Thanks for everything.
        ai_chatbot_availability (bool | Unset | None): Whether the article should be available for AI Chatbot (Fin). For
            multilingual articles, this sets the default language's availability. Example: True.
        ai_copilot_availability (bool | Unset | None): Whether the article should be available for AI Copilot. For
            multilingual articles, this sets the default language's availability. Example: True.
        ai_sales_agent_availability (bool | Unset | None): Whether the article should be available for AI Sales Agent.
            For multilingual articles, this sets the default language's availability. Example: True.
        audience_ids (list[int] | Unset | None): The list of audience IDs to assign to this article for Fin AI Agent
            targeting. Sending a top-level `audience_ids` broadcasts the same set to every locale. For per-locale targeting,
            use `translated_content.<locale>.audience_ids` instead. Sending both top-level and per-locale in the same
            request causes top-level to win. Unknown audience IDs return a 404 error. No partial commit occurs. Example: [1,
            2].
        body (str | Unset | None): The content of the article in HTML. For multilingual articles, this will be the body
            of the default language's content. Mutually exclusive with `body_markdown`. Example: ``<p>This is the body in
            html</p>``.
        body_markdown (str | Unset | None): The content of the article in markdown. For multilingual articles, this will
            be the body of the default language's content. An alternative to `body` — you can provide content as markdown
            instead of HTML. Mutually exclusive with `body`. Example: # Hello

            A paragraph with **bold** text.
            .
        description (str | Unset | None): The description of the article. For multilingual articles, this will be the
            description of the default language's content. Example: Description of the Article.
        folder_id (int | Unset | None): The ID of the folder to place this article in, or null to leave it without a
            folder. Example: 6.
        parent_id (int | Unset | None): The id of the article's parent collection or section. An article without this
            field stands alone. Example: 18.
        parent_ids (list[int] | Unset | None): The ids of the parent collections to place this article in. Send an empty
            array to leave the article without a collection. When provided, this takes precedence over `parent_id` and
            `parent_type`. Example: [18, 19].
        parent_type (str | Unset | None): The type of parent, which can either be a `collection` or `section`. Example:
            collection.
        scheduled_publish_at (datetime.datetime | Unset | None): ISO 8601 timestamp at which to schedule a future
            publish of the article. When set together with `state: "published"`, the article is scheduled instead of
            published immediately. Setting `null` cancels a pending publish schedule. Timestamps in the past or equal to the
            current time are rejected with 400 `parameter_invalid` — the value must be strictly in the future. Combining
            with `state: "draft"` returns 400 `parameter_invalid`. Sending in the same request as `scheduled_unpublish_at`
            returns 400 — only one pending schedule per article. Empty string returns 400 `parameter_invalid`. Example:
            2026-12-31T09:00:00Z.
        scheduled_unpublish_at (datetime.datetime | Unset | None): ISO 8601 timestamp at which to schedule a future
            unpublish of the article. Setting `null` cancels a pending unpublish schedule. Timestamps in the past or equal
            to the current time are rejected with 400 `parameter_invalid` — the value must be strictly in the future.
            Rejected with 400 `parameter_invalid` if the article has never been published. Sending in the same request as
            `scheduled_publish_at` returns 400 — only one pending schedule per article. Empty string returns 400
            `parameter_invalid`. Example: 2026-12-31T17:00:00Z.
        state (CreateArticleRequestState | Unset | None): Whether the article will be `published` or will be a `draft`.
            Defaults to draft. For multilingual articles, this will be the state of the default language's content. Example:
            draft.
        translated_content (ArticleTranslatedContent | Unset | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    author_id: int
    title: str
    ai_chatbot_availability: bool | Unset | None = UNSET
    ai_copilot_availability: bool | Unset | None = UNSET
    ai_sales_agent_availability: bool | Unset | None = UNSET
    audience_ids: list[int] | Unset | None = UNSET
    body: str | Unset | None = UNSET
    body_markdown: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    folder_id: int | Unset | None = UNSET
    parent_id: int | Unset | None = UNSET
    parent_ids: list[int] | Unset | None = UNSET
    parent_type: str | Unset | None = UNSET
    scheduled_publish_at: datetime.datetime | Unset | None = UNSET
    scheduled_unpublish_at: datetime.datetime | Unset | None = UNSET
    state: CreateArticleRequestState | Unset | None = UNSET
    translated_content: ArticleTranslatedContent | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.author_id
        if _v is not UNSET:
            _d["author_id"] = _v
        _v = self.title
        if _v is not UNSET:
            _d["title"] = _v
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
        _v = self.body
        if _v is not UNSET:
            _d["body"] = _v
        _v = self.body_markdown
        if _v is not UNSET:
            _d["body_markdown"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = _v
        _v = self.folder_id
        if _v is not UNSET:
            _d["folder_id"] = None if _v is None else to_jsonable(_v)
        _v = self.parent_id
        if _v is not UNSET:
            _d["parent_id"] = _v
        _v = self.parent_ids
        if _v is not UNSET:
            _d["parent_ids"] = None if _v is None else to_jsonable(_v)
        _v = self.parent_type
        if _v is not UNSET:
            _d["parent_type"] = _v
        _v = self.scheduled_publish_at
        if _v is not UNSET:
            _d["scheduled_publish_at"] = None if _v is None else to_jsonable(_v)
        _v = self.scheduled_unpublish_at
        if _v is not UNSET:
            _d["scheduled_unpublish_at"] = None if _v is None else to_jsonable(_v)
        _v = self.state
        if _v is not UNSET:
            _d["state"] = _v
        _v = self.translated_content
        if _v is not UNSET:
            _d["translated_content"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("author_id", "author_id", check_int, True),
            FieldSpec("title", "title", check_str, True),
            FieldSpec("ai_chatbot_availability", "ai_chatbot_availability", check_bool, False),
            FieldSpec("ai_copilot_availability", "ai_copilot_availability", check_bool, False),
            FieldSpec("ai_sales_agent_availability", "ai_sales_agent_availability", check_bool, False),
            FieldSpec("audience_ids", "audience_ids", check_scalar_list, False),
            FieldSpec("body", "body", check_str, False),
            FieldSpec("body_markdown", "body_markdown", check_str, False),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("folder_id", "folder_id", check_int, False),
            FieldSpec("parent_id", "parent_id", check_int, False),
            FieldSpec("parent_ids", "parent_ids", check_scalar_list, False),
            FieldSpec("parent_type", "parent_type", check_str, False),
            FieldSpec("scheduled_publish_at", "scheduled_publish_at", parse_datetime, False),
            FieldSpec("scheduled_unpublish_at", "scheduled_unpublish_at", parse_datetime, False),
            FieldSpec("state", "state", check_str, False),
            FieldSpec("translated_content", "translated_content", ArticleTranslatedContent.from_dict, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="CreateArticleRequest")
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
            if "author_id" not in _d:
                raise KeyError("author_id")
            if _state["author_id"] is None:
                raise WrongType("a value", None)
            if "title" not in _d:
                raise KeyError("title")
            if _state["title"] is None:
                raise WrongType("a value", None)
            _v = _state["audience_ids"]
            if _v is not None and _v is not UNSET:
                _v = check_scalar_list(_v)

            _state["audience_ids"] = _v
            _v = _state["parent_ids"]
            if _v is not None and _v is not UNSET:
                _v = check_scalar_list(_v)

            _state["parent_ids"] = _v
            _v = _state["scheduled_publish_at"]
            if _v is not None and _v is not UNSET:
                _v = parse_datetime(_v)

            _state["scheduled_publish_at"] = _v
            _v = _state["scheduled_unpublish_at"]
            if _v is not None and _v is not UNSET:
                _v = parse_datetime(_v)

            _state["scheduled_unpublish_at"] = _v
            _v = _state["translated_content"]
            if _v is not None and _v is not UNSET:
                _v = ArticleTranslatedContent.from_dict(_v)

            _state["translated_content"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class CreateArticleRequestDict(TypedDict, total=False):
    """:class:`CreateArticleRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    author_id: Required[int]
    title: Required[str]
    ai_chatbot_availability: bool
    ai_copilot_availability: bool
    ai_sales_agent_availability: bool
    audience_ids: list[int] | None
    body: str
    body_markdown: str
    description: str
    folder_id: int | None
    parent_id: int
    parent_ids: list[int]
    parent_type: str
    scheduled_publish_at: str | None
    scheduled_unpublish_at: str | None
    state: CreateArticleRequestState
    translated_content: ArticleTranslatedContent | ArticleTranslatedContentDict | None


# Imported last, so that models that refer to each other can import each other.
from ..models.article_translated_content import ArticleTranslatedContent
