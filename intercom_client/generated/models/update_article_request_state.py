# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

UpdateArticleRequestState = Literal["draft", "published"]

UPDATE_ARTICLE_REQUEST_STATE_VALUES: set[UpdateArticleRequestState] = {
    "draft",
    "published",
}


def check_update_article_request_state(value: str) -> UpdateArticleRequestState:
    if value in UPDATE_ARTICLE_REQUEST_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_ARTICLE_REQUEST_STATE_VALUES!r}")
