# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_part_author_type import TicketPartAuthorType
from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TicketPartAuthor(Model):
    """The author that wrote or triggered the part. Can be a bot, admin, team or user.

    Attributes:
        id (str): The id of the author Example: 274.
        type_ (TicketPartAuthorType): The type of the author Example: admin.
        email (str | None): The email of the author Example: operator+abcd1234@intercom.io.
        name (str | None): The name of the author Example: Operator.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: TicketPartAuthorType
    email: str | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    TicketPartAuthor,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    email=check_str,
    name=check_str,
)
