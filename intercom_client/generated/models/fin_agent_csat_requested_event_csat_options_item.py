# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fin_agent_csat_requested_event_csat_options_item_key import (
    FinAgentCsatRequestedEventCsatOptionsItemKey,
)
from ..types import DecodingIssue, Field, Model, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinAgentCsatRequestedEventCsatOptionsItem(Model):
    """
    Attributes:
        emoji (str): The emoji representing this rating. Example: 🤩.
        key (FinAgentCsatRequestedEventCsatOptionsItemKey): The stable key to send back as 'rating' on POST /fin/csat.
            Example: amazing.
        label (str): The human-readable label for this rating, localised to the conversation's
            detected language. Distinct from 'key' — display the label, but send back
            the key. Example: Amazing.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    emoji: str
    key: FinAgentCsatRequestedEventCsatOptionsItemKey
    label: str
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class FinAgentCsatRequestedEventCsatOptionsItemDict(TypedDict, total=False):
    """:class:`FinAgentCsatRequestedEventCsatOptionsItem` written as a dict literal (JSON field names), e.g. as a request body."""

    emoji: Required[str]
    key: Required[FinAgentCsatRequestedEventCsatOptionsItemKey]
    label: Required[str]


sent_fields(
    FinAgentCsatRequestedEventCsatOptionsItem,
    emoji=Field(check_str, required=True),
    key=Field(check_str, required=True),
    label=Field(check_str, required=True),
)
