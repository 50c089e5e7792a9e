# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, list_of, sent_fields

if TYPE_CHECKING:
    from ..models.bulk_delete_contacts_request_contacts_item import (
        BulkDeleteContactsRequestContactsItem,
        BulkDeleteContactsRequestContactsItemDict,
    )
    from ..models.bulk_delete_contacts_request_job import BulkDeleteContactsRequestJob, BulkDeleteContactsRequestJobDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class BulkDeleteContactsRequest(Model):
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


class BulkDeleteContactsRequestDict(TypedDict, total=False):
    """:class:`BulkDeleteContactsRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    contacts: Required[Sequence[BulkDeleteContactsRequestContactsItemDict]]
    job: BulkDeleteContactsRequestJobDict


sent_fields(
    BulkDeleteContactsRequest,
    contacts=Field(list_of(ModelRef(models, "BulkDeleteContactsRequestContactsItem")), required=True),
    job=ModelRef(models, "BulkDeleteContactsRequestJob"),
)
