# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.ai_agent_last_answer_type import AiAgentLastAnswerType
from ..models.ai_agent_resolution_state import AiAgentResolutionState
from ..models.ai_agent_source_type import AiAgentSourceType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    check_int,
    check_str,
    decode_leniently,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.content_sources_list import ContentSourcesList


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "content_sources": None,
    "created_at": None,
    "last_answer_type": None,
    "rating": None,
    "rating_remark": None,
    "resolution_state": None,
    "source_title": None,
    "source_type": None,
    "updated_at": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "content_sources",
        "created_at",
        "last_answer_type",
        "rating",
        "rating_remark",
        "resolution_state",
        "source_title",
        "source_type",
        "updated_at",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AiAgent:
    """Data related to AI Agent involvement in the conversation.

    Attributes:
        content_sources (ContentSourcesList | None):
        created_at (int | None): The time when the AI agent rating was created. Example: 1663597260.
        last_answer_type (AiAgentLastAnswerType | None):
        rating (int | None): The customer satisfaction rating given to AI Agent, from 1-5. Example: 4.
        rating_remark (str | None): The customer satisfaction rating remark given to AI Agent. Example: Very helpful!.
        resolution_state (AiAgentResolutionState | None):
        source_title (str | None): The title of the source that triggered AI Agent involvement in the conversation. If
            this is `essentials_plan_setup` then it will return `null`. Example: My AI Workflow.
        source_type (AiAgentSourceType | None): The type of the source that triggered AI Agent involvement in the
            conversation. Example: workflow.
        updated_at (int | None): The time when the AI agent rating was last updated. Example: 1663597260.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    content_sources: ContentSourcesList | None = None
    created_at: int | None = None
    last_answer_type: AiAgentLastAnswerType | None = None
    rating: int | None = None
    rating_remark: str | None = None
    resolution_state: AiAgentResolutionState | None = None
    source_title: str | None = None
    source_type: AiAgentSourceType | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.content_sources
        if _v is not None:
            _d["content_sources"] = to_jsonable(_v)
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = to_jsonable(_v)
        _v = self.last_answer_type
        if _v is not None:
            _d["last_answer_type"] = to_jsonable(_v)
        _v = self.rating
        if _v is not None:
            _d["rating"] = to_jsonable(_v)
        _v = self.rating_remark
        if _v is not None:
            _d["rating_remark"] = to_jsonable(_v)
        _v = self.resolution_state
        if _v is not None:
            _d["resolution_state"] = to_jsonable(_v)
        _v = self.source_title
        if _v is not None:
            _d["source_title"] = to_jsonable(_v)
        _v = self.source_type
        if _v is not None:
            _d["source_type"] = _v
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("content_sources", "content_sources", ContentSourcesList.from_dict, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("last_answer_type", "last_answer_type", check_str, False),
            FieldSpec("rating", "rating", check_int, False),
            FieldSpec("rating_remark", "rating_remark", check_str, False),
            FieldSpec("resolution_state", "resolution_state", check_str, False),
            FieldSpec("source_title", "source_title", check_str, False),
            FieldSpec("source_type", "source_type", check_str, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="AiAgent")
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
            _v = _state["content_sources"]
            if _v is not None and _v.__class__ is not dict:
                _state["content_sources"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.content_sources_list import ContentSourcesList

install_lazy_fields(AiAgent, ("content_sources",))
