# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.news_item_request_state import NewsItemRequestState
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
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.newsfeed_assignment import NewsfeedAssignment, NewsfeedAssignmentDict


def _decode_newsfeed_assignments(data: Any) -> list[NewsfeedAssignment]:
    return decode_list(data, NewsfeedAssignment.from_dict)


def _decode_reactions(data: Any) -> list[str | None]:
    return decode_list(data, check_str)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "sender_id": UNSET,
    "title": UNSET,
    "body": UNSET,
    "deliver_silently": UNSET,
    "labels": UNSET,
    "newsfeed_assignments": UNSET,
    "reactions": UNSET,
    "state": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "sender_id",
        "title",
        "body",
        "deliver_silently",
        "labels",
        "newsfeed_assignments",
        "reactions",
        "state",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class NewsItemRequest:
    """A News Item is a content type in Intercom enabling you to announce product updates, company news, promotions, events
    and more with your customers.

    Attributes:
        sender_id (int): The id of the sender of the news item. Must be a teammate on the workspace. Example: 123.
        title (str): The title of the news item. Example: Halloween is here!.
        body (str | Unset | None): The news item body, which may contain HTML. Example: ``<p>New costumes in store for
            this spooky season</p>``.
        deliver_silently (bool | Unset | None): When set to `true`, the news item will appear in the messenger newsfeed
            without showing a notification badge. Example: True.
        labels (list[str] | Unset | None): Label names displayed to users to categorize the news item. Example:
            ['Product', 'Update', 'New'].
        newsfeed_assignments (list[NewsfeedAssignment] | Unset | None): A list of newsfeed_assignments to assign to the
            specified newsfeed.
        reactions (list[str | None] | Unset | None): Ordered list of emoji reactions to the news item. When empty,
            reactions are disabled. Example: ['😆', '😅'].
        state (NewsItemRequestState | Unset | None): News items will not be visible to your users in the assigned
            newsfeeds until they are set live. Example: live.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    sender_id: int
    title: str
    body: str | Unset | None = UNSET
    deliver_silently: bool | Unset | None = UNSET
    labels: list[str] | Unset | None = UNSET
    newsfeed_assignments: list[NewsfeedAssignment] | Unset | None = UNSET
    reactions: list[str | None] | Unset | None = UNSET
    state: NewsItemRequestState | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.sender_id
        if _v is not UNSET:
            _d["sender_id"] = _v
        _v = self.title
        if _v is not UNSET:
            _d["title"] = _v
        _v = self.body
        if _v is not UNSET:
            _d["body"] = _v
        _v = self.deliver_silently
        if _v is not UNSET:
            _d["deliver_silently"] = _v
        _v = self.labels
        if _v is not UNSET:
            _d["labels"] = None if _v is None else to_jsonable(_v)
        _v = self.newsfeed_assignments
        if _v is not UNSET:
            _d["newsfeed_assignments"] = None if _v is None else to_jsonable(_v)
        _v = self.reactions
        if _v is not UNSET:
            _d["reactions"] = None if _v is None else to_jsonable(_v)
        _v = self.state
        if _v is not UNSET:
            _d["state"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("sender_id", "sender_id", check_int, True),
            FieldSpec("title", "title", check_str, True),
            FieldSpec("body", "body", check_str, False),
            FieldSpec("deliver_silently", "deliver_silently", check_bool, False),
            FieldSpec("labels", "labels", check_scalar_list, False),
            FieldSpec("newsfeed_assignments", "newsfeed_assignments", _decode_newsfeed_assignments, False),
            FieldSpec("reactions", "reactions", _decode_reactions, False),
            FieldSpec("state", "state", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="NewsItemRequest")
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
            if "sender_id" not in _d:
                raise KeyError("sender_id")
            if _state["sender_id"] is None:
                raise WrongType("a value", None)
            if "title" not in _d:
                raise KeyError("title")
            if _state["title"] is None:
                raise WrongType("a value", None)
            _v = _state["labels"]
            if _v is not None and _v is not UNSET:
                _v = check_scalar_list(_v)

            _state["labels"] = _v
            _v = _state["newsfeed_assignments"]
            if _v is not None and _v is not UNSET:
                _v = _decode_newsfeed_assignments(_v)

            _state["newsfeed_assignments"] = _v
            _v = _state["reactions"]
            if _v is not None and _v is not UNSET:
                _v = _decode_reactions(_v)

            _state["reactions"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class NewsItemRequestDict(TypedDict, total=False):
    """:class:`NewsItemRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    sender_id: Required[int]
    title: Required[str]
    body: str
    deliver_silently: bool
    labels: list[str]
    newsfeed_assignments: list[NewsfeedAssignment | NewsfeedAssignmentDict]
    reactions: list[str | None]
    state: NewsItemRequestState


# Imported last, so that models that refer to each other can import each other.
from ..models.newsfeed_assignment import NewsfeedAssignment
