# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AttachTagToArticleBody(Model):
    """
    Attributes:
        id (str): The unique identifier of the tag to apply, as given by Intercom. Example: 7522907.
        admin_id (str | Unset | None): Optional id of the teammate to attribute the tagging to. Defaults to the
            authenticating teammate. Does not affect authorization. Example: 1234.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    admin_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class AttachTagToArticleBodyDict(TypedDict, total=False):
    """:class:`AttachTagToArticleBody` written as a dict literal (JSON field names), e.g. as a request body."""

    id: Required[str]
    admin_id: str | None


sent_fields(
    AttachTagToArticleBody,
    id=Field(check_str, required=True),
    admin_id=check_str,
)
