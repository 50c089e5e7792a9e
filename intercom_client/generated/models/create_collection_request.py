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
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.group_translated_content import GroupTranslatedContent


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "description",
        "help_center_id",
        "parent_id",
        "translated_content",
    }
)


@_attrs_define(kw_only=True)
class CreateCollectionRequest:
    """You can create a collection

    Attributes:
        name (str): The name of the collection. For multilingual collections, this will be the name of the default
            language's content. Example: collection 51.
        description (str | Unset): The description of the collection. For multilingual collections, this will be the
            description of the default language's content. Example: English description.
        help_center_id (int | None | Unset): The id of the help center where the collection will be created. If `null`
            then it will be created in the default help center. Example: 123.
        parent_id (None | str | Unset): The id of the parent collection. If `null` then it will be created as the first
            level collection. Example: 6871118.
        translated_content (GroupTranslatedContent | None | Unset):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    name: str | None
    description: str | None | Unset = UNSET
    help_center_id: int | None | None | Unset = UNSET
    parent_id: None | str | None | Unset = UNSET
    translated_content: GroupTranslatedContent | None | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = _v
        _v = self.help_center_id
        if _v is not UNSET:
            _d["help_center_id"] = None if _v is None else to_jsonable(_v)
        _v = self.parent_id
        if _v is not UNSET:
            _d["parent_id"] = None if _v is None else to_jsonable(_v)
        _v = self.translated_content
        if _v is not UNSET:
            _d["translated_content"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="CreateCollectionRequest"
                )
            _d = dict(_d)
        _f = ""
        try:
            name = _d["name"]
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            description = _d.get("description", UNSET)
            if description.__class__ is dict or description.__class__ is list:
                raise WrongType("string", description, "description")

            help_center_id = _d.get("help_center_id", UNSET)
            if help_center_id.__class__ is dict or help_center_id.__class__ is list:
                raise WrongType("integer", help_center_id, "help_center_id")

            parent_id = _d.get("parent_id", UNSET)
            if parent_id.__class__ is dict or parent_id.__class__ is list:
                raise WrongType("string", parent_id, "parent_id")

            translated_content = _d.get("translated_content", UNSET)
            if translated_content is not None and translated_content is not UNSET:
                _f = "translated_content"
                translated_content = GroupTranslatedContent.from_dict(translated_content)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.name = name
            _obj.description = description
            _obj.help_center_id = help_center_id
            _obj.parent_id = parent_id
            _obj.translated_content = translated_content
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="CreateCollectionRequest", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("CreateCollectionRequest", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="CreateCollectionRequest", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="CreateCollectionRequest", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.group_translated_content import GroupTranslatedContent  # noqa: E402
