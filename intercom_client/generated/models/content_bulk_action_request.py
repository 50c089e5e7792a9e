# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.content_bulk_action_request_action import (
    ContentBulkActionRequestAction,
)
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_str,
    decode_leniently,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.content_bulk_action_request_audience import (
        ContentBulkActionRequestAudience,
        ContentBulkActionRequestAudienceDict,
    )
    from ..models.content_bulk_action_request_availability import (
        ContentBulkActionRequestAvailability,
        ContentBulkActionRequestAvailabilityDict,
    )
    from ..models.content_bulk_action_request_content_ids_item import (
        ContentBulkActionRequestContentIdsItem,
        ContentBulkActionRequestContentIdsItemDict,
    )
    from ..models.content_bulk_action_request_tags import ContentBulkActionRequestTags, ContentBulkActionRequestTagsDict


def _decode_content_ids(data: Any) -> list[ContentBulkActionRequestContentIdsItem]:
    return decode_list(data, ContentBulkActionRequestContentIdsItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "action": UNSET,
    "content_ids": UNSET,
    "audience": UNSET,
    "availability": UNSET,
    "tags": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "action",
        "content_ids",
        "audience",
        "availability",
        "tags",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContentBulkActionRequest:
    """
    Attributes:
        action (ContentBulkActionRequestAction): The bulk action to perform. Allowed `content_ids[].type` values vary
            per action:
              * `publish`, `unpublish`: `article_content`
              * `delete`: `article_content`, `content_snippet`, `file_source_content`, `internal_article`
              * `set_availability`, `set_audience`: `article_content`, `content_snippet`, `external_content`,
            `file_source_content`, `internal_article`
              * `update_tags`: `article` (the parent Article id, not `article_content`), `content_snippet`,
            `external_content`, `file_source_content`, `internal_article` Example: publish.
        content_ids (list[ContentBulkActionRequestContentIdsItem]): Up to 1,000 content items to apply the action to.
        audience (ContentBulkActionRequestAudience | Unset | None): Required when `action` is `set_audience`. Manages
            segment membership.
        availability (ContentBulkActionRequestAvailability | Unset | None): Required when `action` is
            `set_availability`. Each field is optional — only the
            properties present in the request are toggled.
        tags (ContentBulkActionRequestTags | Unset | None): Required when `action` is `update_tags`. Applies and/or
            removes existing tags.
            Supply at least one of `add_tag_ids` / `remove_tag_ids`. At most 100 distinct tag IDs
            may be supplied across `add_tag_ids` and `remove_tag_ids` combined. Tag IDs must
            reference existing, non-archived tags; exceeding the limit or referencing unknown or
            archived IDs is rejected with `parameter_invalid` (HTTP 422).
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    action: ContentBulkActionRequestAction
    content_ids: list[ContentBulkActionRequestContentIdsItem]
    audience: ContentBulkActionRequestAudience | Unset | None = UNSET
    availability: ContentBulkActionRequestAvailability | Unset | None = UNSET
    tags: ContentBulkActionRequestTags | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.action
        if _v is not UNSET:
            _d["action"] = _v
        _v = self.content_ids
        if _v is not UNSET:
            _d["content_ids"] = None if _v is None else to_jsonable(_v)
        _v = self.audience
        if _v is not UNSET:
            _d["audience"] = None if _v is None else to_jsonable(_v)
        _v = self.availability
        if _v is not UNSET:
            _d["availability"] = None if _v is None else to_jsonable(_v)
        _v = self.tags
        if _v is not UNSET:
            _d["tags"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("action", "action", check_str, True),
            FieldSpec("content_ids", "content_ids", _decode_content_ids, True),
            FieldSpec("audience", "audience", ContentBulkActionRequestAudience.from_dict, False),
            FieldSpec("availability", "availability", ContentBulkActionRequestAvailability.from_dict, False),
            FieldSpec("tags", "tags", ContentBulkActionRequestTags.from_dict, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ContentBulkActionRequest"
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
            if "action" not in _d:
                raise KeyError("action")
            if _state["action"] is None:
                raise WrongType("a value", None)
            if "content_ids" not in _d:
                raise KeyError("content_ids")
            if _state["content_ids"] is None:
                raise WrongType("a value", None)
            _v = _state["content_ids"]
            if _v is not None:
                _v = _decode_content_ids(_v)

            _state["content_ids"] = _v
            _v = _state["audience"]
            if _v is not None and _v is not UNSET:
                _v = ContentBulkActionRequestAudience.from_dict(_v)

            _state["audience"] = _v
            _v = _state["availability"]
            if _v is not None and _v is not UNSET:
                _v = ContentBulkActionRequestAvailability.from_dict(_v)

            _state["availability"] = _v
            _v = _state["tags"]
            if _v is not None and _v is not UNSET:
                _v = ContentBulkActionRequestTags.from_dict(_v)

            _state["tags"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class ContentBulkActionRequestDict(TypedDict, total=False):
    """:class:`ContentBulkActionRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    action: Required[ContentBulkActionRequestAction]
    content_ids: Required[list[ContentBulkActionRequestContentIdsItem | ContentBulkActionRequestContentIdsItemDict]]
    audience: ContentBulkActionRequestAudience | ContentBulkActionRequestAudienceDict
    availability: ContentBulkActionRequestAvailability | ContentBulkActionRequestAvailabilityDict
    tags: ContentBulkActionRequestTags | ContentBulkActionRequestTagsDict


# Imported last, so that models that refer to each other can import each other.
from ..models.content_bulk_action_request_audience import ContentBulkActionRequestAudience
from ..models.content_bulk_action_request_availability import ContentBulkActionRequestAvailability
from ..models.content_bulk_action_request_content_ids_item import ContentBulkActionRequestContentIdsItem
from ..models.content_bulk_action_request_tags import ContentBulkActionRequestTags
