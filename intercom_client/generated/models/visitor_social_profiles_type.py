# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

VisitorSocialProfilesType = Literal["social_profile.list"]

VISITOR_SOCIAL_PROFILES_TYPE_VALUES: set[VisitorSocialProfilesType] = {
    "social_profile.list",
}


def check_visitor_social_profiles_type(value: str) -> VisitorSocialProfilesType:
    if value in VISITOR_SOCIAL_PROFILES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VISITOR_SOCIAL_PROFILES_TYPE_VALUES!r}")
