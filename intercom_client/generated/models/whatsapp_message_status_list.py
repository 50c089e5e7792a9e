# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.whatsapp_message_status_list_type import (
    WhatsappMessageStatusListType,
)
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.whatsapp_message_status_list_events_item import WhatsappMessageStatusListEventsItem
    from ..models.whatsapp_message_status_list_pages import WhatsappMessageStatusListPages


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class WhatsappMessageStatusList(Model):
    """
    Attributes:
        events (list[WhatsappMessageStatusListEventsItem]):
        pages (WhatsappMessageStatusListPages):
        ruleset_id (str): The provided ruleset ID
        total_count (int): Total number of events
        type_ (WhatsappMessageStatusListType):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    events: list[WhatsappMessageStatusListEventsItem]
    pages: WhatsappMessageStatusListPages
    ruleset_id: str
    total_count: int
    type_: WhatsappMessageStatusListType
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    WhatsappMessageStatusList,
    events=Field(list_of(ModelRef(models, "WhatsappMessageStatusListEventsItem")), required=True),
    pages=Field(ModelRef(models, "WhatsappMessageStatusListPages"), required=True),
    ruleset_id=Field(check_str, required=True),
    total_count=Field(check_int, required=True),
    type_=Field(check_str, json="type", required=True, const="list"),
)
