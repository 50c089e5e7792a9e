# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, sent_fields

if TYPE_CHECKING:
    from ..models.collect_agent_input_request_attribute_values_item import (
        CollectAgentInputRequestAttributeValuesItem,
        CollectAgentInputRequestAttributeValuesItemDict,
    )


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CollectAgentInputRequest(Model):
    """Request body for submitting human-collected input to a HITL procedure step.

    Attributes:
        attribute_values (list[CollectAgentInputRequestAttributeValuesItem]): Array of attribute values matching the
            attributes_to_collect from the webhook payload. Must include a value for every attribute listed.
        step_id (str): The step_id from the webhook payload, identifying which HITL step this response is for. Example:
            d5b81f72-adb9-4317-b973-75b3c3624c09.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attribute_values: list[CollectAgentInputRequestAttributeValuesItem]
    step_id: str
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CollectAgentInputRequestDict(TypedDict, total=False):
    """:class:`CollectAgentInputRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    attribute_values: Required[Sequence[CollectAgentInputRequestAttributeValuesItemDict]]
    step_id: Required[str]


sent_fields(
    CollectAgentInputRequest,
    attribute_values=Field(list_of(ModelRef(models, "CollectAgentInputRequestAttributeValuesItem")), required=True),
    step_id=Field(check_str, required=True),
)
