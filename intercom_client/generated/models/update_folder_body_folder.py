# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Model, Unset, check_int, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateFolderBodyFolder(Model):
    """
    Attributes:
        description (str | Unset | None): The description of the folder Example: Updated internal product documentation.
        emoji (str | Unset | None): An emoji for the folder Example: 📖.
        name (str | Unset | None): The name of the folder Example: Updated Product Documentation.
        parent_folder_id (int | Unset | None): The ID of the parent folder
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    description: str | Unset | None = UNSET
    emoji: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    parent_folder_id: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UpdateFolderBodyFolderDict(TypedDict, total=False):
    """:class:`UpdateFolderBodyFolder` written as a dict literal (JSON field names), e.g. as a request body."""

    description: str
    emoji: str
    name: str
    parent_folder_id: int | None


sent_fields(
    UpdateFolderBodyFolder,
    description=check_str,
    emoji=check_str,
    name=check_str,
    parent_folder_id=check_int,
)
