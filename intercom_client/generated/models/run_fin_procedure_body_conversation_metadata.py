# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Model, ModelRef, Unset, sent_fields

if TYPE_CHECKING:
    from ..models.run_fin_procedure_body_conversation_metadata_attributes import (
        RunFinProcedureBodyConversationMetadataAttributes,
    )


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class RunFinProcedureBodyConversationMetadata(Model):
    """Metadata about the conversation. Only attributes are accepted (no history).

    Attributes:
        attributes (RunFinProcedureBodyConversationMetadataAttributes | Unset | None): A hash of conversation
            attributes. Limit to 10 attributes. Example: {'order_id': '98765'}.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attributes: RunFinProcedureBodyConversationMetadataAttributes | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class RunFinProcedureBodyConversationMetadataDict(TypedDict, total=False):
    """:class:`RunFinProcedureBodyConversationMetadata` written as a dict literal (JSON field names), e.g. as a request body."""

    attributes: Mapping[str, Any]


sent_fields(
    RunFinProcedureBodyConversationMetadata,
    attributes=ModelRef(models, "RunFinProcedureBodyConversationMetadataAttributes"),
)
