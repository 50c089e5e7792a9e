# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SubscriptionTypeContentTypesItem = Literal["email", "sms_message"]

SUBSCRIPTION_TYPE_CONTENT_TYPES_ITEM_VALUES: set[SubscriptionTypeContentTypesItem] = {
    "email",
    "sms_message",
}


def check_subscription_type_content_types_item(value: str) -> SubscriptionTypeContentTypesItem:
    if value in SUBSCRIPTION_TYPE_CONTENT_TYPES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_TYPE_CONTENT_TYPES_ITEM_VALUES!r}")
