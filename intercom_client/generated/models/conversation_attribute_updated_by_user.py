# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, received_fields

if TYPE_CHECKING:
    from ..models.conversation_attribute_updated_by_user_attribute import ConversationAttributeUpdatedByUserAttribute
    from ..models.conversation_attribute_updated_by_user_value import ConversationAttributeUpdatedByUserValue


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationAttributeUpdatedByUser(Model):
    """Contains details about Custom Data Attributes (CDAs) that were modified by a user for conversation part type
    `conversation_attribute_updated_by_user`.

    Attributes:
        attribute (ConversationAttributeUpdatedByUserAttribute | None):
        value (ConversationAttributeUpdatedByUserValue | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attribute: ConversationAttributeUpdatedByUserAttribute | None = None
    value: ConversationAttributeUpdatedByUserValue | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationAttributeUpdatedByUser,
    attribute=ModelRef(models, "ConversationAttributeUpdatedByUserAttribute"),
    value=ModelRef(models, "ConversationAttributeUpdatedByUserValue"),
)
