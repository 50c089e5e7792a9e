# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.news_item_state import NewsItemState
from ..models.news_item_type import NewsItemType
from ..types import (
    UNSET,
    Unset,
    WrongType,
    check_str,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.newsfeed_assignment import NewsfeedAssignment


def _decode_labels(data: Any) -> list[None | str]:
    return decode_list(data, check_str)


def _decode_newsfeed_assignments(data: Any) -> list[NewsfeedAssignment]:
    return decode_list(data, NewsfeedAssignment.from_dict)


def _decode_reactions(data: Any) -> list[None | str]:
    return decode_list(data, check_str)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "body",
        "cover_image_url",
        "created_at",
        "deliver_silently",
        "id",
        "labels",
        "newsfeed_assignments",
        "reactions",
        "sender_id",
        "state",
        "title",
        "type",
        "updated_at",
        "workspace_id",
    }
)


@_attrs_define(kw_only=True)
class NewsItem:
    """A News Item is a content type in Intercom enabling you to announce product updates, company news, promotions, events
    and more with your customers.

        Attributes:
            body (str | Unset): The news item body, which may contain HTML. Example: We are excited to announce the launch
                of News Items, a new content type in Intercom enabling you to announce product updates, company news,
                promotions, events and more with your customers..
            cover_image_url (None | str | Unset): URL of the image used as cover. Must have .jpg or .png extension. Example:
                https://example.com/cover.jpg.
            created_at (int | Unset): Timestamp for when the news item was created. Example: 1610589632.
            deliver_silently (bool | Unset): When set to true, the news item will appear in the messenger newsfeed without
                showing a notification badge. Example: True.
            id (str | Unset): The unique identifier for the news item which is given by Intercom. Example: 141.
            labels (list[None | str] | Unset): Label names displayed to users to categorize the news item.
            newsfeed_assignments (list[NewsfeedAssignment] | Unset): A list of newsfeed_assignments to assign to the
                specified newsfeed.
            reactions (list[None | str] | Unset): Ordered list of emoji reactions to the news item. When empty, reactions
                are disabled.
            sender_id (int | Unset): The id of the sender of the news item. Must be a teammate on the workspace. Example:
                123.
            state (NewsItemState | Unset): News items will not be visible to your users in the assigned newsfeeds until they
                are set live. Example: live.
            title (str | Unset): The title of the news item. Example: New feature: News Items.
            type_ (NewsItemType | Unset): The type of object. Example: news-item.
            updated_at (int | Unset): Timestamp for when the news item was last updated. Example: 1610589632.
            workspace_id (str | Unset): The id of the workspace which the news item belongs to. Example: t74hdn32.
            additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    body: str | None | Unset = UNSET
    cover_image_url: None | str | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    deliver_silently: bool | None | Unset = UNSET
    id: str | None | Unset = UNSET
    labels: list[None | str] | None | Unset = UNSET
    newsfeed_assignments: list[NewsfeedAssignment] | None | Unset = UNSET
    reactions: list[None | str] | None | Unset = UNSET
    sender_id: int | None | Unset = UNSET
    state: NewsItemState | None | Unset = UNSET
    title: str | None | Unset = UNSET
    type_: NewsItemType | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    workspace_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "news-item"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.body
        if _v is not UNSET:
            _d["body"] = _v
        _v = self.cover_image_url
        if _v is not UNSET:
            _d["cover_image_url"] = None if _v is None else to_jsonable(_v)
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.deliver_silently
        if _v is not UNSET:
            _d["deliver_silently"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.labels
        if _v is not UNSET:
            _d["labels"] = None if _v is None else to_jsonable(_v)
        _v = self.newsfeed_assignments
        if _v is not UNSET:
            _d["newsfeed_assignments"] = None if _v is None else to_jsonable(_v)
        _v = self.reactions
        if _v is not UNSET:
            _d["reactions"] = None if _v is None else to_jsonable(_v)
        _v = self.sender_id
        if _v is not UNSET:
            _d["sender_id"] = _v
        _v = self.state
        if _v is not UNSET:
            _d["state"] = _v
        _v = self.title
        if _v is not UNSET:
            _d["title"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
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
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="NewsItem")
            _d = dict(_d)
        _f = ""
        try:
            body = _d.get("body", UNSET)
            if body.__class__ is dict or body.__class__ is list:
                raise WrongType("string", body, "body")

            cover_image_url = _d.get("cover_image_url", UNSET)
            if cover_image_url.__class__ is dict or cover_image_url.__class__ is list:
                raise WrongType("string", cover_image_url, "cover_image_url")

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            deliver_silently = _d.get("deliver_silently", UNSET)
            if deliver_silently.__class__ is dict or deliver_silently.__class__ is list:
                raise WrongType("boolean", deliver_silently, "deliver_silently")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            labels = _d.get("labels", UNSET)
            if labels is not None and labels is not UNSET:
                _f = "labels"
                labels = _decode_labels(labels)

            newsfeed_assignments = _d.get("newsfeed_assignments", UNSET)
            if newsfeed_assignments is not None and newsfeed_assignments is not UNSET:
                _f = "newsfeed_assignments"
                newsfeed_assignments = _decode_newsfeed_assignments(newsfeed_assignments)

            reactions = _d.get("reactions", UNSET)
            if reactions is not None and reactions is not UNSET:
                _f = "reactions"
                reactions = _decode_reactions(reactions)

            sender_id = _d.get("sender_id", UNSET)
            if sender_id.__class__ is dict or sender_id.__class__ is list:
                raise WrongType("integer", sender_id, "sender_id")

            state = _d.get("state", UNSET)
            if state.__class__ is dict or state.__class__ is list:
                raise WrongType("string", state, "state")

            title = _d.get("title", UNSET)
            if title.__class__ is dict or title.__class__ is list:
                raise WrongType("string", title, "title")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            workspace_id = _d.get("workspace_id", UNSET)
            if workspace_id.__class__ is dict or workspace_id.__class__ is list:
                raise WrongType("string", workspace_id, "workspace_id")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.body = body
            _obj.cover_image_url = cover_image_url
            _obj.created_at = created_at
            _obj.deliver_silently = deliver_silently
            _obj.id = id
            _obj.labels = labels
            _obj.newsfeed_assignments = newsfeed_assignments
            _obj.reactions = reactions
            _obj.sender_id = sender_id
            _obj.state = state
            _obj.title = title
            _obj.type_ = type_
            _obj.updated_at = updated_at
            _obj.workspace_id = workspace_id
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="NewsItem", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("NewsItem", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="NewsItem", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="NewsItem", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.newsfeed_assignment import NewsfeedAssignment  # noqa: E402
