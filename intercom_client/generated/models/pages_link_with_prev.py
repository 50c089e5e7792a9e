# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.pages_link_type import PagesLinkType
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "next",
        "page",
        "per_page",
        "total_pages",
        "type",
        "prev",
    }
)


@_attrs_define(kw_only=True)
class PagesLinkWithPrev:
    """Pagination metadata, including links to neighbouring pages.

    Attributes:
        next_ (None | str | Unset): A link to the next page of results. A response that does not contain a next link
            does not have further data to fetch.
        page (int | Unset):  Example: 1.
        per_page (int | Unset):  Example: 50.
        total_pages (int | Unset):  Example: 1.
        type_ (PagesLinkType | Unset):  Example: pages.
        prev (None | str | Unset): A link to the previous page of results, or null when on the first page.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    next_: None | str | None | Unset = UNSET
    page: int | None | Unset = UNSET
    per_page: int | None | Unset = UNSET
    total_pages: int | None | Unset = UNSET
    type_: PagesLinkType | None | Unset = UNSET
    prev: None | str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "pages"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.next_
        if _v is not UNSET:
            _d["next"] = None if _v is None else to_jsonable(_v)
        _v = self.page
        if _v is not UNSET:
            _d["page"] = _v
        _v = self.per_page
        if _v is not UNSET:
            _d["per_page"] = _v
        _v = self.total_pages
        if _v is not UNSET:
            _d["total_pages"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.prev
        if _v is not UNSET:
            _d["prev"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="PagesLinkWithPrev")
            _d = dict(_d)
        _f = ""
        try:
            next_ = _d.get("next", UNSET)
            if next_.__class__ is dict or next_.__class__ is list:
                raise WrongType("string", next_, "next")

            page = _d.get("page", UNSET)
            if page.__class__ is dict or page.__class__ is list:
                raise WrongType("integer", page, "page")

            per_page = _d.get("per_page", UNSET)
            if per_page.__class__ is dict or per_page.__class__ is list:
                raise WrongType("integer", per_page, "per_page")

            total_pages = _d.get("total_pages", UNSET)
            if total_pages.__class__ is dict or total_pages.__class__ is list:
                raise WrongType("integer", total_pages, "total_pages")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            prev = _d.get("prev", UNSET)
            if prev.__class__ is dict or prev.__class__ is list:
                raise WrongType("string", prev, "prev")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.next_ = next_
            _obj.page = page
            _obj.per_page = per_page
            _obj.total_pages = total_pages
            _obj.type_ = type_
            _obj.prev = prev
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="PagesLinkWithPrev", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("PagesLinkWithPrev", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="PagesLinkWithPrev", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="PagesLinkWithPrev", path=(_f,) if _f else ()) from None
        return _obj
