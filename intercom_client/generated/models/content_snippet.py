# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
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
    decode_list,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.content_snippet_json_blocks_item import ContentSnippetJsonBlocksItem


def _decode_json_blocks(data: Any) -> list[ContentSnippetJsonBlocksItem]:
    return decode_list(data, ContentSnippetJsonBlocksItem.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "ai_chatbot_availability",
        "ai_copilot_availability",
        "ai_sales_agent_availability",
        "audience_ids",
        "body_markdown",
        "chatbot_availability",
        "copilot_availability",
        "created_at",
        "json_blocks",
        "locale",
        "title",
        "updated_at",
    }
)


@_attrs_define(kw_only=True)
class ContentSnippet:
    """A content snippet is a reusable piece of content for your AI agent and Copilot.

    Attributes:
        id (str): The unique identifier for the content snippet. Example: 123.
        type_ (str): String representing the object's type. Always has the value `content_snippet`. Example:
            content_snippet.
        ai_chatbot_availability (bool): Whether the content snippet is available for AI Chatbot (Fin). Example: True.
        ai_copilot_availability (bool): Whether the content snippet is available for AI Copilot. Example: True.
        ai_sales_agent_availability (bool): Whether the content snippet is available for AI Sales Agent. Example: True.
        audience_ids (list[int] | None): The list of audience IDs this content snippet is targeted to for Fin AI Agent.
            Empty array means no audience targeting is set. Example: [1, 2].
        body_markdown (None | str): The body of the content snippet in markdown. Example: # How to reset your password

            Navigate to Settings > Security > Reset password.
            .
        chatbot_availability (int): Deprecated. Use ai_chatbot_availability instead. Whether this snippet is available
            for Fin (1 = on, 0 = off). Example: 1.
        copilot_availability (int): Deprecated. Use ai_copilot_availability instead. Whether this snippet is available
            for Copilot (1 = on, 0 = off). Example: 1.
        created_at (int): The time the snippet was created as a UNIX timestamp. Example: 1663597223.
        json_blocks (list[ContentSnippetJsonBlocksItem]): The content blocks that make up the body of the snippet.
            Example: [{'text': 'Navigate to Settings > Security > Reset password.', 'type': 'paragraph'}].
        locale (str): The locale of the content snippet. Example: en.
        title (None | str): The title of the content snippet. Example: How to reset your password.
        updated_at (int): The time the snippet was last updated as a UNIX timestamp. Example: 1663597223.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    ai_chatbot_availability: bool | None = None
    ai_copilot_availability: bool | None = None
    ai_sales_agent_availability: bool | None = None
    audience_ids: list[int] | None = None
    body_markdown: str | None = None
    chatbot_availability: int | None = None
    copilot_availability: int | None = None
    created_at: int | None = None
    json_blocks: list[ContentSnippetJsonBlocksItem] | None = None
    locale: str | None = None
    title: str | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
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
        _v = self.body_markdown
        if _v is not None:
            _d["body_markdown"] = to_jsonable(_v)
        _v = self.chatbot_availability
        if _v is not None:
            _d["chatbot_availability"] = _v
        _v = self.copilot_availability
        if _v is not None:
            _d["copilot_availability"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.json_blocks
        if _v is not None:
            _d["json_blocks"] = to_jsonable(_v)
        _v = self.locale
        if _v is not None:
            _d["locale"] = _v
        _v = self.title
        if _v is not None:
            _d["title"] = to_jsonable(_v)
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
            FieldSpec("body_markdown", "body_markdown", check_str, False),
            FieldSpec("chatbot_availability", "chatbot_availability", check_int, False),
            FieldSpec("copilot_availability", "copilot_availability", check_int, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("json_blocks", "json_blocks", _decode_json_blocks, False),
            FieldSpec("locale", "locale", check_str, False),
            FieldSpec("title", "title", check_str, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ContentSnippet")
            _d = dict(_d)
        try:
            id: Any = _d["id"]
            if id is None:
                raise WrongType("a value", None)

            type_: Any = _d["type"]
            if type_ is None:
                raise WrongType("a value", None)

            ai_chatbot_availability: Any = _d.get("ai_chatbot_availability")

            ai_copilot_availability: Any = _d.get("ai_copilot_availability")

            ai_sales_agent_availability: Any = _d.get("ai_sales_agent_availability")

            audience_ids: Any = _d.get("audience_ids")
            if audience_ids is not None:
                audience_ids = check_scalar_list(audience_ids)

            body_markdown: Any = _d.get("body_markdown")

            chatbot_availability: Any = _d.get("chatbot_availability")

            copilot_availability: Any = _d.get("copilot_availability")

            created_at: Any = _d.get("created_at")

            json_blocks: Any = _d.get("json_blocks")
            if json_blocks is not None:
                json_blocks = Pending(json_blocks)
            locale: Any = _d.get("locale")

            title: Any = _d.get("title")

            updated_at: Any = _d.get("updated_at")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.id = id
            _obj.type_ = type_
            _obj.ai_chatbot_availability = ai_chatbot_availability
            _obj.ai_copilot_availability = ai_copilot_availability
            _obj.ai_sales_agent_availability = ai_sales_agent_availability
            _obj.audience_ids = audience_ids
            _obj.body_markdown = body_markdown
            _obj.chatbot_availability = chatbot_availability
            _obj.copilot_availability = copilot_availability
            _obj.created_at = created_at
            _obj.json_blocks = json_blocks
            _obj.locale = locale
            _obj.title = title
            _obj.updated_at = updated_at
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.content_snippet_json_blocks_item import ContentSnippetJsonBlocksItem

install_lazy_fields(ContentSnippet, ("json_blocks",))
