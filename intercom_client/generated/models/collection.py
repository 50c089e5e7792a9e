# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
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
    from ..models.group_translated_content import GroupTranslatedContent


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "created_at": None,
    "default_locale": None,
    "description": None,
    "help_center_id": None,
    "icon": None,
    "id": None,
    "name": None,
    "order": None,
    "parent_id": None,
    "translated_content": None,
    "updated_at": None,
    "url": None,
    "workspace_id": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
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


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Collection:
    """Collections are top level containers for Articles within the Help Center.

    Attributes:
        created_at (int | None): The time when the article was created (seconds). For multilingual articles, this will
            be the timestamp of creation of the default language's content. Example: 1672928359.
        default_locale (str | None): The default locale of the help center. This field is only returned for multilingual
            help centers. Example: en.
        description (str | None): The description of the collection. For multilingual help centers, this will be the
            description of the collection for the default language. Example: Default language description.
        help_center_id (int | None): The id of the help center the collection is in. Example: 123.
        icon (str | None): The icon of the collection. Example: book-bookmark.
        id (str | None): The unique identifier for the collection which is given by Intercom. Example: 6871119.
        name (str | None): The name of the collection. For multilingual collections, this will be the name of the
            default language's content. Example: Default language name.
        order (int | None): The order of the section in relation to others sections within a collection. Values go from
            `0` upwards. `0` is the default if there's no order. Example: 1.
        parent_id (str | None): The id of the parent collection. If `null` then it is the first level collection.
            Example: 6871118.
        translated_content (GroupTranslatedContent | None):
        updated_at (int | None): The time when the article was last updated (seconds). For multilingual articles, this
            will be the timestamp of last update of the default language's content. Example: 1672928610.
        url (str | None): The URL of the collection. For multilingual help centers, this will be the URL of the
            collection for the default language. Example: http://intercom.test/help/collection/name.
        workspace_id (str | None): The id of the workspace which the collection belongs to. Example: hfi1bx4l.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int | None = None
    default_locale: str | None = None
    description: str | None = None
    help_center_id: int | None = None
    icon: str | None = None
    id: str | None = None
    name: str | None = None
    order: int | None = None
    parent_id: str | None = None
    translated_content: GroupTranslatedContent | None = None
    updated_at: int | None = None
    url: str | None = None
    workspace_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.default_locale
        if _v is not None:
            _d["default_locale"] = _v
        _v = self.description
        if _v is not None:
            _d["description"] = to_jsonable(_v)
        _v = self.help_center_id
        if _v is not None:
            _d["help_center_id"] = to_jsonable(_v)
        _v = self.icon
        if _v is not None:
            _d["icon"] = to_jsonable(_v)
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.order
        if _v is not None:
            _d["order"] = _v
        _v = self.parent_id
        if _v is not None:
            _d["parent_id"] = to_jsonable(_v)
        _v = self.translated_content
        if _v is not None:
            _d["translated_content"] = to_jsonable(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        _v = self.url
        if _v is not None:
            _d["url"] = to_jsonable(_v)
        _v = self.workspace_id
        if _v is not None:
            _d["workspace_id"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("default_locale", "default_locale", check_str, False),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("help_center_id", "help_center_id", check_int, False),
            FieldSpec("icon", "icon", check_str, False),
            FieldSpec("id", "id", check_str, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("order", "order", check_int, False),
            FieldSpec("parent_id", "parent_id", check_str, False),
            FieldSpec("translated_content", "translated_content", GroupTranslatedContent.from_dict, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
            FieldSpec("url", "url", check_str, False),
            FieldSpec("workspace_id", "workspace_id", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Collection")
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
            _v = _state["translated_content"]
            if _v is not None and _v.__class__ is not dict:
                _state["translated_content"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.group_translated_content import GroupTranslatedContent

install_lazy_fields(Collection, ("translated_content",))
