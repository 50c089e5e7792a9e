# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AiSubtopic(Model):
    """An AI-generated subtopic under a topic.

    Attributes:
        id (int): The ID of the subtopic. Example: 42.
        type_ (str): Always ai_subtopic. Example: ai_subtopic.
        name (str | None): The name of the subtopic. Example: Payment Issues.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: int
    type_: str
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    AiSubtopic,
    id=Field(check_int, required=True),
    type_=Field(check_str, json="type", required=True),
    name=check_str,
)
