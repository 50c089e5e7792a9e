# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)


def _decode_tags_added(data: Any) -> list[str]:
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


def _decode_tags_removed(data: Any) -> list[str]:
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "tags_added",
        "tags_removed",
    }
)


@_attrs_define(kw_only=True)
class ConversationTagsUpdated:
    """Contains details about tags that were added or removed from a conversation for conversation part type
    <code>conversation_tags_updated</code>.

        Attributes:
            tags_added (list[str] | Unset): Array of tag names that were added Example: ['feature-shopify-multi-store',
                'second-tag'].
            tags_removed (list[str] | Unset): Array of tag names that were removed Example: ['feature-embercom-app-
                serializer-limit-external-plans'].
            additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    tags_added: list[str] | None | Unset = UNSET
    tags_removed: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.tags_added
        if _v is not UNSET:
            _d["tags_added"] = None if _v is None else to_jsonable(_v)
        _v = self.tags_removed
        if _v is not UNSET:
            _d["tags_removed"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ConversationTagsUpdated"
                )
            _d = dict(_d)
        _f = ""
        try:
            tags_added = _d.get("tags_added", UNSET)
            if tags_added is not None and tags_added is not UNSET:
                _f = "tags_added"
                tags_added = _decode_tags_added(tags_added)

            tags_removed = _d.get("tags_removed", UNSET)
            if tags_removed is not None and tags_removed is not UNSET:
                _f = "tags_removed"
                tags_removed = _decode_tags_removed(tags_removed)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.tags_added = tags_added
            _obj.tags_removed = tags_removed
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ConversationTagsUpdated", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ConversationTagsUpdated", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="ConversationTagsUpdated", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ConversationTagsUpdated", path=(_f,) if _f else ()) from None
        return _obj
