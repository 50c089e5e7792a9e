# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.conversation_attribute_base_type import (
    ConversationAttributeBaseType,
)
from ..models.conversation_attribute_list_type_data_type import (
    ConversationAttributeListTypeDataType,
)
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    list_of,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.conversation_attribute_option import ConversationAttributeOption


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationAttributeListType(Model):
    """
    Attributes:
        id (int): The unique identifier for the conversation attribute. Example: 8.
        type_ (ConversationAttributeBaseType): Value is `conversation_attribute`. Example: conversation_attribute.
        admin_id (str | None): ID of the admin who created the attribute. Example: 16.
        archived (bool | None): Whether this attribute is archived. Example: False.
        created_at (int | None): The time the attribute was created as a UTC Unix timestamp. Example: 1778239701.
        data_type (ConversationAttributeListTypeDataType | None): The data type of the attribute. Allowed types: string,
            integer, list, decimal, boolean, datetime, relationship, files. Example: string.
        description (str | None): Readable description of the attribute. Example: Created via API test.
        name (str | None): Name of the attribute. Example: api_test_attr.
        required (bool | None): Whether this attribute is required. Example: False.
        updated_at (int | None): The time the attribute was last updated as a UTC Unix timestamp. Example: 1778239701.
        visible_to_team_ids (list[str] | None): Team IDs that can see this attribute. Empty array means all teams.
            Example: [].
        options (list[ConversationAttributeOption] | None): Predefined options for this attribute. Each option has a
            unique UUID used to identify it in the options management endpoints.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: int
    type_: ConversationAttributeBaseType
    admin_id: str | None = None
    archived: bool | None = None
    created_at: int | None = None
    data_type: ConversationAttributeListTypeDataType | None = None
    description: str | None = None
    name: str | None = None
    required: bool | None = None
    updated_at: int | None = None
    visible_to_team_ids: list[str] | None = None
    options: list[ConversationAttributeOption] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationAttributeListType,
    id=Field(check_int, required=True),
    type_=Field(check_str, json="type", required=True, const="conversation_attribute"),
    admin_id=check_str,
    archived=check_bool,
    created_at=check_int,
    data_type=Field(check_str, const="list"),
    description=check_str,
    name=check_str,
    required=check_bool,
    updated_at=check_int,
    visible_to_team_ids=check_scalar_list,
    options=list_of(ModelRef(models, "ConversationAttributeOption")),
)
