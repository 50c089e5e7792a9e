# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

FinAgentAttachmentType = Literal["file", "url"]

FIN_AGENT_ATTACHMENT_TYPE_VALUES: set[FinAgentAttachmentType] = {
    "file",
    "url",
}


def check_fin_agent_attachment_type(value: str) -> FinAgentAttachmentType:
    if value in FIN_AGENT_ATTACHMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIN_AGENT_ATTACHMENT_TYPE_VALUES!r}")
