# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.macro_available_on_item import MacroAvailableOnItem
from ..models.macro_type import MacroType
from ..models.macro_visible_to import MacroVisibleTo
from ..types import (
    DecodingIssue,
    Field,
    Model,
    check_scalar_list,
    check_str,
    parse_datetime,
    received_fields,
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Macro(Model):
    """A macro is a pre-defined response template (saved reply) that can be used to quickly reply to conversations.

    Attributes:
        id (str): The unique identifier for the macro. Example: 123.
        type_ (MacroType): String representing the object's type. Always has the value `macro`. Example: macro.
        available_on (list[MacroAvailableOnItem] | None): Where the macro is available for use. Example: ['inbox',
            'messenger'].
        body (str | None): The body of the macro in HTML format with placeholders transformed to XML-like format.
            Example: ``<p>Hi <attribute key="user.name" default="there"/>, your order is ready!</p>``.
        body_text (str | None): The plain text version of the macro body with original Intercom placeholder format.
            Example: Hi {{user.name|fallback:"there"}}, your order is ready!.
        created_at (datetime.datetime | None): The time the macro was created in ISO 8601 format. Example:
            2025-07-17T11:18:08.000Z.
        name (str | None): The name of the macro. Example: Order Status Update.
        updated_at (datetime.datetime | None): The time the macro was last updated in ISO 8601 format. Example:
            2025-07-17T15:30:24.000Z.
        visible_to (MacroVisibleTo | None): Who can view this macro. Example: everyone.
        visible_to_team_ids (list[str] | None): The team IDs that can view this macro when visible_to is set to
            specific_teams. Example: ['456', '789'].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: MacroType
    available_on: list[MacroAvailableOnItem] | None = None
    body: str | None = None
    body_text: str | None = None
    created_at: datetime.datetime | None = None
    name: str | None = None
    updated_at: datetime.datetime | None = None
    visible_to: MacroVisibleTo | None = None
    visible_to_team_ids: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    Macro,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="macro"),
    available_on=check_scalar_list,
    body=check_str,
    body_text=check_str,
    created_at=parse_datetime,
    name=check_str,
    updated_at=parse_datetime,
    visible_to=check_str,
    visible_to_team_ids=check_scalar_list,
)
