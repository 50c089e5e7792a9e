# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Field, Model, ModelRef, list_of, sent_fields

if TYPE_CHECKING:
    from ..models.fin_agent_csat_requested_event_csat_options_item import (
        FinAgentCsatRequestedEventCsatOptionsItem,
        FinAgentCsatRequestedEventCsatOptionsItemDict,
    )


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinAgentCsatRequestedEventCsat(Model):
    """The rating survey to present to the user.

    Example:
        {'options': [{'emoji': '😃', 'key': 'good', 'label': 'Great'}, {'emoji': '🤩', 'key': 'amazing', 'label':
            'Amazing'}]}

    Attributes:
        options (list[FinAgentCsatRequestedEventCsatOptionsItem]): The ordered rating options to show the user. Example:
            [{'emoji': '😃', 'key': 'good', 'label': 'Great'}, {'emoji': '🤩', 'key': 'amazing', 'label': 'Amazing'}].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    options: list[FinAgentCsatRequestedEventCsatOptionsItem]
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class FinAgentCsatRequestedEventCsatDict(TypedDict, total=False):
    """:class:`FinAgentCsatRequestedEventCsat` written as a dict literal (JSON field names), e.g. as a request body."""

    options: Required[Sequence[FinAgentCsatRequestedEventCsatOptionsItemDict]]


sent_fields(
    FinAgentCsatRequestedEventCsat,
    options=Field(list_of(ModelRef(models, "FinAgentCsatRequestedEventCsatOptionsItem")), required=True),
)
