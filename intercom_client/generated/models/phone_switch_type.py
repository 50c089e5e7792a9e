# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

PhoneSwitchType = Literal["phone_call_redirect"]

PHONE_SWITCH_TYPE_VALUES: set[PhoneSwitchType] = {
    "phone_call_redirect",
}


def check_phone_switch_type(value: str) -> PhoneSwitchType:
    if value in PHONE_SWITCH_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHONE_SWITCH_TYPE_VALUES!r}")
