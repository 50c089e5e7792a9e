# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.internal_article_list_item_type import InternalArticleListItemType
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.tags import Tags


def _decode_audience_ids(data: Any) -> list[int]:
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "ai_chatbot_availability",
        "ai_copilot_availability",
        "ai_sales_agent_availability",
        "audience_ids",
        "author_id",
        "body",
        "body_markdown",
        "created_at",
        "folder_id",
        "id",
        "locale",
        "owner_id",
        "tags",
        "title",
        "type",
        "updated_at",
    }
)


@_attrs_define(kw_only=True)
class InternalArticleListItem:
    """The data returned about your internal articles when you list them.

    Attributes:
        ai_chatbot_availability (bool | Unset): Whether the internal article is available for AI Chatbot (Fin). Example:
            True.
        ai_copilot_availability (bool | Unset): Whether the internal article is available for AI Copilot. Example: True.
        ai_sales_agent_availability (bool | Unset): Whether the internal article is available for AI Sales Agent.
            Example: True.
        audience_ids (list[int] | None | Unset): The list of audience IDs this internal article is targeted to for Fin
            AI Agent. Empty array means no audience targeting is set. Example: [1, 2].
        author_id (int | Unset): The id of the author of the article. Example: 5017691.
        body (None | str | Unset): The body of the article in HTML. Example: Default language body in html.
        body_markdown (None | str | Unset): The body of the article in markdown. Example: # Internal Guide

            Body of the article in markdown
            .
        created_at (int | Unset): The time when the article was created. Example: 1672928359.
        folder_id (int | None | Unset): The ID of the folder this article belongs to, or null if not in a folder.
            Example: 6.
        id (str | Unset): The unique identifier for the article which is given by Intercom. Example: 6871119.
        locale (str | Unset): The default locale of the article. Example: en.
        owner_id (int | Unset): The id of the owner of the article. Example: 5017691.
        tags (Tags | Unset): A list of tags objects associated with a conversation
        title (str | Unset): The title of the article.
        type_ (InternalArticleListItemType | Unset): The type of object - `internal_article`. Default:
            'internal_article'. Example: internal_article.
        updated_at (int | Unset): The time when the article was last updated. Example: 1672928610.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ai_chatbot_availability: bool | None | Unset = UNSET
    ai_copilot_availability: bool | None | Unset = UNSET
    ai_sales_agent_availability: bool | None | Unset = UNSET
    audience_ids: list[int] | None | None | Unset = UNSET
    author_id: int | None | Unset = UNSET
    body: None | str | None | Unset = UNSET
    body_markdown: None | str | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    folder_id: int | None | None | Unset = UNSET
    id: str | None | Unset = UNSET
    locale: str | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    tags: Tags | None | Unset = UNSET
    title: str | None | Unset = UNSET
    type_: InternalArticleListItemType | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "internal_article"),)
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
        _v = self.audience_ids
        if _v is not UNSET:
            _d["audience_ids"] = None if _v is None else to_jsonable(_v)
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
        _v = self.folder_id
        if _v is not UNSET:
            _d["folder_id"] = None if _v is None else to_jsonable(_v)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.locale
        if _v is not UNSET:
            _d["locale"] = _v
        _v = self.owner_id
        if _v is not UNSET:
            _d["owner_id"] = _v
        _v = self.tags
        if _v is not UNSET:
            _d["tags"] = None if _v is None else _v.to_dict()
        _v = self.title
        if _v is not UNSET:
            _d["title"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="InternalArticleListItem"
                )
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

            audience_ids = _d.get("audience_ids", UNSET)
            if audience_ids is not None and audience_ids is not UNSET:
                _f = "audience_ids"
                audience_ids = _decode_audience_ids(audience_ids)

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

            folder_id = _d.get("folder_id", UNSET)
            if folder_id.__class__ is dict or folder_id.__class__ is list:
                raise WrongType("integer", folder_id, "folder_id")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            locale = _d.get("locale", UNSET)
            if locale.__class__ is dict or locale.__class__ is list:
                raise WrongType("string", locale, "locale")

            owner_id = _d.get("owner_id", UNSET)
            if owner_id.__class__ is dict or owner_id.__class__ is list:
                raise WrongType("integer", owner_id, "owner_id")

            tags = _d.get("tags", UNSET)
            if tags is not None and tags is not UNSET:
                _f = "tags"
                tags = Tags.from_dict(tags)

            title = _d.get("title", UNSET)
            if title.__class__ is dict or title.__class__ is list:
                raise WrongType("string", title, "title")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.ai_chatbot_availability = ai_chatbot_availability
            _obj.ai_copilot_availability = ai_copilot_availability
            _obj.ai_sales_agent_availability = ai_sales_agent_availability
            _obj.audience_ids = audience_ids
            _obj.author_id = author_id
            _obj.body = body
            _obj.body_markdown = body_markdown
            _obj.created_at = created_at
            _obj.folder_id = folder_id
            _obj.id = id
            _obj.locale = locale
            _obj.owner_id = owner_id
            _obj.tags = tags
            _obj.title = title
            _obj.type_ = type_
            _obj.updated_at = updated_at
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="InternalArticleListItem", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("InternalArticleListItem", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="InternalArticleListItem", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="InternalArticleListItem", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.tags import Tags  # noqa: E402
