# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    decode_leniently,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.bulk_delete_contacts_request_contacts_item import (
        BulkDeleteContactsRequestContactsItem,
        BulkDeleteContactsRequestContactsItemDict,
    )
    from ..models.bulk_delete_contacts_request_job import BulkDeleteContactsRequestJob, BulkDeleteContactsRequestJobDict


def _decode_contacts(data: Any) -> list[BulkDeleteContactsRequestContactsItem]:
    return decode_list(data, BulkDeleteContactsRequestContactsItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"contacts": UNSET, "job": UNSET, "_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "contacts",
        "job",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class BulkDeleteContactsRequest:
    """Request body for permanently bulk deleting contacts.

    Attributes:
        contacts (list[BulkDeleteContactsRequestContactsItem]): An array of contacts to delete, each identified by `id`.
            Maximum 100 contacts per request.
        job (BulkDeleteContactsRequestJob | Unset | None): Optional. Include to append tasks to an existing job.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    contacts: list[BulkDeleteContactsRequestContactsItem]
    job: BulkDeleteContactsRequestJob | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.contacts
        if _v is not UNSET:
            _d["contacts"] = None if _v is None else to_jsonable(_v)
        _v = self.job
        if _v is not UNSET:
            _d["job"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("contacts", "contacts", _decode_contacts, True),
            FieldSpec("job", "job", BulkDeleteContactsRequestJob.from_dict, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="BulkDeleteContactsRequest"
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
            if "contacts" not in _d:
                raise KeyError("contacts")
            if _state["contacts"] is None:
                raise WrongType("a value", None)
            _v = _state["contacts"]
            if _v is not None:
                _v = _decode_contacts(_v)

            _state["contacts"] = _v
            _v = _state["job"]
            if _v is not None and _v is not UNSET:
                _v = BulkDeleteContactsRequestJob.from_dict(_v)

            _state["job"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class BulkDeleteContactsRequestDict(TypedDict, total=False):
    """:class:`BulkDeleteContactsRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    contacts: Required[list[BulkDeleteContactsRequestContactsItem | BulkDeleteContactsRequestContactsItemDict]]
    job: BulkDeleteContactsRequestJob | BulkDeleteContactsRequestJobDict


# Imported last, so that models that refer to each other can import each other.
from ..models.bulk_delete_contacts_request_contacts_item import BulkDeleteContactsRequestContactsItem
from ..models.bulk_delete_contacts_request_job import BulkDeleteContactsRequestJob
