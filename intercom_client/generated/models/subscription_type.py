# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.subscription_type_consent_type import SubscriptionTypeConsentType
from ..models.subscription_type_content_types_item import (
    SubscriptionTypeContentTypesItem,
)
from ..models.subscription_type_state import SubscriptionTypeState
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_scalar_list,
    check_str,
    list_of,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.translation import Translation


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SubscriptionType(Model):
    """A subscription type lets customers easily opt out of non-essential communications without missing what's important
    to them.

    Attributes:
        id (str): The unique identifier representing the subscription type. Example: 123456.
        type_ (str): The type of the object - subscription Example: subscription.
        consent_type (SubscriptionTypeConsentType | None): Describes the type of consent. Example: opt_in.
        content_types (list[SubscriptionTypeContentTypesItem] | None): The message types that this subscription supports
            - can contain `email` or `sms_message`.
        default_translation (Translation | None): A translation object contains the localised details of a subscription
            type.
        state (SubscriptionTypeState | None): The state of the subscription type. Example: live.
        translations (list[Translation] | None): An array of translations objects with the localised version of the
            subscription type in each available locale within your translation settings.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    consent_type: SubscriptionTypeConsentType | None = None
    content_types: list[SubscriptionTypeContentTypesItem] | None = None
    default_translation: Translation | None = None
    state: SubscriptionTypeState | None = None
    translations: list[Translation] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    SubscriptionType,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    consent_type=check_str,
    content_types=check_scalar_list,
    default_translation=ModelRef(models, "Translation"),
    state=check_str,
    translations=list_of(ModelRef(models, "Translation")),
)
