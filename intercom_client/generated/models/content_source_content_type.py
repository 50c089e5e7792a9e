# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

ContentSourceContentType = Literal[
    "article", "content_snippet", "external_content", "file", "workflow_connector_action"
]
