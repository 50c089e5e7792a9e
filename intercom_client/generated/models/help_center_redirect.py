# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.help_center_redirect_target_type import (
    HelpCenterRedirectTargetType,
)
from ..models.help_center_redirect_type import HelpCenterRedirectType
from ..types import DecodingIssue, Field, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class HelpCenterRedirect(Model):
    """A redirect maps a source URL (`from_url`) to an article or collection within a
    help center, so that links to old or external URLs resolve to live content.

    Attributes:
        id (str): The unique identifier for the redirect. Example: 26.
        type_ (HelpCenterRedirectType): The type of the object - `help_center_redirect`. Example: help_center_redirect.
        created_at (int | None): The time the redirect was created as a UTC Unix timestamp. Example: 1781619405.
        from_url (str | None): The source URL that is redirected. An absolute URL within the help center's URL space.
            Example: http://help-center.test/lovelyhelpcenter/old-page.
        help_center_id (str | None): The unique identifier for the help center the redirect belongs to. Example: 7.
        locale (str | None): The locale of the redirect's target. For article targets this is the bound translation's
            locale, which may differ from the requested locale if no translation exists in that locale. Example: en.
        target_id (str | None): The unique identifier of the target article or collection. For article targets this is
            the Article ID. Example: 11.
        target_type (HelpCenterRedirectTargetType | None): The type of the redirect target. Example: article.
        updated_at (int | None): The time the redirect was last updated as a UTC Unix timestamp. Example: 1781619405.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: HelpCenterRedirectType
    created_at: int | None = None
    from_url: str | None = None
    help_center_id: str | None = None
    locale: str | None = None
    target_id: str | None = None
    target_type: HelpCenterRedirectTargetType | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    HelpCenterRedirect,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="help_center_redirect"),
    created_at=check_int,
    from_url=check_str,
    help_center_id=check_str,
    locale=check_str,
    target_id=check_str,
    target_type=check_str,
    updated_at=check_int,
)
