# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Model, Unset, check_str, one_of, sent_fields

if TYPE_CHECKING:
    from ..models.attach_contact_to_conversation_request_customer_with_email import (
        AttachContactToConversationRequestCustomerWithEmailDict,
    )
    from ..models.attach_contact_to_conversation_request_customer_with_intercom_user_id import (
        AttachContactToConversationRequestCustomerWithIntercomUserIdDict,
    )
    from ..models.attach_contact_to_conversation_request_customer_with_user_id import (
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


# Imported last, so that models that refer to each other can import each other.
from ..models.attach_contact_to_conversation_request_customer_with_email import (
    AttachContactToConversationRequestCustomerWithEmail,
)
from ..models.attach_contact_to_conversation_request_customer_with_intercom_user_id import (
    AttachContactToConversationRequestCustomerWithIntercomUserId,
)
from ..models.attach_contact_to_conversation_request_customer_with_user_id import (
    AttachContactToConversationRequestCustomerWithUserId,
)

sent_fields(
    AttachContactToConversationRequest,
    admin_id=check_str,
    customer=one_of(
        AttachContactToConversationRequestCustomerWithIntercomUserId.from_dict,
        AttachContactToConversationRequestCustomerWithUserId.from_dict,
        AttachContactToConversationRequestCustomerWithEmail.from_dict,
    ),
)
