# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_str, parse_uuid, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AdminReplyTicketRequestReplyOptionsItem(Model):
    """
    Attributes:
        text (str): The text to display in this quick reply option.
        uuid (UUID): A unique identifier for this quick reply option. This value will be available within the metadata
            of the comment ticket part that is created when a user clicks on this reply option.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    text: str
    uuid: UUID
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class AdminReplyTicketRequestReplyOptionsItemDict(TypedDict, total=False):
    """:class:`AdminReplyTicketRequestReplyOptionsItem` written as a dict literal (JSON field names), e.g. as a request body."""

    text: Required[str]
    uuid: Required[UUID]


sent_fields(
    AdminReplyTicketRequestReplyOptionsItem,
    text=Field(check_str, required=True),
    uuid=Field(parse_uuid, required=True),
)
