# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateArticleRequestState = Literal["draft", "published"]

CREATE_ARTICLE_REQUEST_STATE_VALUES: set[CreateArticleRequestState] = {
    "draft",
    "published",
}


def check_create_article_request_state(value: str) -> CreateArticleRequestState:
    if value in CREATE_ARTICLE_REQUEST_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_ARTICLE_REQUEST_STATE_VALUES!r}")
