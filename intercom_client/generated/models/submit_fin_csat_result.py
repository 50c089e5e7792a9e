# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submit_fin_csat_result_rating import SubmitFinCsatResultRating
from ..models.submit_fin_csat_result_status import SubmitFinCsatResultStatus
from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SubmitFinCsatResult(Model):
    """
    Attributes:
        conversation_id (str | None): The external ID of the rated conversation. Example: ext-123.
        rating (SubmitFinCsatResultRating | None): The rating now recorded on the conversation. Example: amazing.
        status (SubmitFinCsatResultStatus | None): The result of the submission. Example: rated.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str | None = None
    rating: SubmitFinCsatResultRating | None = None
    status: SubmitFinCsatResultStatus | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    SubmitFinCsatResult,
    conversation_id=check_str,
    rating=check_str,
    status=Field(check_str, const="rated"),
)
