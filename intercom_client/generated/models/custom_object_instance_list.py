# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, check_str, list_of, sent_fields

if TYPE_CHECKING:
    from ..models.custom_object_instance import CustomObjectInstance, CustomObjectInstanceDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CustomObjectInstanceList(Model):
    """The list of associated custom object instances for a given reference attribute on the parent object.

    Attributes:
        instances (list[CustomObjectInstance] | Unset | None): The list of associated custom object instances for a
            given reference attribute on the parent object.
        type_ (str | Unset | None):  Example: order.list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    instances: list[CustomObjectInstance] | Unset | None = UNSET
    type_: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CustomObjectInstanceListDict(TypedDict, total=False):
    """:class:`CustomObjectInstanceList` written as a dict literal (JSON field names), e.g. as a request body."""

    instances: Sequence[CustomObjectInstanceDict]
    type: str


sent_fields(
    CustomObjectInstanceList,
    instances=list_of(ModelRef(models, "CustomObjectInstance")),
    type_=Field(check_str, json="type"),
)
