# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
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


@_attrs_define(kw_only=True)
class AiAgent:
    """Data related to AI Agent involvement in the conversation.

    Attributes:
        content_sources (ContentSourcesList):
        created_at (int | None): The time when the AI agent rating was created. Example: 1663597260.
        last_answer_type (AiAgentLastAnswerType | None):
        rating (int | None): The customer satisfaction rating given to AI Agent, from 1-5. Example: 4.
        rating_remark (None | str): The customer satisfaction rating remark given to AI Agent. Example: Very helpful!.
        resolution_state (AiAgentResolutionState | None):
        source_title (None | str): The title of the source that triggered AI Agent involvement in the conversation. If
            this is `essentials_plan_setup` then it will return `null`. Example: My AI Workflow.
        source_type (AiAgentSourceType): The type of the source that triggered AI Agent involvement in the conversation.
            Example: workflow.
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
        try:
            content_sources: Any = _d.get("content_sources")
            if content_sources is not None:
                content_sources = Pending(content_sources)
            created_at: Any = _d.get("created_at")

            last_answer_type: Any = _d.get("last_answer_type")

            rating: Any = _d.get("rating")

            rating_remark: Any = _d.get("rating_remark")

            resolution_state: Any = _d.get("resolution_state")

            source_title: Any = _d.get("source_title")

            source_type: Any = _d.get("source_type")

            updated_at: Any = _d.get("updated_at")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.content_sources = content_sources
            _obj.created_at = created_at
            _obj.last_answer_type = last_answer_type
            _obj.rating = rating
            _obj.rating_remark = rating_remark
            _obj.resolution_state = resolution_state
            _obj.source_title = source_title
            _obj.source_type = source_type
            _obj.updated_at = updated_at
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.content_sources_list import ContentSourcesList

install_lazy_fields(AiAgent, ("content_sources",))
