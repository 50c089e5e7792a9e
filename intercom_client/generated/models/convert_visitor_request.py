# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.convert_visitor_request_user import ConvertVisitorRequestUser, ConvertVisitorRequestUserDict
    from ..models.convert_visitor_request_visitor import ConvertVisitorRequestVisitor, ConvertVisitorRequestVisitorDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConvertVisitorRequest(Model):
    """You can merge a Visitor to a Contact of role type lead or user.

    Attributes:
        type_ (str): Represents the role of the Contact model. Accepts `lead` or `user`. Example: user.
        user (ConvertVisitorRequestUser): The unique identifiers retained after converting or merging.
        visitor (ConvertVisitorRequestVisitor): The unique identifiers to convert a single Visitor.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    type_: str
    user: ConvertVisitorRequestUser
    visitor: ConvertVisitorRequestVisitor
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class ConvertVisitorRequestDict(TypedDict, total=False):
    """:class:`ConvertVisitorRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    type: Required[str]
    user: Required[ConvertVisitorRequestUserDict]
    visitor: Required[ConvertVisitorRequestVisitorDict]


sent_fields(
    ConvertVisitorRequest,
    type_=Field(check_str, json="type", required=True),
    user=Field(ModelRef(models, "ConvertVisitorRequestUser"), required=True),
    visitor=Field(ModelRef(models, "ConvertVisitorRequestVisitor"), required=True),
)
