# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class PartAttachment(Model):
    """The file attached to a part

    Attributes:
        content_type (str | None): The content type of the attachment Example: image/png.
        filesize (int | None): The size of the attachment Example: 100.
        height (int | None): The height of the attachment Example: 100.
        name (str | None): The name of the attachment Example: example.png.
        type_ (str | None): The type of attachment Example: upload.
        url (str | None): The URL of the attachment Example: https://picsum.photos/200/300.
        width (int | None): The width of the attachment Example: 100.
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
    PartAttachment,
    content_type=check_str,
    filesize=check_int,
    height=check_int,
    name=check_str,
    type_=Field(check_str, json="type"),
    url=check_str,
    width=check_int,
)
