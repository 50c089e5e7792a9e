# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ArticleTranslatedContentTypeType3Type1 = Literal["article_translated_content"]
