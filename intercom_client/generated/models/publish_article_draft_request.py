# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Model, Unset, check_scalar_list, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class PublishArticleDraftRequest(Model):
    """Optional body for publishing a staged article draft. On a single-language
    workspace the body can be omitted. On a multilingual workspace, `locales`
    is required and lists which locales' drafts to publish.

    Attributes:
        locales (list[str] | Unset | None): The locales whose staged drafts should be published. Required on
            multilingual workspaces; each locale must have a pending draft. Example: ['en', 'fr'].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    locales: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class PublishArticleDraftRequestDict(TypedDict, total=False):
    """:class:`PublishArticleDraftRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    locales: Sequence[str]


sent_fields(
    PublishArticleDraftRequest,
    locales=check_scalar_list,
)
