# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.article_version_summary_state import ArticleVersionSummaryState
from ..models.article_version_summary_type import ArticleVersionSummaryType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    WrongType,
    check_int,
    check_str,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "article_id": None,
    "author_id": None,
    "created_at": None,
    "created_by_id": None,
    "created_via": None,
    "description": None,
    "from_version_id": None,
    "state": None,
    "title": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "article_id",
        "author_id",
        "created_at",
        "created_by_id",
        "created_via",
        "description",
        "from_version_id",
        "state",
        "title",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ArticleVersionSummary:
    """A metadata summary of an article version, as returned by the version-history list endpoint. Omits the version's body
    content - fetch a single version to retrieve its `body` and `body_markdown`.

    Attributes:
        id (str): The unique identifier for the version. Example: 301.
        type_ (ArticleVersionSummaryType): String representing the object's type. Always has the value
            `article_version`. Example: article_version.
        article_id (str | None): The unique identifier of the article this version belongs to. Example: 123.
        author_id (str | None): The id of the teammate listed as the article's author at this version. Example:
            991267502.
        created_at (int | None): The time the version was created, as a UTC Unix timestamp. Example: 1734537292.
        created_by_id (str | None): The id of the teammate who created this version. Example: 5017691.
        created_via (str | None): How this version was created (for example `web`, `api`). Example: web.
        description (str | None): The description of the article at this version.
        from_version_id (str | None): The id of the version this version was created from, or `null` if this is the
            first version. Example: 300.
        state (ArticleVersionSummaryState | None): Whether this version is the currently published version of the
            article (`published`) or an earlier non-live version (`draft`). Example: published.
        title (str | None): The title of the article at this version. Example: This is the article title.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: ArticleVersionSummaryType
    article_id: str | None = None
    author_id: str | None = None
    created_at: int | None = None
    created_by_id: str | None = None
    created_via: str | None = None
    description: str | None = None
    from_version_id: str | None = None
    state: ArticleVersionSummaryState | None = None
    title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "article_version"),)
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
        _v = self.article_id
        if _v is not None:
            _d["article_id"] = _v
        _v = self.author_id
        if _v is not None:
            _d["author_id"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.created_by_id
        if _v is not None:
            _d["created_by_id"] = to_jsonable(_v)
        _v = self.created_via
        if _v is not None:
            _d["created_via"] = _v
        _v = self.description
        if _v is not None:
            _d["description"] = to_jsonable(_v)
        _v = self.from_version_id
        if _v is not None:
            _d["from_version_id"] = to_jsonable(_v)
        _v = self.state
        if _v is not None:
            _d["state"] = _v
        _v = self.title
        if _v is not None:
            _d["title"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("article_id", "article_id", check_str, False),
            FieldSpec("author_id", "author_id", check_str, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("created_by_id", "created_by_id", check_str, False),
            FieldSpec("created_via", "created_via", check_str, False),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("from_version_id", "from_version_id", check_str, False),
            FieldSpec("state", "state", check_str, False),
            FieldSpec("title", "title", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ArticleVersionSummary")
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
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
