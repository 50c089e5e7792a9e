# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.conversation_sla_target_missed_current_sla_status import (
    ConversationSlaTargetMissedCurrentSlaStatus,
)
from ..models.conversation_sla_target_missed_sla_target_type import (
    ConversationSlaTargetMissedSlaTargetType,
)
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    check_str,
    decode_leniently,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.conversation_sla_target_missed_sla_states import ConversationSlaTargetMissedSlaStates


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "current_sla_status": None,
    "sla_name": None,
    "sla_states": None,
    "sla_target_type": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "current_sla_status",
        "sla_name",
        "sla_states",
        "sla_target_type",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationSlaTargetMissed:
    """Contains complete status of all SLA targets when a breach occurs for conversation part type
    `conversation_sla_target_missed`.

    Attributes:
        current_sla_status (ConversationSlaTargetMissedCurrentSlaStatus | None): Overall SLA status Example: missed.
        sla_name (str | None): Name of the SLA Example: HandleConversation.
        sla_states (ConversationSlaTargetMissedSlaStates | None): Status of all SLA targets at the time of breach
            Example: {'first_reply_time': {'seconds_remaining': None, 'status': 'missed'}, 'time_to_close':
            {'seconds_remaining': 210, 'status': 'active'}}.
        sla_target_type (ConversationSlaTargetMissedSlaTargetType | None): Which specific target was missed Example:
            first_reply_time.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    current_sla_status: ConversationSlaTargetMissedCurrentSlaStatus | None = None
    sla_name: str | None = None
    sla_states: ConversationSlaTargetMissedSlaStates | None = None
    sla_target_type: ConversationSlaTargetMissedSlaTargetType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.current_sla_status
        if _v is not None:
            _d["current_sla_status"] = _v
        _v = self.sla_name
        if _v is not None:
            _d["sla_name"] = _v
        _v = self.sla_states
        if _v is not None:
            _d["sla_states"] = to_jsonable(_v)
        _v = self.sla_target_type
        if _v is not None:
            _d["sla_target_type"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("current_sla_status", "current_sla_status", check_str, False),
            FieldSpec("sla_name", "sla_name", check_str, False),
            FieldSpec("sla_states", "sla_states", ConversationSlaTargetMissedSlaStates.from_dict, False),
            FieldSpec("sla_target_type", "sla_target_type", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ConversationSlaTargetMissed"
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
            _v = _state["sla_states"]
            if _v is not None and _v.__class__ is not dict:
                _state["sla_states"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.conversation_sla_target_missed_sla_states import ConversationSlaTargetMissedSlaStates

install_lazy_fields(ConversationSlaTargetMissed, ("sla_states",))
