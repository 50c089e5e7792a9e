# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DecodingIssue,
    Model,
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    received_fields,
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class HelpCenter(Model):
    """Help Centers contain collections

    Attributes:
        created_at (int | None): The time when the Help Center was created. Example: 1672928359.
        custom_domain (str | None): Custom domain configured for the help center Example: help.mycompany.com.
        default (bool | None): Whether this help center is the default for the workspace. Example: False.
        display_name (str | None): The display name of the Help Center only seen by teammates. Example: Intercom Help
            Center.
        id (str | None): The unique identifier for the Help Center which is given by Intercom. Example: 123.
        identifier (str | None): The identifier of the Help Center. This is used in the URL of the Help Center. Example:
            intercom.
        locales (list[str] | None): The locales in which the help center is available. Example: ['en', 'fr'].
        updated_at (int | None): The time when the Help Center was last updated. Example: 1672928610.
        url (str | None): The URL for the help center, if you have a custom domain then this will show the URL using the
            custom domain. Example: https://help.mycompany.com.
        website_turned_on (bool | None): Whether the Help Center is turned on or not. This is controlled in your Help
            Center settings. Example: True.
        workspace_id (str | None): The id of the workspace which the Help Center belongs to. Example: hfi1bx4l.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int | None = None
    custom_domain: str | None = None
    default: bool | None = None
    display_name: str | None = None
    id: str | None = None
    identifier: str | None = None
    locales: list[str] | None = None
    updated_at: int | None = None
    url: str | None = None
    website_turned_on: bool | None = None
    workspace_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    HelpCenter,
    created_at=check_int,
    custom_domain=check_str,
    default=check_bool,
    display_name=check_str,
    id=check_str,
    identifier=check_str,
    locales=check_scalar_list,
    updated_at=check_int,
    url=check_str,
    website_turned_on=check_bool,
    workspace_id=check_str,
)
