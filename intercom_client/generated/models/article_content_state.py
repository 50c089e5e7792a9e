# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ArticleContentState = Literal["draft", "published"]

ARTICLE_CONTENT_STATE_VALUES: set[ArticleContentState] = {
    "draft",
    "published",
}


def check_article_content_state(value: str) -> ArticleContentState:
    if value in ARTICLE_CONTENT_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTICLE_CONTENT_STATE_VALUES!r}")
