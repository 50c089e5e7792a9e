# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, received_fields

if TYPE_CHECKING:
    from ..models.conversation_attribute_updated_by_admin_attribute import ConversationAttributeUpdatedByAdminAttribute
    from ..models.conversation_attribute_updated_by_admin_value import ConversationAttributeUpdatedByAdminValue


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationAttributeUpdatedByAdmin(Model):
    """Contains details about Custom Data Attributes (CDAs) that were modified by an admin (operator) for conversation part
    type `conversation_attribute_updated_by_admin`.

    Attributes:
        attribute (ConversationAttributeUpdatedByAdminAttribute | None):
        value (ConversationAttributeUpdatedByAdminValue | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attribute: ConversationAttributeUpdatedByAdminAttribute | None = None
    value: ConversationAttributeUpdatedByAdminValue | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationAttributeUpdatedByAdmin,
    attribute=ModelRef(models, "ConversationAttributeUpdatedByAdminAttribute"),
    value=ModelRef(models, "ConversationAttributeUpdatedByAdminValue"),
)
