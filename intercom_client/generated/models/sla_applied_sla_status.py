# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SlaAppliedSlaStatus = Literal["active", "cancelled", "hit", "missed"]

SLA_APPLIED_SLA_STATUS_VALUES: set[SlaAppliedSlaStatus] = {
    "active",
    "cancelled",
    "hit",
    "missed",
}


def check_sla_applied_sla_status(value: str) -> SlaAppliedSlaStatus:
    if value in SLA_APPLIED_SLA_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SLA_APPLIED_SLA_STATUS_VALUES!r}")
