# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ArticleVersionState = Literal["draft", "published"]

ARTICLE_VERSION_STATE_VALUES: set[ArticleVersionState] = {
    "draft",
    "published",
}


def check_article_version_state(value: str) -> ArticleVersionState:
    if value in ARTICLE_VERSION_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTICLE_VERSION_STATE_VALUES!r}")
