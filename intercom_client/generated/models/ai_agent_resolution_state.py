# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

AiAgentResolutionState = Literal[
    "abandoned",
    "assumed_resolution",
    "confirmed_resolution",
    "escalated",
    "negative_feedback",
    "procedure_handoff",
    "routed_to_team",
]
