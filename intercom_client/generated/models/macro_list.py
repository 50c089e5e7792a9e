# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.macro_list_type import MacroListType
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.macro import Macro
    from ..models.macro_list_pages import MacroListPages


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class MacroList(Model):
    """A paginated list of macros (saved replies) in the workspace.

    Attributes:
        data (list[Macro] | None): The list of macro objects
        pages (MacroListPages | None): Pagination information
        type_ (MacroListType | None): Always list Example: list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[Macro] | None = None
    pages: MacroListPages | None = None
    type_: MacroListType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    MacroList,
    data=list_of(ModelRef(models, "Macro")),
    pages=ModelRef(models, "MacroListPages"),
    type_=Field(check_str, json="type", const="list"),
)
