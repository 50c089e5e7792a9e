# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, check_int, check_str, received_fields

if TYPE_CHECKING:
    from ..models.contact_reference import ContactReference
    from ..models.reference import Reference


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationRating(Model):
    """The Conversation Rating object which contains information on the rating and/or remark added by a Contact and the
    Admin assigned to the conversation.

    Attributes:
        contact (ContactReference | None): reference to contact object
        created_at (int | None): The time the rating was requested in the conversation being rated. Example: 1671028894.
        rating (int | None): The rating, between 1 and 5, for the conversation. Example: 5.
        remark (str | None): An optional field to add a remark to correspond to the number rating
        teammate (Reference | None): reference to another object
        updated_at (int | None): The time the rating was last updated. Example: 1671028894.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    contact: ContactReference | None = None
    created_at: int | None = None
    rating: int | None = None
    remark: str | None = None
    teammate: Reference | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationRating,
    contact=ModelRef(models, "ContactReference"),
    created_at=check_int,
    rating=check_int,
    remark=check_str,
    teammate=ModelRef(models, "Reference"),
    updated_at=check_int,
)
