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
    from ..models.bulk_delete_companies_request_companies_item import (
        BulkDeleteCompaniesRequestCompaniesItem,
        BulkDeleteCompaniesRequestCompaniesItemDict,
    )
    from ..models.bulk_delete_companies_request_job import (
        BulkDeleteCompaniesRequestJob,
        BulkDeleteCompaniesRequestJobDict,
    )


def _decode_companies(data: Any) -> list[BulkDeleteCompaniesRequestCompaniesItem]:
    return decode_list(data, BulkDeleteCompaniesRequestCompaniesItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"companies": UNSET, "job": UNSET, "_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "companies",
        "job",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class BulkDeleteCompaniesRequest:
    """Request body for bulk deleting companies.

    Attributes:
        companies (list[BulkDeleteCompaniesRequestCompaniesItem]): An array of companies to delete, each identified by
            its Intercom company `id`. Maximum 100 companies per request.
        job (BulkDeleteCompaniesRequestJob | Unset | None): Optional. Include to append tasks to an existing job.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    companies: list[BulkDeleteCompaniesRequestCompaniesItem]
    job: BulkDeleteCompaniesRequestJob | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.companies
        if _v is not UNSET:
            _d["companies"] = None if _v is None else to_jsonable(_v)
        _v = self.job
        if _v is not UNSET:
            _d["job"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("companies", "companies", _decode_companies, True),
            FieldSpec("job", "job", BulkDeleteCompaniesRequestJob.from_dict, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="BulkDeleteCompaniesRequest"
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
            if "companies" not in _d:
                raise KeyError("companies")
            if _state["companies"] is None:
                raise WrongType("a value", None)
            _v = _state["companies"]
            if _v is not None:
                _v = _decode_companies(_v)

            _state["companies"] = _v
            _v = _state["job"]
            if _v is not None and _v is not UNSET:
                _v = BulkDeleteCompaniesRequestJob.from_dict(_v)

            _state["job"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class BulkDeleteCompaniesRequestDict(TypedDict, total=False):
    """:class:`BulkDeleteCompaniesRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    companies: Required[list[BulkDeleteCompaniesRequestCompaniesItem | BulkDeleteCompaniesRequestCompaniesItemDict]]
    job: BulkDeleteCompaniesRequestJob | BulkDeleteCompaniesRequestJobDict


# Imported last, so that models that refer to each other can import each other.
from ..models.bulk_delete_companies_request_companies_item import BulkDeleteCompaniesRequestCompaniesItem
from ..models.bulk_delete_companies_request_job import BulkDeleteCompaniesRequestJob
