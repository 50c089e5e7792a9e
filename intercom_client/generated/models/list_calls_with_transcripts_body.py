# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_scalar_list, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ListCallsWithTranscriptsBody(Model):
    """
    Attributes:
        conversation_ids (list[str]): A list of conversation ids to fetch calls for. Maximum 20.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class ListCallsWithTranscriptsBodyDict(TypedDict, total=False):
    """:class:`ListCallsWithTranscriptsBody` written as a dict literal (JSON field names), e.g. as a request body."""

    conversation_ids: Required[Sequence[str]]


sent_fields(
    ListCallsWithTranscriptsBody,
    conversation_ids=Field(check_scalar_list, required=True),
)
