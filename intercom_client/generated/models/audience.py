# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.audience_type import AudienceType
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.predicate import Predicate


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Audience(Model):
    """An audience represents a group of contacts that can be targeted by Fin.

    Attributes:
        id (str): The unique identifier representing the audience. Example: 123.
        type_ (AudienceType): The type of object. Example: audience.
        created_at (int | None): The time the audience was created as a Unix timestamp. Example: 1717200000.
        name (str | None): The name of the audience. Example: VIP Customers.
        predicates (list[Predicate] | None): The predicates that define which contacts belong to the audience. Example:
            [{'attribute': 'company.name', 'comparison': 'contains', 'type': 'string', 'value': 'Acme'}].
        role_predicates (list[Predicate] | None): Role-based predicates that further filter audience membership by
            contact role. Example: [{'attribute': 'role', 'comparison': 'eq', 'type': 'role', 'value': 'user'}].
        updated_at (int | None): The time the audience was last updated as a Unix timestamp. Example: 1717200000.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: AudienceType
    created_at: int | None = None
    name: str | None = None
    predicates: list[Predicate] | None = None
    role_predicates: list[Predicate] | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    Audience,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="audience"),
    created_at=check_int,
    name=check_str,
    predicates=list_of(ModelRef(models, "Predicate")),
    role_predicates=list_of(ModelRef(models, "Predicate")),
    updated_at=check_int,
)
