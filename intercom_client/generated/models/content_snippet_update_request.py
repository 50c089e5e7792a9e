# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    check_bool,
    check_scalar_list,
    check_str,
    decode_leniently,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.content_snippet_update_request_json_blocks_item import (
        ContentSnippetUpdateRequestJsonBlocksItem,
        ContentSnippetUpdateRequestJsonBlocksItemDict,
    )


def _decode_json_blocks(data: Any) -> list[ContentSnippetUpdateRequestJsonBlocksItem]:
    return decode_list(data, ContentSnippetUpdateRequestJsonBlocksItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "ai_chatbot_availability": UNSET,
    "ai_copilot_availability": UNSET,
    "ai_sales_agent_availability": UNSET,
    "audience_ids": UNSET,
    "body_markdown": UNSET,
    "json_blocks": UNSET,
    "locale": UNSET,
    "title": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "ai_chatbot_availability",
        "ai_copilot_availability",
        "ai_sales_agent_availability",
        "audience_ids",
        "body_markdown",
        "json_blocks",
        "locale",
        "title",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContentSnippetUpdateRequest:
    """The request payload for updating a content snippet. All fields are optional — only provided fields will be updated.
    `json_blocks` and `body_markdown` are mutually exclusive.

    Attributes:
        ai_chatbot_availability (bool | Unset | None): Whether the content snippet should be available for AI Chatbot
            (Fin). Example: True.
        ai_copilot_availability (bool | Unset | None): Whether the content snippet should be available for AI Copilot.
            Example: True.
        ai_sales_agent_availability (bool | Unset | None): Whether the content snippet should be available for AI Sales
            Agent. Example: True.
        audience_ids (list[int] | Unset | None): The list of audience IDs to target this content snippet to for Fin AI
            Agent. Omitting the field leaves existing audience memberships unchanged (PATCH semantics). Pass `[]` to clear
            all audience memberships. Unknown audience IDs return a `404` error with no partial commit. Example: [1, 2].
        body_markdown (str | Unset | None): The content of the snippet in markdown. An alternative to `json_blocks` —
            you can provide content as markdown instead of structured blocks. Mutually exclusive with `json_blocks`.
            Example: ## Updated heading

            New content.
            .
        json_blocks (list[ContentSnippetUpdateRequestJsonBlocksItem] | Unset | None): The content blocks that make up
            the body of the snippet. Mutually exclusive with `body_markdown`. Example: [{'text': 'Navigate to Settings >
            Security > Reset password.', 'type': 'paragraph'}].
        locale (str | Unset | None): The locale of the content snippet. Example: en.
        title (str | Unset | None): The title of the content snippet. Example: How to reset your password.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ai_chatbot_availability: bool | Unset | None = UNSET
    ai_copilot_availability: bool | Unset | None = UNSET
    ai_sales_agent_availability: bool | Unset | None = UNSET
    audience_ids: list[int] | Unset | None = UNSET
    body_markdown: str | Unset | None = UNSET
    json_blocks: list[ContentSnippetUpdateRequestJsonBlocksItem] | Unset | None = UNSET
    locale: str | Unset | None = UNSET
    title: str | Unset | None = UNSET
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
        _v = self.body_markdown
        if _v is not UNSET:
            _d["body_markdown"] = _v
        _v = self.json_blocks
        if _v is not UNSET:
            _d["json_blocks"] = None if _v is None else to_jsonable(_v)
        _v = self.locale
        if _v is not UNSET:
            _d["locale"] = _v
        _v = self.title
        if _v is not UNSET:
            _d["title"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("ai_chatbot_availability", "ai_chatbot_availability", check_bool, False),
            FieldSpec("ai_copilot_availability", "ai_copilot_availability", check_bool, False),
            FieldSpec("ai_sales_agent_availability", "ai_sales_agent_availability", check_bool, False),
            FieldSpec("audience_ids", "audience_ids", check_scalar_list, False),
            FieldSpec("body_markdown", "body_markdown", check_str, False),
            FieldSpec("json_blocks", "json_blocks", _decode_json_blocks, False),
            FieldSpec("locale", "locale", check_str, False),
            FieldSpec("title", "title", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ContentSnippetUpdateRequest"
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
            _v = _state["audience_ids"]
            if _v is not None and _v is not UNSET:
                _v = check_scalar_list(_v)

            _state["audience_ids"] = _v
            _v = _state["json_blocks"]
            if _v is not None and _v is not UNSET:
                _v = _decode_json_blocks(_v)

            _state["json_blocks"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class ContentSnippetUpdateRequestDict(TypedDict, total=False):
    """:class:`ContentSnippetUpdateRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    ai_chatbot_availability: bool
    ai_copilot_availability: bool
    ai_sales_agent_availability: bool
    audience_ids: list[int] | None
    body_markdown: str
    json_blocks: list[ContentSnippetUpdateRequestJsonBlocksItem | ContentSnippetUpdateRequestJsonBlocksItemDict]
    locale: str
    title: str


# Imported last, so that models that refer to each other can import each other.
from ..models.content_snippet_update_request_json_blocks_item import ContentSnippetUpdateRequestJsonBlocksItem
