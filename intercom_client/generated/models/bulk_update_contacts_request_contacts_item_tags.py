# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    decode_leniently,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.bulk_update_contacts_request_contacts_item_tags_add_item import (
        BulkUpdateContactsRequestContactsItemTagsAddItem,
        BulkUpdateContactsRequestContactsItemTagsAddItemDict,
    )
    from ..models.bulk_update_contacts_request_contacts_item_tags_remove_item import (
        BulkUpdateContactsRequestContactsItemTagsRemoveItem,
        BulkUpdateContactsRequestContactsItemTagsRemoveItemDict,
    )


def _decode_add(data: Any) -> list[BulkUpdateContactsRequestContactsItemTagsAddItem]:
    return decode_list(data, BulkUpdateContactsRequestContactsItemTagsAddItem.from_dict)


def _decode_remove(data: Any) -> list[BulkUpdateContactsRequestContactsItemTagsRemoveItem]:
    return decode_list(data, BulkUpdateContactsRequestContactsItemTagsRemoveItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"add": UNSET, "remove": UNSET, "_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "add",
        "remove",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class BulkUpdateContactsRequestContactsItemTags:
    """Tags to add to or remove from the contact. Each tag is identified by its `id`, which must be a positive integer for
    a tag that already exists in your workspace. Tag application is best-effort: unknown tag IDs are skipped while the
    rest of the contact update still applies. Per-tag results are not yet returned in the job status.

    Attributes:
        add (list[BulkUpdateContactsRequestContactsItemTagsAddItem] | Unset | None): Tags to add to the contact.
        remove (list[BulkUpdateContactsRequestContactsItemTagsRemoveItem] | Unset | None): Tags to remove from the
            contact.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    add: list[BulkUpdateContactsRequestContactsItemTagsAddItem] | Unset | None = UNSET
    remove: list[BulkUpdateContactsRequestContactsItemTagsRemoveItem] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.add
        if _v is not UNSET:
            _d["add"] = None if _v is None else to_jsonable(_v)
        _v = self.remove
        if _v is not UNSET:
            _d["remove"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("add", "add", _decode_add, False),
            FieldSpec("remove", "remove", _decode_remove, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="BulkUpdateContactsRequestContactsItemTags"
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
            _v = _state["add"]
            if _v is not None and _v is not UNSET:
                _v = _decode_add(_v)

            _state["add"] = _v
            _v = _state["remove"]
            if _v is not None and _v is not UNSET:
                _v = _decode_remove(_v)

            _state["remove"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class BulkUpdateContactsRequestContactsItemTagsDict(TypedDict, total=False):
    """:class:`BulkUpdateContactsRequestContactsItemTags` written as a dict literal (JSON field names), e.g. as a request body."""

    add: list[BulkUpdateContactsRequestContactsItemTagsAddItem | BulkUpdateContactsRequestContactsItemTagsAddItemDict]
    remove: list[
        BulkUpdateContactsRequestContactsItemTagsRemoveItem | BulkUpdateContactsRequestContactsItemTagsRemoveItemDict
    ]


# Imported last, so that models that refer to each other can import each other.
from ..models.bulk_update_contacts_request_contacts_item_tags_add_item import (
    BulkUpdateContactsRequestContactsItemTagsAddItem,
)
from ..models.bulk_update_contacts_request_contacts_item_tags_remove_item import (
    BulkUpdateContactsRequestContactsItemTagsRemoveItem,
)
