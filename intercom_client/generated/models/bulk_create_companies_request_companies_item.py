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
    check_bool,
    check_int,
    check_str,
    decode_leniently,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.bulk_create_companies_request_companies_item_custom_attributes import (
        BulkCreateCompaniesRequestCompaniesItemCustomAttributes,
        BulkCreateCompaniesRequestCompaniesItemCustomAttributesDict,
    )


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "company_id": UNSET,
    "custom_attributes": UNSET,
    "industry": UNSET,
    "monthly_spend": UNSET,
    "name": UNSET,
    "plan": UNSET,
    "remote_created_at": UNSET,
    "size": UNSET,
    "update_last_request_at": UNSET,
    "website": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "company_id",
        "custom_attributes",
        "industry",
        "monthly_spend",
        "name",
        "plan",
        "remote_created_at",
        "size",
        "update_last_request_at",
        "website",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class BulkCreateCompaniesRequestCompaniesItem:
    """
    Attributes:
        company_id (str | Unset | None): The company id you have defined for the company. Used to match an existing
            company; a new one is created if none matches. Example: 625e90fc55ab113b6d92175f.
        custom_attributes (BulkCreateCompaniesRequestCompaniesItemCustomAttributes | Unset | None): A hash of key/value
            pairs containing any other data about the company you want Intercom to store.
        industry (str | Unset | None): The industry that this company operates in. Example: Manufacturing.
        monthly_spend (int | Unset | None): How much revenue the company generates for your business. Note that this
            will truncate floats — only whole integers are stored, so 155.98 is truncated to 155, with an upper limit of
            2147483647. Example: 1000.
        name (str | Unset | None): The name of the company. Example: Acme Corp.
        plan (str | Unset | None): The name of the plan you have associated with the company. Example: Enterprise.
        remote_created_at (int | Unset | None): The time the company was created by you, in Unix timestamp format.
            Example: 1394531169.
        size (int | Unset | None): The number of employees in this company. Example: 100.
        update_last_request_at (bool | Unset | None): Set to true to update the company's last seen time to now.
            Example: True.
        website (str | Unset | None): The URL for this company's website. Please note that the value specified here is
            not validated. Accepts any string. Example: https://www.example.com.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    company_id: str | Unset | None = UNSET
    custom_attributes: BulkCreateCompaniesRequestCompaniesItemCustomAttributes | Unset | None = UNSET
    industry: str | Unset | None = UNSET
    monthly_spend: int | Unset | None = UNSET
    name: str | Unset | None = UNSET
    plan: str | Unset | None = UNSET
    remote_created_at: int | Unset | None = UNSET
    size: int | Unset | None = UNSET
    update_last_request_at: bool | Unset | None = UNSET
    website: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.company_id
        if _v is not UNSET:
            _d["company_id"] = _v
        _v = self.custom_attributes
        if _v is not UNSET:
            _d["custom_attributes"] = None if _v is None else to_jsonable(_v)
        _v = self.industry
        if _v is not UNSET:
            _d["industry"] = _v
        _v = self.monthly_spend
        if _v is not UNSET:
            _d["monthly_spend"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.plan
        if _v is not UNSET:
            _d["plan"] = _v
        _v = self.remote_created_at
        if _v is not UNSET:
            _d["remote_created_at"] = _v
        _v = self.size
        if _v is not UNSET:
            _d["size"] = _v
        _v = self.update_last_request_at
        if _v is not UNSET:
            _d["update_last_request_at"] = _v
        _v = self.website
        if _v is not UNSET:
            _d["website"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("company_id", "company_id", check_str, False),
            FieldSpec(
                "custom_attributes",
                "custom_attributes",
                BulkCreateCompaniesRequestCompaniesItemCustomAttributes.from_dict,
                False,
            ),
            FieldSpec("industry", "industry", check_str, False),
            FieldSpec("monthly_spend", "monthly_spend", check_int, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("plan", "plan", check_str, False),
            FieldSpec("remote_created_at", "remote_created_at", check_int, False),
            FieldSpec("size", "size", check_int, False),
            FieldSpec("update_last_request_at", "update_last_request_at", check_bool, False),
            FieldSpec("website", "website", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="BulkCreateCompaniesRequestCompaniesItem"
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
            _v = _state["custom_attributes"]
            if _v is not None and _v is not UNSET:
                _v = BulkCreateCompaniesRequestCompaniesItemCustomAttributes.from_dict(_v)

            _state["custom_attributes"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class BulkCreateCompaniesRequestCompaniesItemDict(TypedDict, total=False):
    """:class:`BulkCreateCompaniesRequestCompaniesItem` written as a dict literal (JSON field names), e.g. as a request body."""

    company_id: str
    custom_attributes: (
        BulkCreateCompaniesRequestCompaniesItemCustomAttributes
        | BulkCreateCompaniesRequestCompaniesItemCustomAttributesDict
    )
    industry: str
    monthly_spend: int
    name: str
    plan: str
    remote_created_at: int
    size: int
    update_last_request_at: bool
    website: str


# Imported last, so that models that refer to each other can import each other.
from ..models.bulk_create_companies_request_companies_item_custom_attributes import (
    BulkCreateCompaniesRequestCompaniesItemCustomAttributes,
)
