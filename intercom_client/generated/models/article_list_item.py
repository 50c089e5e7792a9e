# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
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
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.article_translated_content import ArticleTranslatedContent
    from ..models.tags import Tags


def _decode_parent_ids(data: Any) -> list[int]:
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
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
        "id",
        "parent_ids",
        "scheduled_publish_at",
        "scheduled_unpublish_at",
        "state",
        "tags",
        "title",
        "translated_content",
        "type",
        "updated_at",
        "updated_by_id",
        "url",
        "workspace_id",
    }
)


@_attrs_define(kw_only=True)
class ArticleListItem:
    """The data returned about your articles when you list them.

    Attributes:
        ai_chatbot_availability (bool | Unset): Whether the article is available for AI Chatbot. For multilingual
            articles, this will be the value of the default language's content. Example: True.
        ai_copilot_availability (bool | Unset): Whether the article is available for AI Copilot. For multilingual
            articles, this will be the value of the default language's content. Example: True.
        ai_sales_agent_availability (bool | Unset): Whether the article is available for AI Sales Agent. For
            multilingual articles, this will be the value of the default language's content. Example: True.
        author_id (int | Unset): The id of the author of the article. For multilingual articles, this will be the id of
            the author of the default language's content. Must be a teammate on the help center's workspace. Example:
            5017691.
        body (None | str | Unset): The body of the article in HTML. For multilingual articles, this will be the body of
            the default language's content. Example: Default language body in html.
        body_markdown (None | str | Unset): The body of the article in markdown. For multilingual articles, this will be
            the body of the default language's content. Example: # Default language title

            Default language body in markdown
            .
        created_at (int | Unset): The time when the article was created. For multilingual articles, this will be the
            timestamp of creation of the default language's content in seconds. Example: 1672928359.
        created_by_id (int | None | Unset): The ID of the teammate who created the article. For multilingual articles,
            this will be the creator of the default language's content. Example: 5017691.
        default_locale (str | Unset): The default locale of the help center. This field is only returned for
            multilingual help centers. Example: en.
        description (None | str | Unset): The description of the article. For multilingual articles, this will be the
            description of the default language's content. Example: Default language description.
        draft_updated_at (int | None | Unset): The time, in seconds, when the staged draft was last edited, or `null`
            when there is no staged draft. Only returned on the `Preview` API version. Example: 1672928610.
        exclude_from_article_suggestions (bool | Unset): Whether the article is excluded from Fin AI Agent article
            suggestions. Example: False.
        folder_id (int | None | Unset): The ID of the folder this article belongs to, or null if not in a folder.
            Example: 6.
        has_unpublished_changes (bool | Unset): Whether the published article has unpublished changes staged as a draft
            on top of its live content. Only returned on the `Preview` API version. For multilingual articles this reflects
            the default language's content; a pure draft (never published) reports `false`. Example: False.
        help_center_audience (ArticleListItemHelpCenterAudience | Unset): The audience that can view this article in the
            Help Center. `everyone` means all users and visitors can view it; `restricted` indicates a custom audience
            ruleset. For multilingual articles, this is the article-level audience. Example: everyone.
        id (str | Unset): The unique identifier for the article which is given by Intercom. Example: 6871119.
        parent_ids (list[int] | Unset): The ids of the article's parent collections or sections. An article without this
            field stands alone. Example: [18, 19].
        scheduled_publish_at (int | None | Unset): The Unix timestamp (in seconds) at which the article is scheduled to
            be published. `null` when no publish is scheduled. Mutually exclusive with `scheduled_unpublish_at` — at most
            one pending schedule exists per article. Example: 1769443200.
        scheduled_unpublish_at (int | None | Unset): The Unix timestamp (in seconds) at which the article is scheduled
            to be unpublished. `null` when no unpublish is scheduled. Mutually exclusive with `scheduled_publish_at` — at
            most one pending schedule exists per article. Example: 1769443200.
        state (ArticleListItemState | Unset): Whether the article is `published` or is a `draft`. For multilingual
            articles, this will be the state of the default language's content. Default: 'draft'. Example: published.
        tags (Tags | Unset): A list of tags objects associated with a conversation
        title (str | Unset): The title of the article. For multilingual articles, this will be the title of the default
            language's content. Example: Default language title.
        translated_content (ArticleTranslatedContent | None | Unset):
        type_ (ArticleListItemType | Unset): The type of object - `article`. Default: 'article'. Example: article.
        updated_at (int | Unset): The time when the article was last updated. For multilingual articles, this will be
            the timestamp of last update of the default language's content in seconds. Example: 1672928610.
        updated_by_id (int | None | Unset): The ID of the teammate who last updated the article. For multilingual
            articles, this will be the last editor of the default language's content. Example: 5017691.
        url (None | str | Unset): The URL of the article. For multilingual articles, this will be the URL of the default
            language's content. Example: http://intercom.test/help/en/articles/3-default-language.
        workspace_id (str | Unset): The id of the workspace which the article belongs to. Example: hfi1bx4l.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ai_chatbot_availability: bool | None | Unset = UNSET
    ai_copilot_availability: bool | None | Unset = UNSET
    ai_sales_agent_availability: bool | None | Unset = UNSET
    author_id: int | None | Unset = UNSET
    body: None | str | None | Unset = UNSET
    body_markdown: None | str | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    created_by_id: int | None | None | Unset = UNSET
    default_locale: str | None | Unset = UNSET
    description: None | str | None | Unset = UNSET
    draft_updated_at: int | None | None | Unset = UNSET
    exclude_from_article_suggestions: bool | None | Unset = UNSET
    folder_id: int | None | None | Unset = UNSET
    has_unpublished_changes: bool | None | Unset = UNSET
    help_center_audience: ArticleListItemHelpCenterAudience | None | Unset = UNSET
    id: str | None | Unset = UNSET
    parent_ids: list[int] | None | Unset = UNSET
    scheduled_publish_at: int | None | None | Unset = UNSET
    scheduled_unpublish_at: int | None | None | Unset = UNSET
    state: ArticleListItemState | None | Unset = UNSET
    tags: Tags | None | Unset = UNSET
    title: str | None | Unset = UNSET
    translated_content: ArticleTranslatedContent | None | None | Unset = UNSET
    type_: ArticleListItemType | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    updated_by_id: int | None | None | Unset = UNSET
    url: None | str | None | Unset = UNSET
    workspace_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "article"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.ai_chatbot_availability
        if _v is not UNSET:
            _d["ai_chatbot_availability"] = _v
        _v = self.ai_copilot_availability
        if _v is not UNSET:
            _d["ai_copilot_availability"] = _v
        _v = self.ai_sales_agent_availability
        if _v is not UNSET:
            _d["ai_sales_agent_availability"] = _v
        _v = self.author_id
        if _v is not UNSET:
            _d["author_id"] = _v
        _v = self.body
        if _v is not UNSET:
            _d["body"] = None if _v is None else to_jsonable(_v)
        _v = self.body_markdown
        if _v is not UNSET:
            _d["body_markdown"] = None if _v is None else to_jsonable(_v)
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.created_by_id
        if _v is not UNSET:
            _d["created_by_id"] = None if _v is None else to_jsonable(_v)
        _v = self.default_locale
        if _v is not UNSET:
            _d["default_locale"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = None if _v is None else to_jsonable(_v)
        _v = self.draft_updated_at
        if _v is not UNSET:
            _d["draft_updated_at"] = None if _v is None else to_jsonable(_v)
        _v = self.exclude_from_article_suggestions
        if _v is not UNSET:
            _d["exclude_from_article_suggestions"] = _v
        _v = self.folder_id
        if _v is not UNSET:
            _d["folder_id"] = None if _v is None else to_jsonable(_v)
        _v = self.has_unpublished_changes
        if _v is not UNSET:
            _d["has_unpublished_changes"] = _v
        _v = self.help_center_audience
        if _v is not UNSET:
            _d["help_center_audience"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.parent_ids
        if _v is not UNSET:
            _d["parent_ids"] = None if _v is None else to_jsonable(_v)
        _v = self.scheduled_publish_at
        if _v is not UNSET:
            _d["scheduled_publish_at"] = None if _v is None else to_jsonable(_v)
        _v = self.scheduled_unpublish_at
        if _v is not UNSET:
            _d["scheduled_unpublish_at"] = None if _v is None else to_jsonable(_v)
        _v = self.state
        if _v is not UNSET:
            _d["state"] = _v
        _v = self.tags
        if _v is not UNSET:
            _d["tags"] = None if _v is None else _v.to_dict()
        _v = self.title
        if _v is not UNSET:
            _d["title"] = _v
        _v = self.translated_content
        if _v is not UNSET:
            _d["translated_content"] = None if _v is None else to_jsonable(_v)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        _v = self.updated_by_id
        if _v is not UNSET:
            _d["updated_by_id"] = None if _v is None else to_jsonable(_v)
        _v = self.url
        if _v is not UNSET:
            _d["url"] = None if _v is None else to_jsonable(_v)
        _v = self.workspace_id
        if _v is not UNSET:
            _d["workspace_id"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ArticleListItem")
            _d = dict(_d)
        _f = ""
        try:
            ai_chatbot_availability = _d.get("ai_chatbot_availability", UNSET)
            if ai_chatbot_availability.__class__ is dict or ai_chatbot_availability.__class__ is list:
                raise WrongType("boolean", ai_chatbot_availability, "ai_chatbot_availability")

            ai_copilot_availability = _d.get("ai_copilot_availability", UNSET)
            if ai_copilot_availability.__class__ is dict or ai_copilot_availability.__class__ is list:
                raise WrongType("boolean", ai_copilot_availability, "ai_copilot_availability")

            ai_sales_agent_availability = _d.get("ai_sales_agent_availability", UNSET)
            if ai_sales_agent_availability.__class__ is dict or ai_sales_agent_availability.__class__ is list:
                raise WrongType("boolean", ai_sales_agent_availability, "ai_sales_agent_availability")

            author_id = _d.get("author_id", UNSET)
            if author_id.__class__ is dict or author_id.__class__ is list:
                raise WrongType("integer", author_id, "author_id")

            body = _d.get("body", UNSET)
            if body.__class__ is dict or body.__class__ is list:
                raise WrongType("string", body, "body")

            body_markdown = _d.get("body_markdown", UNSET)
            if body_markdown.__class__ is dict or body_markdown.__class__ is list:
                raise WrongType("string", body_markdown, "body_markdown")

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            created_by_id = _d.get("created_by_id", UNSET)
            if created_by_id.__class__ is dict or created_by_id.__class__ is list:
                raise WrongType("integer", created_by_id, "created_by_id")

            default_locale = _d.get("default_locale", UNSET)
            if default_locale.__class__ is dict or default_locale.__class__ is list:
                raise WrongType("string", default_locale, "default_locale")

            description = _d.get("description", UNSET)
            if description.__class__ is dict or description.__class__ is list:
                raise WrongType("string", description, "description")

            draft_updated_at = _d.get("draft_updated_at", UNSET)
            if draft_updated_at.__class__ is dict or draft_updated_at.__class__ is list:
                raise WrongType("integer", draft_updated_at, "draft_updated_at")

            exclude_from_article_suggestions = _d.get("exclude_from_article_suggestions", UNSET)
            if exclude_from_article_suggestions.__class__ is dict or exclude_from_article_suggestions.__class__ is list:
                raise WrongType("boolean", exclude_from_article_suggestions, "exclude_from_article_suggestions")

            folder_id = _d.get("folder_id", UNSET)
            if folder_id.__class__ is dict or folder_id.__class__ is list:
                raise WrongType("integer", folder_id, "folder_id")

            has_unpublished_changes = _d.get("has_unpublished_changes", UNSET)
            if has_unpublished_changes.__class__ is dict or has_unpublished_changes.__class__ is list:
                raise WrongType("boolean", has_unpublished_changes, "has_unpublished_changes")

            help_center_audience = _d.get("help_center_audience", UNSET)
            if help_center_audience.__class__ is dict or help_center_audience.__class__ is list:
                raise WrongType("string", help_center_audience, "help_center_audience")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            parent_ids = _d.get("parent_ids", UNSET)
            if parent_ids is not None and parent_ids is not UNSET:
                _f = "parent_ids"
                parent_ids = _decode_parent_ids(parent_ids)

            scheduled_publish_at = _d.get("scheduled_publish_at", UNSET)
            if scheduled_publish_at.__class__ is dict or scheduled_publish_at.__class__ is list:
                raise WrongType("integer", scheduled_publish_at, "scheduled_publish_at")

            scheduled_unpublish_at = _d.get("scheduled_unpublish_at", UNSET)
            if scheduled_unpublish_at.__class__ is dict or scheduled_unpublish_at.__class__ is list:
                raise WrongType("integer", scheduled_unpublish_at, "scheduled_unpublish_at")

            state = _d.get("state", UNSET)
            if state.__class__ is dict or state.__class__ is list:
                raise WrongType("string", state, "state")

            tags = _d.get("tags", UNSET)
            if tags is not None and tags is not UNSET:
                _f = "tags"
                tags = Tags.from_dict(tags)

            title = _d.get("title", UNSET)
            if title.__class__ is dict or title.__class__ is list:
                raise WrongType("string", title, "title")

            translated_content = _d.get("translated_content", UNSET)
            if translated_content is not None and translated_content is not UNSET:
                _f = "translated_content"
                translated_content = ArticleTranslatedContent.from_dict(translated_content)

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            updated_by_id = _d.get("updated_by_id", UNSET)
            if updated_by_id.__class__ is dict or updated_by_id.__class__ is list:
                raise WrongType("integer", updated_by_id, "updated_by_id")

            url = _d.get("url", UNSET)
            if url.__class__ is dict or url.__class__ is list:
                raise WrongType("string", url, "url")

            workspace_id = _d.get("workspace_id", UNSET)
            if workspace_id.__class__ is dict or workspace_id.__class__ is list:
                raise WrongType("string", workspace_id, "workspace_id")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.ai_chatbot_availability = ai_chatbot_availability
            _obj.ai_copilot_availability = ai_copilot_availability
            _obj.ai_sales_agent_availability = ai_sales_agent_availability
            _obj.author_id = author_id
            _obj.body = body
            _obj.body_markdown = body_markdown
            _obj.created_at = created_at
            _obj.created_by_id = created_by_id
            _obj.default_locale = default_locale
            _obj.description = description
            _obj.draft_updated_at = draft_updated_at
            _obj.exclude_from_article_suggestions = exclude_from_article_suggestions
            _obj.folder_id = folder_id
            _obj.has_unpublished_changes = has_unpublished_changes
            _obj.help_center_audience = help_center_audience
            _obj.id = id
            _obj.parent_ids = parent_ids
            _obj.scheduled_publish_at = scheduled_publish_at
            _obj.scheduled_unpublish_at = scheduled_unpublish_at
            _obj.state = state
            _obj.tags = tags
            _obj.title = title
            _obj.translated_content = translated_content
            _obj.type_ = type_
            _obj.updated_at = updated_at
            _obj.updated_by_id = updated_by_id
            _obj.url = url
            _obj.workspace_id = workspace_id
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ArticleListItem", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ArticleListItem", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="ArticleListItem", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ArticleListItem", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.article_translated_content import ArticleTranslatedContent  # noqa: E402
from ..models.tags import Tags  # noqa: E402
