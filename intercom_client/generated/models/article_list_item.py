# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.article_list_item_help_center_audience import (
    ArticleListItemHelpCenterAudience,
)
from ..models.article_list_item_state import ArticleListItemState
from ..models.article_list_item_type import ArticleListItemType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    WrongType,
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    decode_leniently,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.article_translated_content import ArticleTranslatedContent
    from ..models.tags import Tags


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "ai_chatbot_availability": None,
    "ai_copilot_availability": None,
    "ai_sales_agent_availability": None,
    "author_id": None,
    "body": None,
    "body_markdown": None,
    "created_at": None,
    "created_by_id": None,
    "default_locale": None,
    "description": None,
    "draft_updated_at": None,
    "exclude_from_article_suggestions": None,
    "folder_id": None,
    "has_unpublished_changes": None,
    "help_center_audience": None,
    "parent_ids": None,
    "scheduled_publish_at": None,
    "scheduled_unpublish_at": None,
    "state": None,
    "tags": None,
    "title": None,
    "translated_content": None,
    "updated_at": None,
    "updated_by_id": None,
    "url": None,
    "workspace_id": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "ai_chatbot_availability",
        "ai_copilot_availability",
        "ai_sales_agent_availability",
        "author_id",
        "body",
        "body_markdown",
        "created_at",
        "created_by_id",
        "default_locale",
        "description",
        "draft_updated_at",
        "exclude_from_article_suggestions",
        "folder_id",
        "has_unpublished_changes",
        "help_center_audience",
        "parent_ids",
        "scheduled_publish_at",
        "scheduled_unpublish_at",
        "state",
        "tags",
        "title",
        "translated_content",
        "updated_at",
        "updated_by_id",
        "url",
        "workspace_id",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ArticleListItem:
    """The data returned about your articles when you list them.

    Attributes:
        id (str): The unique identifier for the article which is given by Intercom. Example: 6871119.
        type_ (ArticleListItemType): The type of object - `article`. Default: 'article'. Example: article.
        ai_chatbot_availability (bool | None): Whether the article is available for AI Chatbot. For multilingual
            articles, this will be the value of the default language's content. Example: True.
        ai_copilot_availability (bool | None): Whether the article is available for AI Copilot. For multilingual
            articles, this will be the value of the default language's content. Example: True.
        ai_sales_agent_availability (bool | None): Whether the article is available for AI Sales Agent. For multilingual
            articles, this will be the value of the default language's content. Example: True.
        author_id (int | None): The id of the author of the article. For multilingual articles, this will be the id of
            the author of the default language's content. Must be a teammate on the help center's workspace. Example:
            5017691.
        body (str | None): The body of the article in HTML. For multilingual articles, this will be the body of the
            default language's content. Example: Default language body in html.
        body_markdown (str | None): The body of the article in markdown. For multilingual articles, this will be the
            body of the default language's content. Example: # Default language title

            Default language body in markdown
            .
        created_at (int | None): The time when the article was created. For multilingual articles, this will be the
            timestamp of creation of the default language's content in seconds. Example: 1672928359.
        created_by_id (int | None): The ID of the teammate who created the article. For multilingual articles, this will
            be the creator of the default language's content. Example: 5017691.
        default_locale (str | None): The default locale of the help center. This field is only returned for multilingual
            help centers. Example: en.
        description (str | None): The description of the article. For multilingual articles, this will be the
            description of the default language's content. Example: Default language description.
        draft_updated_at (int | None): The time, in seconds, when the staged draft was last edited, or `null` when there
            is no staged draft. Only returned on the `Preview` API version. Example: 1672928610.
        exclude_from_article_suggestions (bool | None): Whether the article is excluded from Fin AI Agent article
            suggestions. Example: False.
        folder_id (int | None): The ID of the folder this article belongs to, or null if not in a folder. Example: 6.
        has_unpublished_changes (bool | None): Whether the published article has unpublished changes staged as a draft
            on top of its live content. Only returned on the `Preview` API version. For multilingual articles this reflects
            the default language's content; a pure draft (never published) reports `false`. Example: False.
        help_center_audience (ArticleListItemHelpCenterAudience | None): The audience that can view this article in the
            Help Center. `everyone` means all users and visitors can view it; `restricted` indicates a custom audience
            ruleset. For multilingual articles, this is the article-level audience. Example: everyone.
        parent_ids (list[int] | None): The ids of the article's parent collections or sections. An article without this
            field stands alone. Example: [18, 19].
        scheduled_publish_at (int | None): The Unix timestamp (in seconds) at which the article is scheduled to be
            published. `null` when no publish is scheduled. Mutually exclusive with `scheduled_unpublish_at` — at most one
            pending schedule exists per article. Example: 1769443200.
        scheduled_unpublish_at (int | None): The Unix timestamp (in seconds) at which the article is scheduled to be
            unpublished. `null` when no unpublish is scheduled. Mutually exclusive with `scheduled_publish_at` — at most one
            pending schedule exists per article. Example: 1769443200.
        state (ArticleListItemState | None): Whether the article is `published` or is a `draft`. For multilingual
            articles, this will be the state of the default language's content. Default: 'draft'. Example: published.
        tags (Tags | None): A list of tags objects associated with a conversation
        title (str | None): The title of the article. For multilingual articles, this will be the title of the default
            language's content. Example: Default language title.
        translated_content (ArticleTranslatedContent | None):
        updated_at (int | None): The time when the article was last updated. For multilingual articles, this will be the
            timestamp of last update of the default language's content in seconds. Example: 1672928610.
        updated_by_id (int | None): The ID of the teammate who last updated the article. For multilingual articles, this
            will be the last editor of the default language's content. Example: 5017691.
        url (str | None): The URL of the article. For multilingual articles, this will be the URL of the default
            language's content. Example: http://intercom.test/help/en/articles/3-default-language.
        workspace_id (str | None): The id of the workspace which the article belongs to. Example: hfi1bx4l.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: ArticleListItemType
    ai_chatbot_availability: bool | None = None
    ai_copilot_availability: bool | None = None
    ai_sales_agent_availability: bool | None = None
    author_id: int | None = None
    body: str | None = None
    body_markdown: str | None = None
    created_at: int | None = None
    created_by_id: int | None = None
    default_locale: str | None = None
    description: str | None = None
    draft_updated_at: int | None = None
    exclude_from_article_suggestions: bool | None = None
    folder_id: int | None = None
    has_unpublished_changes: bool | None = None
    help_center_audience: ArticleListItemHelpCenterAudience | None = None
    parent_ids: list[int] | None = None
    scheduled_publish_at: int | None = None
    scheduled_unpublish_at: int | None = None
    state: ArticleListItemState | None = None
    tags: Tags | None = None
    title: str | None = None
    translated_content: ArticleTranslatedContent | None = None
    updated_at: int | None = None
    updated_by_id: int | None = None
    url: str | None = None
    workspace_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "article"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.ai_chatbot_availability
        if _v is not None:
            _d["ai_chatbot_availability"] = _v
        _v = self.ai_copilot_availability
        if _v is not None:
            _d["ai_copilot_availability"] = _v
        _v = self.ai_sales_agent_availability
        if _v is not None:
            _d["ai_sales_agent_availability"] = _v
        _v = self.author_id
        if _v is not None:
            _d["author_id"] = _v
        _v = self.body
        if _v is not None:
            _d["body"] = to_jsonable(_v)
        _v = self.body_markdown
        if _v is not None:
            _d["body_markdown"] = to_jsonable(_v)
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.created_by_id
        if _v is not None:
            _d["created_by_id"] = to_jsonable(_v)
        _v = self.default_locale
        if _v is not None:
            _d["default_locale"] = _v
        _v = self.description
        if _v is not None:
            _d["description"] = to_jsonable(_v)
        _v = self.draft_updated_at
        if _v is not None:
            _d["draft_updated_at"] = to_jsonable(_v)
        _v = self.exclude_from_article_suggestions
        if _v is not None:
            _d["exclude_from_article_suggestions"] = _v
        _v = self.folder_id
        if _v is not None:
            _d["folder_id"] = to_jsonable(_v)
        _v = self.has_unpublished_changes
        if _v is not None:
            _d["has_unpublished_changes"] = _v
        _v = self.help_center_audience
        if _v is not None:
            _d["help_center_audience"] = _v
        _v = self.parent_ids
        if _v is not None:
            _d["parent_ids"] = to_jsonable(_v)
        _v = self.scheduled_publish_at
        if _v is not None:
            _d["scheduled_publish_at"] = to_jsonable(_v)
        _v = self.scheduled_unpublish_at
        if _v is not None:
            _d["scheduled_unpublish_at"] = to_jsonable(_v)
        _v = self.state
        if _v is not None:
            _d["state"] = _v
        _v = self.tags
        if _v is not None:
            _d["tags"] = to_jsonable(_v)
        _v = self.title
        if _v is not None:
            _d["title"] = _v
        _v = self.translated_content
        if _v is not None:
            _d["translated_content"] = to_jsonable(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        _v = self.updated_by_id
        if _v is not None:
            _d["updated_by_id"] = to_jsonable(_v)
        _v = self.url
        if _v is not None:
            _d["url"] = to_jsonable(_v)
        _v = self.workspace_id
        if _v is not None:
            _d["workspace_id"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("ai_chatbot_availability", "ai_chatbot_availability", check_bool, False),
            FieldSpec("ai_copilot_availability", "ai_copilot_availability", check_bool, False),
            FieldSpec("ai_sales_agent_availability", "ai_sales_agent_availability", check_bool, False),
            FieldSpec("author_id", "author_id", check_int, False),
            FieldSpec("body", "body", check_str, False),
            FieldSpec("body_markdown", "body_markdown", check_str, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("created_by_id", "created_by_id", check_int, False),
            FieldSpec("default_locale", "default_locale", check_str, False),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("draft_updated_at", "draft_updated_at", check_int, False),
            FieldSpec("exclude_from_article_suggestions", "exclude_from_article_suggestions", check_bool, False),
            FieldSpec("folder_id", "folder_id", check_int, False),
            FieldSpec("has_unpublished_changes", "has_unpublished_changes", check_bool, False),
            FieldSpec("help_center_audience", "help_center_audience", check_str, False),
            FieldSpec("parent_ids", "parent_ids", check_scalar_list, False),
            FieldSpec("scheduled_publish_at", "scheduled_publish_at", check_int, False),
            FieldSpec("scheduled_unpublish_at", "scheduled_unpublish_at", check_int, False),
            FieldSpec("state", "state", check_str, False),
            FieldSpec("tags", "tags", Tags.from_dict, False),
            FieldSpec("title", "title", check_str, False),
            FieldSpec("translated_content", "translated_content", ArticleTranslatedContent.from_dict, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
            FieldSpec("updated_by_id", "updated_by_id", check_int, False),
            FieldSpec("url", "url", check_str, False),
            FieldSpec("workspace_id", "workspace_id", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ArticleListItem")
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
            if "id" not in _d:
                raise KeyError("id")
            if _state["id"] is None:
                raise WrongType("a value", None)
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
            _v = _state["parent_ids"]
            if _v is not None:
                _v = check_scalar_list(_v)

            _state["parent_ids"] = _v
            _v = _state["tags"]
            if _v is not None and _v.__class__ is not dict:
                _state["tags"] = Pending(_v)
            _v = _state["translated_content"]
            if _v is not None and _v.__class__ is not dict:
                _state["translated_content"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.article_translated_content import ArticleTranslatedContent
from ..models.tags import Tags

install_lazy_fields(
    ArticleListItem,
    (
        "tags",
        "translated_content",
    ),
)
