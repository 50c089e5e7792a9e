# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_any, check_bool, check_float, check_str, one_of, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TicketRequestCustomAttributes(Model):
    """The attributes set on the ticket. When setting the default title and description attributes, the attribute keys that
    should be used are `_default_title_` and `_default_description_`. When setting ticket type attributes of the list
    attribute type, the key should be the attribute name and the value of the attribute should be the list item id,
    obtainable by [listing the ticket type](ref:get_ticket-types). For example, if the ticket type has an attribute
    called `priority` of type `list`, the key should be `priority` and the value of the attribute should be the guid of
    the list item (e.g. `de1825a0-0164-4070-8ca6-13e22462fa7e`).

    Example:
        {'_default_description_': 'The button is not working', '_default_title_': 'Found a bug'}

    Attributes:
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class TicketRequestCustomAttributesDict(TypedDict, total=False):
    """:class:`TicketRequestCustomAttributes` written as a dict literal (JSON field names), e.g. as a request body."""

    pass


sent_fields(
    TicketRequestCustomAttributes,
    additional_properties=one_of(check_str, check_any, check_float, check_bool),
)
