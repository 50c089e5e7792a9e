# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

ContentBulkActionRequestContentIdsItemType = Literal[
    "article", "article_content", "content_snippet", "external_content", "file_source_content", "internal_article"
]
