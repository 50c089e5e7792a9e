# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

SearchContentContentTypesItem = Literal[
    "article", "external_content", "file_source_content", "internal_article", "snippet"
]
