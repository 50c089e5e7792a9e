# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CallSummary(Model):
    """Contains the id of the call the summary describes, for conversation part type `call_summary`. A conversation can
    contain several calls, and therefore several call summaries, so this identifies which call each summary belongs to.
    The id matches the `id` returned by the Calls API and by the `call.started`, `call.ended`,
    `call.recording_available` and `call.transcription_available` webhook topics.

    Attributes:
        call_id (str | None): The id of the call the summary describes Example: 3822007689.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    call_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    CallSummary,
    call_id=check_str,
)
