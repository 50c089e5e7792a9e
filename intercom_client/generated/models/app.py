# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_bool, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class App(Model):
    """App is a workspace on Intercom

    Attributes:
        created_at (int | None): When the app was created. Example: 1671465577.
        id_code (str | None): The id of the app. Example: xyz789.
        identity_verification (bool | None): Whether or not the app uses identity verification. Example: False.
        name (str | None): The name of the app. Example: ACME.
        region (str | None): The Intercom region the app is located in. Example: US.
        timezone (str | None): The timezone of the region where the app is located. Example: America/Los_Angeles.
        type_ (str | None):  Default: 'app'. Example: app.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int | None = None
    id_code: str | None = None
    identity_verification: bool | None = None
    name: str | None = None
    region: str | None = None
    timezone: str | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    App,
    created_at=check_int,
    id_code=check_str,
    identity_verification=check_bool,
    name=check_str,
    region=check_str,
    timezone=check_str,
    type_=Field(check_str, json="type"),
)
