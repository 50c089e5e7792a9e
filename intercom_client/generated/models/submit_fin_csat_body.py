# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submit_fin_csat_body_rating import SubmitFinCsatBodyRating
from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SubmitFinCsatBody(Model):
    """
    Attributes:
        conversation_id (str): Your external conversation ID — the same ID you started the conversation with, and the
            one echoed on the `csat_requested` event. Example: ext-123.
        rating (SubmitFinCsatBodyRating): The rating the user selected — one of the `key` values from the
            `csat_requested` event's options. Example: amazing.
        remark (str | Unset | None): Optional free-text comment the user left alongside the rating. Can be added to an
            already-rated survey, but only once — the rating locks after a remark is recorded. Example: Fin solved my
            problem in seconds..
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str
    rating: SubmitFinCsatBodyRating
    remark: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class SubmitFinCsatBodyDict(TypedDict, total=False):
    """:class:`SubmitFinCsatBody` written as a dict literal (JSON field names), e.g. as a request body."""

    conversation_id: Required[str]
    rating: Required[SubmitFinCsatBodyRating]
    remark: str


sent_fields(
    SubmitFinCsatBody,
    conversation_id=Field(check_str, required=True),
    rating=Field(check_str, required=True),
    remark=check_str,
)
