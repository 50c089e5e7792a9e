# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Folder(Model):
    """A folder for organizing content

    Attributes:
        content_count (int | None): The number of content items in this folder Example: 5.
        created_at (int | None): The time when the folder was created (seconds) Example: 1672928359.
        description (str | None): The description of the folder Example: Internal product documentation.
        emoji (str | None): An emoji associated with the folder Example: 📚.
        id (int | None): The unique identifier for the folder Example: 6.
        name (str | None): The name of the folder Example: Product Documentation.
        parent_folder_id (int | None): The ID of the parent folder, or null if this is a root folder
        updated_at (int | None): The time when the folder was last updated (seconds) Example: 1672928610.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    content_count: int | None = None
    created_at: int | None = None
    description: str | None = None
    emoji: str | None = None
    id: int | None = None
    name: str | None = None
    parent_folder_id: int | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    Folder,
    content_count=check_int,
    created_at=check_int,
    description=check_str,
    emoji=check_str,
    id=check_int,
    name=check_str,
    parent_folder_id=check_int,
    updated_at=check_int,
)
