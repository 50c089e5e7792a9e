# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FileAttribute(Model):
    """The value describing a file upload set for a custom attribute

    Attributes:
        content_type (str | None): The type of file Example: image/png.
        filesize (int | None): The size of the file in bytes Example: 11308309.
        height (int | None): The height of the file in pixels, if applicable Example: 1964.
        name (str | None): The name of the file Example: Screenshot.png.
        type_ (str | None):  Example: upload.
        url (str | None): The url of the file. This is a temporary URL and will expire after 30 minutes. Example:
            https://intercom-attachments-1.com/.../Screenshot.png.
        width (int | None): The width of the file in pixels, if applicable Example: 3024.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    content_type: str | None = None
    filesize: int | None = None
    height: int | None = None
    name: str | None = None
    type_: str | None = None
    url: str | None = None
    width: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    FileAttribute,
    content_type=check_str,
    filesize=check_int,
    height=check_int,
    name=check_str,
    type_=Field(check_str, json="type"),
    url=check_str,
    width=check_int,
)
