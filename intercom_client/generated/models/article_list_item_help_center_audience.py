# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ArticleListItemHelpCenterAudience = Literal[
    "all_leads", "all_users", "all_visitors", "all_visitors_and_leads", "everyone", "restricted"
]

ARTICLE_LIST_ITEM_HELP_CENTER_AUDIENCE_VALUES: set[ArticleListItemHelpCenterAudience] = {
    "all_leads",
    "all_users",
    "all_visitors",
    "all_visitors_and_leads",
    "everyone",
    "restricted",
}


def check_article_list_item_help_center_audience(value: str) -> ArticleListItemHelpCenterAudience:
    if value in ARTICLE_LIST_ITEM_HELP_CENTER_AUDIENCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTICLE_LIST_ITEM_HELP_CENTER_AUDIENCE_VALUES!r}")
