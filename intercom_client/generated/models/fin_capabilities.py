# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.fin_capability import FinCapability


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinCapabilities(Model):
    """
    Attributes:
        capabilities (list[FinCapability] | None): The list of capabilities available to this user.
        version (str | None): The API version the capabilities document was generated for. Example: Preview.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    capabilities: list[FinCapability] | None = None
    version: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    FinCapabilities,
    capabilities=list_of(ModelRef(models, "FinCapability")),
    version=check_str,
)
