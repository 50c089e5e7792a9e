# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DecodingIssue,
    Model,
    check_any,
    check_bool,
    check_float,
    check_scalar_list,
    check_str,
    one_of,
    received_fields,
)

if TYPE_CHECKING:
    pass


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TicketCustomAttributes(Model):
    """An object containing the different attributes associated to the ticket as key-value pairs. For the default title and
    description attributes, the keys are `_default_title_` and `_default_description_`.

    Example:
        {'_default_description_': "The button's not working", '_default_title_': 'Found a bug'}

    Attributes:
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    TicketCustomAttributes,
    additional_properties=one_of(check_str, check_any, check_float, check_bool, check_scalar_list),
)
