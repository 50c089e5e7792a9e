# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    decode_leniently,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.fin_agent_conversation_metadata_attributes import (
        FinAgentConversationMetadataAttributes,
        FinAgentConversationMetadataAttributesDict,
    )
    from ..models.fin_agent_message import FinAgentMessage, FinAgentMessageDict


def _decode_history(data: Any) -> list[FinAgentMessage]:
    return decode_list(data, FinAgentMessage.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"attributes": UNSET, "history": UNSET, "_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "attributes",
        "history",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinAgentConversationMetadata:
    """Metadata about the conversation, including history and attributes.

    Attributes:
        attributes (FinAgentConversationMetadataAttributes | Unset | None): A hash of attributes associated with the
            conversation.
            These attributes can be used by Fin to provide more contextual responses.
            Limit to 10 attributes. Example: {'department': 'sales', 'priority_level': 'high'}.
        history (list[FinAgentMessage] | Unset | None): An array of previous messages in the conversation before Fin is
            initialized.
            This data provides context to Fin and helps generate a better answer.
            Limit to the last 10 messages.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attributes: FinAgentConversationMetadataAttributes | Unset | None = UNSET
    history: list[FinAgentMessage] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.attributes
        if _v is not UNSET:
            _d["attributes"] = None if _v is None else to_jsonable(_v)
        _v = self.history
        if _v is not UNSET:
            _d["history"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("attributes", "attributes", FinAgentConversationMetadataAttributes.from_dict, False),
            FieldSpec("history", "history", _decode_history, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="FinAgentConversationMetadata"
                )
            _d = dict(_d)
        # The instance's attributes are built as one dict: every field absent (a copy of a dict of
        # that shape is one memory copy), then what came, then only the fields that need work.
        _state: dict[str, Any] = _ABSENT.copy()
        _state.update(_d)
        try:
            if _d.keys() <= _KNOWN_FIELDS:
                _state["additional_properties"] = {}
            else:
                _state["additional_properties"] = _extra = {key: _state.pop(key) for key in _d.keys() - _KNOWN_FIELDS}
                _state.update({key: _ABSENT[key] for key in _extra.keys() & _ABSENT.keys()})
            _v = _state["attributes"]
            if _v is not None and _v is not UNSET:
                _v = FinAgentConversationMetadataAttributes.from_dict(_v)

            _state["attributes"] = _v
            _v = _state["history"]
            if _v is not None and _v is not UNSET:
                _v = _decode_history(_v)

            _state["history"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class FinAgentConversationMetadataDict(TypedDict, total=False):
    """:class:`FinAgentConversationMetadata` written as a dict literal (JSON field names), e.g. as a request body."""

    attributes: FinAgentConversationMetadataAttributes | FinAgentConversationMetadataAttributesDict
    history: list[FinAgentMessage | FinAgentMessageDict]


# Imported last, so that models that refer to each other can import each other.
from ..models.fin_agent_conversation_metadata_attributes import FinAgentConversationMetadataAttributes
from ..models.fin_agent_message import FinAgentMessage
