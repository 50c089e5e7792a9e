# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.article_version_summary_state import ArticleVersionSummaryState
from ..models.article_version_summary_type import ArticleVersionSummaryType
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "article_id",
        "author_id",
        "created_at",
        "created_by_id",
        "created_via",
        "description",
        "from_version_id",
        "id",
        "state",
        "title",
        "type",
    }
)


@_attrs_define(kw_only=True)
class ArticleVersionSummary:
    """A metadata summary of an article version, as returned by the version-history list endpoint. Omits the version's body
    content - fetch a single version to retrieve its `body` and `body_markdown`.

        Attributes:
            article_id (str | Unset): The unique identifier of the article this version belongs to. Example: 123.
            author_id (str | Unset): The id of the teammate listed as the article's author at this version. Example:
                991267502.
            created_at (int | Unset): The time the version was created, as a UTC Unix timestamp. Example: 1734537292.
            created_by_id (None | str | Unset): The id of the teammate who created this version. Example: 5017691.
            created_via (str | Unset): How this version was created (for example `web`, `api`). Example: web.
            description (None | str | Unset): The description of the article at this version.
            from_version_id (None | str | Unset): The id of the version this version was created from, or `null` if this is
                the first version. Example: 300.
            id (str | Unset): The unique identifier for the version. Example: 301.
            state (ArticleVersionSummaryState | Unset): Whether this version is the currently published version of the
                article (`published`) or an earlier non-live version (`draft`). Example: published.
            title (str | Unset): The title of the article at this version. Example: This is the article title.
            type_ (ArticleVersionSummaryType | Unset): String representing the object's type. Always has the value
                `article_version`. Example: article_version.
            additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    article_id: str | None | Unset = UNSET
    author_id: str | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    created_by_id: None | str | None | Unset = UNSET
    created_via: str | None | Unset = UNSET
    description: None | str | None | Unset = UNSET
    from_version_id: None | str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    state: ArticleVersionSummaryState | None | Unset = UNSET
    title: str | None | Unset = UNSET
    type_: ArticleVersionSummaryType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "article_version"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.article_id
        if _v is not UNSET:
            _d["article_id"] = _v
        _v = self.author_id
        if _v is not UNSET:
            _d["author_id"] = _v
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.created_by_id
        if _v is not UNSET:
            _d["created_by_id"] = None if _v is None else to_jsonable(_v)
        _v = self.created_via
        if _v is not UNSET:
            _d["created_via"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = None if _v is None else to_jsonable(_v)
        _v = self.from_version_id
        if _v is not UNSET:
            _d["from_version_id"] = None if _v is None else to_jsonable(_v)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.state
        if _v is not UNSET:
            _d["state"] = _v
        _v = self.title
        if _v is not UNSET:
            _d["title"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ArticleVersionSummary")
            _d = dict(_d)
        _f = ""
        try:
            article_id = _d.get("article_id", UNSET)
            if article_id.__class__ is dict or article_id.__class__ is list:
                raise WrongType("string", article_id, "article_id")

            author_id = _d.get("author_id", UNSET)
            if author_id.__class__ is dict or author_id.__class__ is list:
                raise WrongType("string", author_id, "author_id")

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            created_by_id = _d.get("created_by_id", UNSET)
            if created_by_id.__class__ is dict or created_by_id.__class__ is list:
                raise WrongType("string", created_by_id, "created_by_id")

            created_via = _d.get("created_via", UNSET)
            if created_via.__class__ is dict or created_via.__class__ is list:
                raise WrongType("string", created_via, "created_via")

            description = _d.get("description", UNSET)
            if description.__class__ is dict or description.__class__ is list:
                raise WrongType("string", description, "description")

            from_version_id = _d.get("from_version_id", UNSET)
            if from_version_id.__class__ is dict or from_version_id.__class__ is list:
                raise WrongType("string", from_version_id, "from_version_id")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            state = _d.get("state", UNSET)
            if state.__class__ is dict or state.__class__ is list:
                raise WrongType("string", state, "state")

            title = _d.get("title", UNSET)
            if title.__class__ is dict or title.__class__ is list:
                raise WrongType("string", title, "title")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.article_id = article_id
            _obj.author_id = author_id
            _obj.created_at = created_at
            _obj.created_by_id = created_by_id
            _obj.created_via = created_via
            _obj.description = description
            _obj.from_version_id = from_version_id
            _obj.id = id
            _obj.state = state
            _obj.title = title
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ArticleVersionSummary", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ArticleVersionSummary", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="ArticleVersionSummary", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ArticleVersionSummary", path=(_f,) if _f else ()) from None
        return _obj
