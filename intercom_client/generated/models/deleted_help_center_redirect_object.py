# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deleted_help_center_redirect_object_object import (
    DeletedHelpCenterRedirectObjectObject,
)
from ..types import DecodingIssue, Field, Model, check_bool, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DeletedHelpCenterRedirectObject(Model):
    """Response returned when a redirect is deleted.

    Attributes:
        deleted (bool | None): Whether the redirect was deleted successfully or not. Example: True.
        id (str | None): The unique identifier for the redirect which you provided in the URL. Example: 26.
        object_ (DeletedHelpCenterRedirectObjectObject | None): The type of object which was deleted. -
            `help_center_redirect` Example: help_center_redirect.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    deleted: bool | None = None
    id: str | None = None
    object_: DeletedHelpCenterRedirectObjectObject | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    DeletedHelpCenterRedirectObject,
    deleted=check_bool,
    id=check_str,
    object_=Field(check_str, json="object", const="help_center_redirect"),
)
