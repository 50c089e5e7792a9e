# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

ArticleListItemHelpCenterAudience = Literal[
    "all_leads", "all_users", "all_visitors", "all_visitors_and_leads", "everyone", "restricted"
]
