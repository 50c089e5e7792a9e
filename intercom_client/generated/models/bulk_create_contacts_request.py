# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, list_of, sent_fields

if TYPE_CHECKING:
    from ..models.bulk_create_contacts_request_contacts_item import (
        BulkCreateContactsRequestContactsItem,
        BulkCreateContactsRequestContactsItemDict,
    )
    from ..models.bulk_create_contacts_request_job import BulkCreateContactsRequestJob, BulkCreateContactsRequestJobDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class BulkCreateContactsRequest(Model):
    """Request body for bulk creating contacts.

    Attributes:
        contacts (list[BulkCreateContactsRequestContactsItem]): An array of contact objects to create. Maximum 100
            contacts per request.
        job (BulkCreateContactsRequestJob | Unset | None): Optional. Include to append tasks to an existing job.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    contacts: list[BulkCreateContactsRequestContactsItem]
    job: BulkCreateContactsRequestJob | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class BulkCreateContactsRequestDict(TypedDict, total=False):
    """:class:`BulkCreateContactsRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    contacts: Required[Sequence[BulkCreateContactsRequestContactsItemDict]]
    job: BulkCreateContactsRequestJobDict


sent_fields(
    BulkCreateContactsRequest,
    contacts=Field(list_of(ModelRef(models, "BulkCreateContactsRequestContactsItem")), required=True),
    job=ModelRef(models, "BulkCreateContactsRequestJob"),
)
