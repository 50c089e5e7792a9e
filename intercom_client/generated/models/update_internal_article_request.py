# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

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
    check_int,
    check_scalar_list,
    check_str,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "ai_chatbot_availability": UNSET,
    "ai_copilot_availability": UNSET,
    "ai_sales_agent_availability": UNSET,
    "audience_ids": UNSET,
    "author_id": UNSET,
    "body": UNSET,
    "body_markdown": UNSET,
    "folder_id": UNSET,
    "owner_id": UNSET,
    "title": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "ai_chatbot_availability",
        "ai_copilot_availability",
        "ai_sales_agent_availability",
        "audience_ids",
        "author_id",
        "body",
        "body_markdown",
        "folder_id",
        "owner_id",
        "title",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateInternalArticleRequest:
    """You can Update an Internal Article

    Attributes:
        ai_chatbot_availability (bool | Unset | None): Whether the internal article should be available for AI Chatbot
            (Fin). Example: True.
        ai_copilot_availability (bool | Unset | None): Whether the internal article should be available for AI Copilot.
            Example: True.
        ai_sales_agent_availability (bool | Unset | None): Whether the internal article should be available for AI Sales
            Agent. Example: True.
        audience_ids (list[int] | Unset | None): The list of audience IDs to target this internal article to for Fin AI
            Agent. Omitting the field leaves existing audience memberships unchanged (PATCH semantics). Pass `[]` to clear
            all audience memberships. Unknown audience IDs return a `404` error with no partial commit. Example: [1, 2].
        author_id (int | Unset | None): The id of the author of the article. Example: 1295.
        body (str | Unset | None): The content of the article in HTML. Mutually exclusive with `body_markdown`.
        body_markdown (str | Unset | None): The content of the article in markdown. An alternative to `body` — you can
            provide content as markdown instead of HTML. Mutually exclusive with `body`. Example: ## Updated

            New content.
            .
        folder_id (int | Unset | None): The ID of the folder to place this article in, or null to remove it from its
            folder. Example: 6.
        owner_id (int | Unset | None): The id of the owner of the article. Example: 1295.
        title (str | Unset | None): The title of the article. Example: Thanks for everything.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ai_chatbot_availability: bool | Unset | None = UNSET
    ai_copilot_availability: bool | Unset | None = UNSET
    ai_sales_agent_availability: bool | Unset | None = UNSET
    audience_ids: list[int] | Unset | None = UNSET
    author_id: int | Unset | None = UNSET
    body: str | Unset | None = UNSET
    body_markdown: str | Unset | None = UNSET
    folder_id: int | Unset | None = UNSET
    owner_id: int | Unset | None = UNSET
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
        _v = self.author_id
        if _v is not UNSET:
            _d["author_id"] = _v
        _v = self.body
        if _v is not UNSET:
            _d["body"] = _v
        _v = self.body_markdown
        if _v is not UNSET:
            _d["body_markdown"] = _v
        _v = self.folder_id
        if _v is not UNSET:
            _d["folder_id"] = None if _v is None else to_jsonable(_v)
        _v = self.owner_id
        if _v is not UNSET:
            _d["owner_id"] = _v
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
            FieldSpec("author_id", "author_id", check_int, False),
            FieldSpec("body", "body", check_str, False),
            FieldSpec("body_markdown", "body_markdown", check_str, False),
            FieldSpec("folder_id", "folder_id", check_int, False),
            FieldSpec("owner_id", "owner_id", check_int, False),
            FieldSpec("title", "title", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="UpdateInternalArticleRequest"
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
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class UpdateInternalArticleRequestDict(TypedDict, total=False):
    """:class:`UpdateInternalArticleRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    ai_chatbot_availability: bool
    ai_copilot_availability: bool
    ai_sales_agent_availability: bool
    audience_ids: list[int] | None
    author_id: int
    body: str
    body_markdown: str
    folder_id: int | None
    owner_id: int
    title: str
