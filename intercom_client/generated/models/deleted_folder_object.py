# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deleted_folder_object_object import DeletedFolderObjectObject
from ..types import DecodingIssue, Field, Model, check_bool, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DeletedFolderObject(Model):
    """Response returned when a folder is deleted

    Attributes:
        deleted (bool | None): Whether the folder was successfully deleted. Example: True.
        id (int | None): The unique identifier for the deleted folder Example: 6.
        object_ (DeletedFolderObjectObject | None): The type of object - `folder`. Example: folder.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    deleted: bool | None = None
    id: int | None = None
    object_: DeletedFolderObjectObject | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    DeletedFolderObject,
    deleted=check_bool,
    id=check_int,
    object_=Field(check_str, json="object", const="folder"),
)
