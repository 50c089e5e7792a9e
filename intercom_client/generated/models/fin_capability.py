# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinCapability(Model):
    """
    Attributes:
        id (str): The procedure ID. Present only when `type` is `procedure`. Example: 12345.
        type_ (str): The kind of capability — `procedure` for a runnable procedure, or a static action such as `reply`,
            `ask`, or `escalate`. Example: procedure.
        description (str | None): A human-readable description of the capability. Example: Walk the user through
            resetting their password..
        endpoint (str | None): The endpoint path to call to use this capability. Example: /fin/procedures/12345/run.
        method (str | None): The HTTP method to use. Example: POST.
        name (str | None): The procedure name. Present only when `type` is `procedure`. Example: Reset password.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    description: str | None = None
    endpoint: str | None = None
    method: str | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    FinCapability,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    description=check_str,
    endpoint=check_str,
    method=check_str,
    name=check_str,
)
