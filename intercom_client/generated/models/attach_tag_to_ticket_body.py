# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AttachTagToTicketBody(Model):
    """
    Attributes:
        admin_id (str): The unique identifier for the admin which is given by Intercom. Example: 780.
        id (str): The unique identifier for the tag which is given by Intercom Example: 7522907.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: str
    id: str
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class AttachTagToTicketBodyDict(TypedDict, total=False):
    """:class:`AttachTagToTicketBody` written as a dict literal (JSON field names), e.g. as a request body."""

    admin_id: Required[str]
    id: Required[str]


sent_fields(
    AttachTagToTicketBody,
    admin_id=Field(check_str, required=True),
    id=Field(check_str, required=True),
)
