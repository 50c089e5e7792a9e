# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContentBulkActionRequestContentIdsItemType = Literal[
    "article", "article_content", "content_snippet", "external_content", "file_source_content", "internal_article"
]

CONTENT_BULK_ACTION_REQUEST_CONTENT_IDS_ITEM_TYPE_VALUES: set[ContentBulkActionRequestContentIdsItemType] = {
    "article",
    "article_content",
    "content_snippet",
    "external_content",
    "file_source_content",
    "internal_article",
}


def check_content_bulk_action_request_content_ids_item_type(value: str) -> ContentBulkActionRequestContentIdsItemType:
    if value in CONTENT_BULK_ACTION_REQUEST_CONTENT_IDS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTENT_BULK_ACTION_REQUEST_CONTENT_IDS_ITEM_TYPE_VALUES!r}"
    )
