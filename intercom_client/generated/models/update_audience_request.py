# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Model, ModelRef, Unset, check_str, list_of, sent_fields

if TYPE_CHECKING:
    from ..models.predicate import Predicate, PredicateDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateAudienceRequest(Model):
    """The request payload for updating an audience. All fields are optional — only provided fields will be updated.

    Attributes:
        name (str | Unset | None): The name of the audience. Example: Enterprise Accounts.
        predicates (list[Predicate] | Unset | None): The predicates that define which contacts belong to the audience.
            Example: [{'attribute': 'custom_attributes.plan', 'comparison': 'eq', 'type': 'string', 'value': 'enterprise'}].
        role_predicates (list[Predicate] | Unset | None): Role-based predicates that further filter audience membership
            by contact role. Example: [{'attribute': 'role', 'comparison': 'eq', 'type': 'role', 'value': 'user'}].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    name: str | Unset | None = UNSET
    predicates: list[Predicate] | Unset | None = UNSET
    role_predicates: list[Predicate] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UpdateAudienceRequestDict(TypedDict, total=False):
    """:class:`UpdateAudienceRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    name: str
    predicates: Sequence[PredicateDict]
    role_predicates: Sequence[PredicateDict]


sent_fields(
    UpdateAudienceRequest,
    name=check_str,
    predicates=list_of(ModelRef(models, "Predicate")),
    role_predicates=list_of(ModelRef(models, "Predicate")),
)
