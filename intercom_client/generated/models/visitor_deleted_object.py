# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visitor_deleted_object_type import VisitorDeletedObjectType
from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class VisitorDeletedObject(Model):
    """Response returned when an object is deleted

    Attributes:
        id (str | Unset | None): The unique identifier for the visitor which is given by Intercom. Example:
            530370b477ad7120001d.
        type_ (VisitorDeletedObjectType | Unset | None): The type of object which was deleted Example: visitor.
        user_id (str | Unset | None): Automatically generated identifier for the Visitor. Example:
            8a88a590-e1c3-41e2-a502-e0649dbf721c.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str | Unset | None = UNSET
    type_: VisitorDeletedObjectType | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class VisitorDeletedObjectDict(TypedDict, total=False):
    """:class:`VisitorDeletedObject` written as a dict literal (JSON field names), e.g. as a request body."""

    id: str
    type: VisitorDeletedObjectType
    user_id: str


sent_fields(
    VisitorDeletedObject,
    id=check_str,
    type_=Field(check_str, json="type", const="visitor"),
    user_id=check_str,
)
