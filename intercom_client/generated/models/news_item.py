# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.news_item_state import NewsItemState
from ..models.news_item_type import NewsItemType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    WrongType,
    check_bool,
    check_int,
    check_str,
    decode_leniently,
    decode_list,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.newsfeed_assignment import NewsfeedAssignment


def _decode_labels(data: Any) -> list[str | None]:
    return decode_list(data, check_str)


def _decode_newsfeed_assignments(data: Any) -> list[NewsfeedAssignment]:
    return decode_list(data, NewsfeedAssignment.from_dict)


def _decode_reactions(data: Any) -> list[str | None]:
    return decode_list(data, check_str)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "body": None,
    "cover_image_url": None,
    "created_at": None,
    "deliver_silently": None,
    "labels": None,
    "newsfeed_assignments": None,
    "reactions": None,
    "sender_id": None,
    "state": None,
    "title": None,
    "updated_at": None,
    "workspace_id": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "body",
        "cover_image_url",
        "created_at",
        "deliver_silently",
        "labels",
        "newsfeed_assignments",
        "reactions",
        "sender_id",
        "state",
        "title",
        "updated_at",
        "workspace_id",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class NewsItem:
    """A News Item is a content type in Intercom enabling you to announce product updates, company news, promotions, events
    and more with your customers.

    Attributes:
        id (str): The unique identifier for the news item which is given by Intercom. Example: 141.
        type_ (NewsItemType): The type of object. Example: news-item.
        body (str | None): The news item body, which may contain HTML. Example: We are excited to announce the launch of
            News Items, a new content type in Intercom enabling you to announce product updates, company news, promotions,
            events and more with your customers..
        cover_image_url (str | None): URL of the image used as cover. Must have .jpg or .png extension. Example:
            https://example.com/cover.jpg.
        created_at (int | None): Timestamp for when the news item was created. Example: 1610589632.
        deliver_silently (bool | None): When set to true, the news item will appear in the messenger newsfeed without
            showing a notification badge. Example: True.
        labels (list[str | None] | None): Label names displayed to users to categorize the news item.
        newsfeed_assignments (list[NewsfeedAssignment] | None): A list of newsfeed_assignments to assign to the
            specified newsfeed.
        reactions (list[str | None] | None): Ordered list of emoji reactions to the news item. When empty, reactions are
            disabled.
        sender_id (int | None): The id of the sender of the news item. Must be a teammate on the workspace. Example:
            123.
        state (NewsItemState | None): News items will not be visible to your users in the assigned newsfeeds until they
            are set live. Example: live.
        title (str | None): The title of the news item. Example: New feature: News Items.
        updated_at (int | None): Timestamp for when the news item was last updated. Example: 1610589632.
        workspace_id (str | None): The id of the workspace which the news item belongs to. Example: t74hdn32.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: NewsItemType
    body: str | None = None
    cover_image_url: str | None = None
    created_at: int | None = None
    deliver_silently: bool | None = None
    labels: list[str | None] | None = None
    newsfeed_assignments: list[NewsfeedAssignment] | None = None
    reactions: list[str | None] | None = None
    sender_id: int | None = None
    state: NewsItemState | None = None
    title: str | None = None
    updated_at: int | None = None
    workspace_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "news-item"),)
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
        _v = self.body
        if _v is not None:
            _d["body"] = _v
        _v = self.cover_image_url
        if _v is not None:
            _d["cover_image_url"] = to_jsonable(_v)
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.deliver_silently
        if _v is not None:
            _d["deliver_silently"] = _v
        _v = self.labels
        if _v is not None:
            _d["labels"] = to_jsonable(_v)
        _v = self.newsfeed_assignments
        if _v is not None:
            _d["newsfeed_assignments"] = to_jsonable(_v)
        _v = self.reactions
        if _v is not None:
            _d["reactions"] = to_jsonable(_v)
        _v = self.sender_id
        if _v is not None:
            _d["sender_id"] = _v
        _v = self.state
        if _v is not None:
            _d["state"] = _v
        _v = self.title
        if _v is not None:
            _d["title"] = _v
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
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
            FieldSpec("body", "body", check_str, False),
            FieldSpec("cover_image_url", "cover_image_url", check_str, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("deliver_silently", "deliver_silently", check_bool, False),
            FieldSpec("labels", "labels", _decode_labels, False),
            FieldSpec("newsfeed_assignments", "newsfeed_assignments", _decode_newsfeed_assignments, False),
            FieldSpec("reactions", "reactions", _decode_reactions, False),
            FieldSpec("sender_id", "sender_id", check_int, False),
            FieldSpec("state", "state", check_str, False),
            FieldSpec("title", "title", check_str, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
            FieldSpec("workspace_id", "workspace_id", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="NewsItem")
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
            if _state["labels"] is not None:
                _state["labels"] = Pending(_state["labels"])
            if _state["newsfeed_assignments"] is not None:
                _state["newsfeed_assignments"] = Pending(_state["newsfeed_assignments"])
            if _state["reactions"] is not None:
                _state["reactions"] = Pending(_state["reactions"])
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.newsfeed_assignment import NewsfeedAssignment

install_lazy_fields(
    NewsItem,
    (
        "labels",
        "newsfeed_assignments",
        "reactions",
    ),
)
