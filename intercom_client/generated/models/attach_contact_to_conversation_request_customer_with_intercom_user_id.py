# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, check_str, one_of, sent_fields

if TYPE_CHECKING:
    from ..models.customer_request_email import CustomerRequestEmail, CustomerRequestEmailDict
    from ..models.customer_request_intercom_user_id import (
        CustomerRequestIntercomUserId,
        CustomerRequestIntercomUserIdDict,
    )
    from ..models.customer_request_user_id import CustomerRequestUserId, CustomerRequestUserIdDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AttachContactToConversationRequestCustomerWithIntercomUserId(Model):
    """
    Attributes:
        intercom_user_id (str): The identifier for the contact as given by Intercom. Example: 6329bd9ffe4e2e91dac76188.
        customer (CustomerRequestIntercomUserId | CustomerRequestUserId | CustomerRequestEmail | Unset | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    intercom_user_id: str
    customer: CustomerRequestIntercomUserId | CustomerRequestUserId | CustomerRequestEmail | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class AttachContactToConversationRequestCustomerWithIntercomUserIdDict(TypedDict, total=False):
    """:class:`AttachContactToConversationRequestCustomerWithIntercomUserId` written as a dict literal (JSON field names), e.g. as a request body."""

    intercom_user_id: Required[str]
    customer: CustomerRequestIntercomUserIdDict | CustomerRequestUserIdDict | CustomerRequestEmailDict | None


sent_fields(
    AttachContactToConversationRequestCustomerWithIntercomUserId,
    intercom_user_id=Field(check_str, required=True),
    customer=one_of(
        ModelRef(models, "CustomerRequestIntercomUserId"),
        ModelRef(models, "CustomerRequestUserId"),
        ModelRef(models, "CustomerRequestEmail"),
    ),
)
