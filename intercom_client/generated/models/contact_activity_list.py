# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.contact_activity_list_type import ContactActivityListType
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.contact_activity import ContactActivity
    from ..models.contact_activity_list_pages import ContactActivityListPages


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContactActivityList(Model):
    """A paginated list of contact activity events.

    Attributes:
        data (list[ContactActivity] | None): The list of contact activity objects.
        pages (ContactActivityListPages | None): Pagination information.
        type_ (ContactActivityListType | None): Always list Example: list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[ContactActivity] | None = None
    pages: ContactActivityListPages | None = None
    type_: ContactActivityListType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ContactActivityList,
    data=list_of(ModelRef(models, "ContactActivity")),
    pages=ModelRef(models, "ContactActivityListPages"),
    type_=Field(check_str, json="type", const="list"),
)
