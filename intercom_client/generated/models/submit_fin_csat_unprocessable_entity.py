# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Model, ModelRef, Unset, sent_fields

if TYPE_CHECKING:
    from ..models.submit_fin_csat_unprocessable_entity_errors import SubmitFinCsatUnprocessableEntityErrors


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SubmitFinCsatUnprocessableEntity(Model):
    """
    Attributes:
        errors (SubmitFinCsatUnprocessableEntityErrors | Unset | None): Validation messages keyed by the field they
            apply to, or `base` for conversation-level failures. Example: {'base': 'The rating window for this conversation
            has closed'}.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    errors: SubmitFinCsatUnprocessableEntityErrors | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class SubmitFinCsatUnprocessableEntityDict(TypedDict, total=False):
    """:class:`SubmitFinCsatUnprocessableEntity` written as a dict literal (JSON field names), e.g. as a request body."""

    errors: Mapping[str, Any]


sent_fields(
    SubmitFinCsatUnprocessableEntity,
    errors=ModelRef(models, "SubmitFinCsatUnprocessableEntityErrors"),
)
