# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.side_conversation_list_type import SideConversationListType
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.side_conversation_list_pages import SideConversationListPages
    from ..models.side_conversation_summary import SideConversationSummary


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SideConversationList(Model):
    """A paginated list of side conversations for a conversation.

    Attributes:
        pages (SideConversationListPages | None): Pagination metadata.
        side_conversations (list[SideConversationSummary] | None): An array of side conversation objects.
        total_count (int | None): The total number of side conversations. Example: 1.
        type_ (SideConversationListType | None): The type of the response object. Example: side_conversation.list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    pages: SideConversationListPages | None = None
    side_conversations: list[SideConversationSummary] | None = None
    total_count: int | None = None
    type_: SideConversationListType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    SideConversationList,
    pages=ModelRef(models, "SideConversationListPages"),
    side_conversations=list_of(ModelRef(models, "SideConversationSummary")),
    total_count=check_int,
    type_=Field(check_str, json="type", const="side_conversation.list"),
)
