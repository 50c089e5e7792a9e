# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

ArticleTranslatedContentType = Literal["article_translated_content"]
