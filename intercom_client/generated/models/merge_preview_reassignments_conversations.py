# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_int, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class MergePreviewReassignmentsConversations(Model):
    """Distinct non-ticket conversations, counting both conversations the contact owns and conversations it participates
    in. Tickets are excluded here and reported separately under `tickets`.

    Attributes:
        from_ (int): The number of non-ticket conversations on the lead that would be reassigned to the surviving
            contact. Example: 12.
        into (int): The number of non-ticket conversations the surviving contact already has. Example: 5.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    from_: int
    into: int
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    MergePreviewReassignmentsConversations,
    from_=Field(check_int, json="from", required=True),
    into=Field(check_int, required=True),
)
