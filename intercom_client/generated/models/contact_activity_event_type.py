# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

ContactActivityEventType = Literal[
    "contact.created", "contact.deleted", "contact.merge_failed", "contact.merged", "contact.role_updated"
]
