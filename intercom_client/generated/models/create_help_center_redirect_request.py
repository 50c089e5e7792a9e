# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_help_center_redirect_request_target_type import (
    CreateHelpCenterRedirectRequestTargetType,
)
from ..types import DecodingIssue, Field, Model, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateHelpCenterRedirectRequest(Model):
    """You can create a help center redirect.

    Attributes:
        from_url (str): The source URL to redirect. Must be an absolute URL within the help center's URL space. Example:
            http://help-center.test/lovelyhelpcenter/old-page.
        locale (str): The locale of the target translation (e.g. `en`, `fr`). For article targets this selects the
            ArticleContent variant. Example: en.
        target_id (str): The unique identifier of the target article or collection. The target must be a member of the
            help center. Example: 11.
        target_type (CreateHelpCenterRedirectRequestTargetType): The type of the redirect target. Example: article.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    from_url: str
    locale: str
    target_id: str
    target_type: CreateHelpCenterRedirectRequestTargetType
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateHelpCenterRedirectRequestDict(TypedDict, total=False):
    """:class:`CreateHelpCenterRedirectRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    from_url: Required[str]
    locale: Required[str]
    target_id: Required[str]
    target_type: Required[CreateHelpCenterRedirectRequestTargetType]


sent_fields(
    CreateHelpCenterRedirectRequest,
    from_url=Field(check_str, required=True),
    locale=Field(check_str, required=True),
    target_id=Field(check_str, required=True),
    target_type=Field(check_str, required=True),
)
