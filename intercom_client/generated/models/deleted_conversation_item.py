# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_bool, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DeletedConversationItem(Model):
    """A deleted conversation record containing its ID, metrics retained status and deletion timestamp.

    Attributes:
        id (str): The ID of the deleted conversation. Example: 512.
        type_ (str): String representing the object's type. Always has the value `conversation`. Example: conversation.
        deleted_at (int | None): The time when the conversation was deleted. Example: 1734537745.
        metrics_retained (bool | None): Whether reporting metrics are retained for this conversation ID Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    deleted_at: int | None = None
    metrics_retained: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    DeletedConversationItem,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    deleted_at=check_int,
    metrics_retained=check_bool,
)
