# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Model, Unset, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class BulkDeleteContactsRequestJob(Model):
    """Optional. Include to append tasks to an existing job.

    Attributes:
        id (str | Unset | None): The ID of an existing bulk job to append to. Example: job_v2_1.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class BulkDeleteContactsRequestJobDict(TypedDict, total=False):
    """:class:`BulkDeleteContactsRequestJob` written as a dict literal (JSON field names), e.g. as a request body."""

    id: str


sent_fields(
    BulkDeleteContactsRequestJob,
    id=check_str,
)
