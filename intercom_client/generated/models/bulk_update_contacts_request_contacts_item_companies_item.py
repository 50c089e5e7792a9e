# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_bool, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class BulkUpdateContactsRequestContactsItemCompaniesItem(Model):
    """
    Attributes:
        company_id (str): The company ID you have defined for the company. Example: 6.
        name (str | Unset | None): The name of the company. Example: Blue Sun.
        remove (bool | Unset | None): Set to true to detach this company from the contact instead of attaching it.
            Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    company_id: str
    name: str | Unset | None = UNSET
    remove: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class BulkUpdateContactsRequestContactsItemCompaniesItemDict(TypedDict, total=False):
    """:class:`BulkUpdateContactsRequestContactsItemCompaniesItem` written as a dict literal (JSON field names), e.g. as a request body."""

    company_id: Required[str]
    name: str
    remove: bool


sent_fields(
    BulkUpdateContactsRequestContactsItemCompaniesItem,
    company_id=Field(check_str, required=True),
    name=check_str,
    remove=check_bool,
)
