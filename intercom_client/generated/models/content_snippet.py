# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.content_snippet_json_blocks_item import ContentSnippetJsonBlocksItem


def _decode_audience_ids(data: Any) -> list[int]:
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


def _decode_json_blocks(data: Any) -> list[ContentSnippetJsonBlocksItem]:
    return decode_list(data, ContentSnippetJsonBlocksItem.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "ai_chatbot_availability",
        "ai_copilot_availability",
        "ai_sales_agent_availability",
        "audience_ids",
        "body_markdown",
        "chatbot_availability",
        "copilot_availability",
        "created_at",
        "id",
        "json_blocks",
        "locale",
        "title",
        "type",
        "updated_at",
    }
)


@_attrs_define(kw_only=True)
class ContentSnippet:
    """A content snippet is a reusable piece of content for your AI agent and Copilot.

    Attributes:
        ai_chatbot_availability (bool | Unset): Whether the content snippet is available for AI Chatbot (Fin). Example:
            True.
        ai_copilot_availability (bool | Unset): Whether the content snippet is available for AI Copilot. Example: True.
        ai_sales_agent_availability (bool | Unset): Whether the content snippet is available for AI Sales Agent.
            Example: True.
        audience_ids (list[int] | None | Unset): The list of audience IDs this content snippet is targeted to for Fin AI
            Agent. Empty array means no audience targeting is set. Example: [1, 2].
        body_markdown (None | str | Unset): The body of the content snippet in markdown. Example: # How to reset your
            password

            Navigate to Settings > Security > Reset password.
            .
        chatbot_availability (int | Unset): Deprecated. Use ai_chatbot_availability instead. Whether this snippet is
            available for Fin (1 = on, 0 = off). Example: 1.
        copilot_availability (int | Unset): Deprecated. Use ai_copilot_availability instead. Whether this snippet is
            available for Copilot (1 = on, 0 = off). Example: 1.
        created_at (int | Unset): The time the snippet was created as a UNIX timestamp. Example: 1663597223.
        id (str | Unset): The unique identifier for the content snippet. Example: 123.
        json_blocks (list[ContentSnippetJsonBlocksItem] | Unset): The content blocks that make up the body of the
            snippet. Example: [{'text': 'Navigate to Settings > Security > Reset password.', 'type': 'paragraph'}].
        locale (str | Unset): The locale of the content snippet. Example: en.
        title (None | str | Unset): The title of the content snippet. Example: How to reset your password.
        type_ (str | Unset): String representing the object's type. Always has the value `content_snippet`. Example:
            content_snippet.
        updated_at (int | Unset): The time the snippet was last updated as a UNIX timestamp. Example: 1663597223.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ai_chatbot_availability: bool | None | Unset = UNSET
    ai_copilot_availability: bool | None | Unset = UNSET
    ai_sales_agent_availability: bool | None | Unset = UNSET
    audience_ids: list[int] | None | None | Unset = UNSET
    body_markdown: None | str | None | Unset = UNSET
    chatbot_availability: int | None | Unset = UNSET
    copilot_availability: int | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    id: str | None | Unset = UNSET
    json_blocks: list[ContentSnippetJsonBlocksItem] | None | Unset = UNSET
    locale: str | None | Unset = UNSET
    title: None | str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
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
        _v = self.body_markdown
        if _v is not UNSET:
            _d["body_markdown"] = None if _v is None else to_jsonable(_v)
        _v = self.chatbot_availability
        if _v is not UNSET:
            _d["chatbot_availability"] = _v
        _v = self.copilot_availability
        if _v is not UNSET:
            _d["copilot_availability"] = _v
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.json_blocks
        if _v is not UNSET:
            _d["json_blocks"] = None if _v is None else to_jsonable(_v)
        _v = self.locale
        if _v is not UNSET:
            _d["locale"] = _v
        _v = self.title
        if _v is not UNSET:
            _d["title"] = None if _v is None else to_jsonable(_v)
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
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ContentSnippet")
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

            body_markdown = _d.get("body_markdown", UNSET)
            if body_markdown.__class__ is dict or body_markdown.__class__ is list:
                raise WrongType("string", body_markdown, "body_markdown")

            chatbot_availability = _d.get("chatbot_availability", UNSET)
            if chatbot_availability.__class__ is dict or chatbot_availability.__class__ is list:
                raise WrongType("integer", chatbot_availability, "chatbot_availability")

            copilot_availability = _d.get("copilot_availability", UNSET)
            if copilot_availability.__class__ is dict or copilot_availability.__class__ is list:
                raise WrongType("integer", copilot_availability, "copilot_availability")

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            json_blocks = _d.get("json_blocks", UNSET)
            if json_blocks is not None and json_blocks is not UNSET:
                _f = "json_blocks"
                json_blocks = _decode_json_blocks(json_blocks)

            locale = _d.get("locale", UNSET)
            if locale.__class__ is dict or locale.__class__ is list:
                raise WrongType("string", locale, "locale")

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
            _obj.body_markdown = body_markdown
            _obj.chatbot_availability = chatbot_availability
            _obj.copilot_availability = copilot_availability
            _obj.created_at = created_at
            _obj.id = id
            _obj.json_blocks = json_blocks
            _obj.locale = locale
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
                "required field is missing", model="ContentSnippet", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ContentSnippet", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="ContentSnippet", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ContentSnippet", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.content_snippet_json_blocks_item import ContentSnippetJsonBlocksItem  # noqa: E402
