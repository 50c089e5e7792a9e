# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

ContentBulkActionRequestAction = Literal[
    "delete", "publish", "set_audience", "set_availability", "unpublish", "update_tags"
]
