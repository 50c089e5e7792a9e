# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Model, ModelRef, Unset, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.update_visitor_request_custom_attributes import UpdateVisitorRequestCustomAttributes


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateVisitorRequest(Model):
    """Update an existing visitor.

    Attributes:
        custom_attributes (UpdateVisitorRequestCustomAttributes | Unset | None): The custom attributes which are set for
            the visitor. Example: {'monthly_spend': 155.5, 'paid_subscriber': True, 'team_mates': 9}.
        id (str | Unset | None): A unique identified for the visitor which is given by Intercom. Example: 8a88a590-e.
        name (str | Unset | None): The visitor's name. Example: Christian Bale.
        user_id (str | Unset | None): A unique identified for the visitor which is given by you. Example: 123.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    custom_attributes: UpdateVisitorRequestCustomAttributes | Unset | None = UNSET
    id: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UpdateVisitorRequestDict(TypedDict, total=False):
    """:class:`UpdateVisitorRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    custom_attributes: Mapping[str, Any]
    id: str
    name: str
    user_id: str


sent_fields(
    UpdateVisitorRequest,
    custom_attributes=ModelRef(models, "UpdateVisitorRequestCustomAttributes"),
    id=check_str,
    name=check_str,
    user_id=check_str,
)
