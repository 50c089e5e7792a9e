# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.internal_article_list_item_type import InternalArticleListItemType
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
    from ..models.tags import Tags


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "ai_chatbot_availability": None,
    "ai_copilot_availability": None,
    "ai_sales_agent_availability": None,
    "audience_ids": None,
    "author_id": None,
    "body": None,
    "body_markdown": None,
    "created_at": None,
    "folder_id": None,
    "locale": None,
    "owner_id": None,
    "tags": None,
    "title": None,
    "updated_at": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "ai_chatbot_availability",
        "ai_copilot_availability",
        "ai_sales_agent_availability",
        "audience_ids",
        "author_id",
        "body",
        "body_markdown",
        "created_at",
        "folder_id",
        "locale",
        "owner_id",
        "tags",
        "title",
        "updated_at",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class InternalArticleListItem:
    """The data returned about your internal articles when you list them.

    Attributes:
        id (str): The unique identifier for the article which is given by Intercom. Example: 6871119.
        type_ (InternalArticleListItemType): The type of object - `internal_article`. Default: 'internal_article'.
            Example: internal_article.
        ai_chatbot_availability (bool | None): Whether the internal article is available for AI Chatbot (Fin). Example:
            True.
        ai_copilot_availability (bool | None): Whether the internal article is available for AI Copilot. Example: True.
        ai_sales_agent_availability (bool | None): Whether the internal article is available for AI Sales Agent.
            Example: True.
        audience_ids (list[int] | None): The list of audience IDs this internal article is targeted to for Fin AI Agent.
            Empty array means no audience targeting is set. Example: [1, 2].
        author_id (int | None): The id of the author of the article. Example: 5017691.
        body (str | None): The body of the article in HTML. Example: Default language body in html.
        body_markdown (str | None): The body of the article in markdown. Example: # Internal Guide

            Body of the article in markdown
            .
        created_at (int | None): The time when the article was created. Example: 1672928359.
        folder_id (int | None): The ID of the folder this article belongs to, or null if not in a folder. Example: 6.
        locale (str | None): The default locale of the article. Example: en.
        owner_id (int | None): The id of the owner of the article. Example: 5017691.
        tags (Tags | None): A list of tags objects associated with a conversation
        title (str | None): The title of the article.
        updated_at (int | None): The time when the article was last updated. Example: 1672928610.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: InternalArticleListItemType
    ai_chatbot_availability: bool | None = None
    ai_copilot_availability: bool | None = None
    ai_sales_agent_availability: bool | None = None
    audience_ids: list[int] | None = None
    author_id: int | None = None
    body: str | None = None
    body_markdown: str | None = None
    created_at: int | None = None
    folder_id: int | None = None
    locale: str | None = None
    owner_id: int | None = None
    tags: Tags | None = None
    title: str | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "internal_article"),)
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
        _v = self.audience_ids
        if _v is not None:
            _d["audience_ids"] = to_jsonable(_v)
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
        _v = self.folder_id
        if _v is not None:
            _d["folder_id"] = to_jsonable(_v)
        _v = self.locale
        if _v is not None:
            _d["locale"] = _v
        _v = self.owner_id
        if _v is not None:
            _d["owner_id"] = _v
        _v = self.tags
        if _v is not None:
            _d["tags"] = to_jsonable(_v)
        _v = self.title
        if _v is not None:
            _d["title"] = _v
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
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
            FieldSpec("audience_ids", "audience_ids", check_scalar_list, False),
            FieldSpec("author_id", "author_id", check_int, False),
            FieldSpec("body", "body", check_str, False),
            FieldSpec("body_markdown", "body_markdown", check_str, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("folder_id", "folder_id", check_int, False),
            FieldSpec("locale", "locale", check_str, False),
            FieldSpec("owner_id", "owner_id", check_int, False),
            FieldSpec("tags", "tags", Tags.from_dict, False),
            FieldSpec("title", "title", check_str, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="InternalArticleListItem"
                )
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
            _v = _state["audience_ids"]
            if _v is not None:
                _v = check_scalar_list(_v)

            _state["audience_ids"] = _v
            _v = _state["tags"]
            if _v is not None and _v.__class__ is not dict:
                _state["tags"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.tags import Tags

install_lazy_fields(InternalArticleListItem, ("tags",))
