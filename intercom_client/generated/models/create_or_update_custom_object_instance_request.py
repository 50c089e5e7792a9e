# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Model, ModelRef, Unset, check_int, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.create_or_update_custom_object_instance_request_custom_attributes import (
        CreateOrUpdateCustomObjectInstanceRequestCustomAttributes,
    )


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateOrUpdateCustomObjectInstanceRequest(Model):
    """Payload to create or update a Custom Object instance

    Attributes:
        custom_attributes (CreateOrUpdateCustomObjectInstanceRequestCustomAttributes | Unset | None):
        external_created_at (int | Unset | None): The time when the Custom Object instance was created in the external
            system it originated from. Example: 1571672154.
        external_id (str | Unset | None): A unique identifier for the Custom Object instance in the external system it
            originated from.
        external_updated_at (int | Unset | None): The time when the Custom Object instance was last updated in the
            external system it originated from. Example: 1571672154.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    custom_attributes: CreateOrUpdateCustomObjectInstanceRequestCustomAttributes | Unset | None = UNSET
    external_created_at: int | Unset | None = UNSET
    external_id: str | Unset | None = UNSET
    external_updated_at: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateOrUpdateCustomObjectInstanceRequestDict(TypedDict, total=False):
    """:class:`CreateOrUpdateCustomObjectInstanceRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    custom_attributes: Mapping[str, Any] | None
    external_created_at: int | None
    external_id: str
    external_updated_at: int | None


sent_fields(
    CreateOrUpdateCustomObjectInstanceRequest,
    custom_attributes=ModelRef(models, "CreateOrUpdateCustomObjectInstanceRequestCustomAttributes"),
    external_created_at=check_int,
    external_id=check_str,
    external_updated_at=check_int,
)
