# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

GroupTranslatedContentType = Literal["group_translated_content"]
