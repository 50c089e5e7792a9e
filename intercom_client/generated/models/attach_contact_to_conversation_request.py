# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Model, ModelRef, Unset, check_str, one_of, sent_fields

if TYPE_CHECKING:
    from ..models.attach_contact_to_conversation_request_customer_with_email import (
        AttachContactToConversationRequestCustomerWithEmail,
        AttachContactToConversationRequestCustomerWithEmailDict,
    )
    from ..models.attach_contact_to_conversation_request_customer_with_intercom_user_id import (
        AttachContactToConversationRequestCustomerWithIntercomUserId,
        AttachContactToConversationRequestCustomerWithIntercomUserIdDict,
    )
    from ..models.attach_contact_to_conversation_request_customer_with_user_id import (
        AttachContactToConversationRequestCustomerWithUserId,
        AttachContactToConversationRequestCustomerWithUserIdDict,
    )


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AttachContactToConversationRequest(Model):
    """Payload of the request to assign a conversation

    Attributes:
        admin_id (str | Unset | None): The `id` of the admin who is adding the new participant. Example: 12345.
        customer (AttachContactToConversationRequestCustomerWithEmail |
            AttachContactToConversationRequestCustomerWithIntercomUserId |
            AttachContactToConversationRequestCustomerWithUserId | Unset | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: str | Unset | None = UNSET
    customer: (
        AttachContactToConversationRequestCustomerWithEmail
        | AttachContactToConversationRequestCustomerWithIntercomUserId
        | AttachContactToConversationRequestCustomerWithUserId
        | Unset
        | None
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class AttachContactToConversationRequestDict(TypedDict, total=False):
    """:class:`AttachContactToConversationRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    admin_id: str
    customer: (
        AttachContactToConversationRequestCustomerWithIntercomUserIdDict
        | AttachContactToConversationRequestCustomerWithUserIdDict
        | AttachContactToConversationRequestCustomerWithEmailDict
    )


sent_fields(
    AttachContactToConversationRequest,
    admin_id=check_str,
    customer=one_of(
        ModelRef(models, "AttachContactToConversationRequestCustomerWithIntercomUserId"),
        ModelRef(models, "AttachContactToConversationRequestCustomerWithUserId"),
        ModelRef(models, "AttachContactToConversationRequestCustomerWithEmail"),
    ),
)
