# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

TeamListType = Literal["team.list"]

TEAM_LIST_TYPE_VALUES: set[TeamListType] = {
    "team.list",
}


def check_team_list_type(value: str) -> TeamListType:
    if value in TEAM_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEAM_LIST_TYPE_VALUES!r}")
