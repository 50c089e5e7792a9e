# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.fin_agent_user_attributes import FinAgentUserAttributes


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class EscalateFinConversationBodyUser(Model):
    """
    Attributes:
        id (str): The ID of the user. This value will be used to uniquely identify the user
            during a conversation with Fin. Maps to the user_id field on the Intercom User object. Example: 123456.
        attributes (FinAgentUserAttributes | Unset | None): A hash of attributes associated with the user.
            Attributes can be used by Fin to target content and responses.
            Limit to 10 attributes. Example: {'plan_type': 'Pro', 'subscription_status': 'active'}.
        email (str | Unset | None): The email of the user. Example: john.doe@example.com.
        name (str | Unset | None): The name of the user. Example: John Doe.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    attributes: FinAgentUserAttributes | Unset | None = UNSET
    email: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class EscalateFinConversationBodyUserDict(TypedDict, total=False):
    """:class:`EscalateFinConversationBodyUser` written as a dict literal (JSON field names), e.g. as a request body."""

    id: Required[str]
    attributes: Mapping[str, Any]
    email: str
    name: str


sent_fields(
    EscalateFinConversationBodyUser,
    id=Field(check_str, required=True),
    attributes=ModelRef(models, "FinAgentUserAttributes"),
    email=check_str,
    name=check_str,
)
