# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SalesAgentOutcome = Literal["disqualified", "escalated_to_support", "product_discovery", "qualified", "spam"]

SALES_AGENT_OUTCOME_VALUES: set[SalesAgentOutcome] = {
    "disqualified",
    "escalated_to_support",
    "product_discovery",
    "qualified",
    "spam",
}


def check_sales_agent_outcome(value: str) -> SalesAgentOutcome:
    if value in SALES_AGENT_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SALES_AGENT_OUTCOME_VALUES!r}")
