# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SubscriptionTypeState = Literal["archived", "draft", "live"]

SUBSCRIPTION_TYPE_STATE_VALUES: set[SubscriptionTypeState] = {
    "archived",
    "draft",
    "live",
}


def check_subscription_type_state(value: str) -> SubscriptionTypeState:
    if value in SUBSCRIPTION_TYPE_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_TYPE_STATE_VALUES!r}")
