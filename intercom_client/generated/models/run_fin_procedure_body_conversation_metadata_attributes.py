# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, FreeFormModel, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class RunFinProcedureBodyConversationMetadataAttributes(FreeFormModel):
    """A hash of conversation attributes. Limit to 10 attributes.

    Example:
        {'order_id': '98765'}

    Attributes:
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class RunFinProcedureBodyConversationMetadataAttributesDict(TypedDict, total=False):
    """:class:`RunFinProcedureBodyConversationMetadataAttributes` written as a dict literal (JSON field names), e.g. as a request body."""

    pass


sent_fields(
    RunFinProcedureBodyConversationMetadataAttributes,
)
