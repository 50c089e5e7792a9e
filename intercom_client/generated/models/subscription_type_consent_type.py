# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SubscriptionTypeConsentType = Literal["opt_in", "opt_out"]

SUBSCRIPTION_TYPE_CONSENT_TYPE_VALUES: set[SubscriptionTypeConsentType] = {
    "opt_in",
    "opt_out",
}


def check_subscription_type_consent_type(value: str) -> SubscriptionTypeConsentType:
    if value in SUBSCRIPTION_TYPE_CONSENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_TYPE_CONSENT_TYPE_VALUES!r}")
