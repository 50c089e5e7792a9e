# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Model, Unset, check_bool, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class RunFinProcedureBodySettings(Model):
    """Optional settings to control Fin's behaviour for this procedure run.

    Attributes:
        email (bool | Unset | None): When `true`, Fin formats its replies as email-style responses. Defaults to `false`
            (chat-style). Default: False. Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    email: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class RunFinProcedureBodySettingsDict(TypedDict, total=False):
    """:class:`RunFinProcedureBodySettings` written as a dict literal (JSON field names), e.g. as a request body."""

    email: bool


sent_fields(
    RunFinProcedureBodySettings,
    email=check_bool,
)
