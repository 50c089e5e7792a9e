# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

SubscriptionTypeConsentType = Literal["opt_in", "opt_out"]
