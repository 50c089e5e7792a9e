# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SubscriptionTypeListType = Literal["list"]

SUBSCRIPTION_TYPE_LIST_TYPE_VALUES: set[SubscriptionTypeListType] = {
    "list",
}


def check_subscription_type_list_type(value: str) -> SubscriptionTypeListType:
    if value in SUBSCRIPTION_TYPE_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_TYPE_LIST_TYPE_VALUES!r}")
