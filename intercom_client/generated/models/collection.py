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
        "created_at",
        "default_locale",
        "description",
        "help_center_id",
        "icon",
        "id",
        "name",
        "order",
        "parent_id",
        "translated_content",
        "updated_at",
        "url",
        "workspace_id",
    }
)


@_attrs_define(kw_only=True)
class Collection:
    """Collections are top level containers for Articles within the Help Center.

    Attributes:
        created_at (int | Unset): The time when the article was created (seconds). For multilingual articles, this will
            be the timestamp of creation of the default language's content. Example: 1672928359.
        default_locale (str | Unset): The default locale of the help center. This field is only returned for
            multilingual help centers. Example: en.
        description (None | str | Unset): The description of the collection. For multilingual help centers, this will be
            the description of the collection for the default language. Example: Default language description.
        help_center_id (int | None | Unset): The id of the help center the collection is in. Example: 123.
        icon (None | str | Unset): The icon of the collection. Example: book-bookmark.
        id (str | Unset): The unique identifier for the collection which is given by Intercom. Example: 6871119.
        name (str | Unset): The name of the collection. For multilingual collections, this will be the name of the
            default language's content. Example: Default language name.
        order (int | Unset): The order of the section in relation to others sections within a collection. Values go from
            `0` upwards. `0` is the default if there's no order. Example: 1.
        parent_id (None | str | Unset): The id of the parent collection. If `null` then it is the first level
            collection. Example: 6871118.
        translated_content (GroupTranslatedContent | None | Unset):
        updated_at (int | Unset): The time when the article was last updated (seconds). For multilingual articles, this
            will be the timestamp of last update of the default language's content. Example: 1672928610.
        url (None | str | Unset): The URL of the collection. For multilingual help centers, this will be the URL of the
            collection for the default language. Example: http://intercom.test/help/collection/name.
        workspace_id (str | Unset): The id of the workspace which the collection belongs to. Example: hfi1bx4l.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int | None | Unset = UNSET
    default_locale: str | None | Unset = UNSET
    description: None | str | None | Unset = UNSET
    help_center_id: int | None | None | Unset = UNSET
    icon: None | str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    order: int | None | Unset = UNSET
    parent_id: None | str | None | Unset = UNSET
    translated_content: GroupTranslatedContent | None | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    url: None | str | None | Unset = UNSET
    workspace_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.default_locale
        if _v is not UNSET:
            _d["default_locale"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = None if _v is None else to_jsonable(_v)
        _v = self.help_center_id
        if _v is not UNSET:
            _d["help_center_id"] = None if _v is None else to_jsonable(_v)
        _v = self.icon
        if _v is not UNSET:
            _d["icon"] = None if _v is None else to_jsonable(_v)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.order
        if _v is not UNSET:
            _d["order"] = _v
        _v = self.parent_id
        if _v is not UNSET:
            _d["parent_id"] = None if _v is None else to_jsonable(_v)
        _v = self.translated_content
        if _v is not UNSET:
            _d["translated_content"] = None if _v is None else to_jsonable(_v)
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        _v = self.url
        if _v is not UNSET:
            _d["url"] = None if _v is None else to_jsonable(_v)
        _v = self.workspace_id
        if _v is not UNSET:
            _d["workspace_id"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Collection")
            _d = dict(_d)
        _f = ""
        try:
            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            default_locale = _d.get("default_locale", UNSET)
            if default_locale.__class__ is dict or default_locale.__class__ is list:
                raise WrongType("string", default_locale, "default_locale")

            description = _d.get("description", UNSET)
            if description.__class__ is dict or description.__class__ is list:
                raise WrongType("string", description, "description")

            help_center_id = _d.get("help_center_id", UNSET)
            if help_center_id.__class__ is dict or help_center_id.__class__ is list:
                raise WrongType("integer", help_center_id, "help_center_id")

            icon = _d.get("icon", UNSET)
            if icon.__class__ is dict or icon.__class__ is list:
                raise WrongType("string", icon, "icon")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            order = _d.get("order", UNSET)
            if order.__class__ is dict or order.__class__ is list:
                raise WrongType("integer", order, "order")

            parent_id = _d.get("parent_id", UNSET)
            if parent_id.__class__ is dict or parent_id.__class__ is list:
                raise WrongType("string", parent_id, "parent_id")

            translated_content = _d.get("translated_content", UNSET)
            if translated_content is not None and translated_content is not UNSET:
                _f = "translated_content"
                translated_content = GroupTranslatedContent.from_dict(translated_content)

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            url = _d.get("url", UNSET)
            if url.__class__ is dict or url.__class__ is list:
                raise WrongType("string", url, "url")

            workspace_id = _d.get("workspace_id", UNSET)
            if workspace_id.__class__ is dict or workspace_id.__class__ is list:
                raise WrongType("string", workspace_id, "workspace_id")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.created_at = created_at
            _obj.default_locale = default_locale
            _obj.description = description
            _obj.help_center_id = help_center_id
            _obj.icon = icon
            _obj.id = id
            _obj.name = name
            _obj.order = order
            _obj.parent_id = parent_id
            _obj.translated_content = translated_content
            _obj.updated_at = updated_at
            _obj.url = url
            _obj.workspace_id = workspace_id
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="Collection", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("Collection", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="Collection", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="Collection", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.group_translated_content import GroupTranslatedContent  # noqa: E402
