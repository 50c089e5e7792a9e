# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_str,
    decode_leniently,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.fin_agent_user_attributes import FinAgentUserAttributes, FinAgentUserAttributesDict


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"id": UNSET, "attributes": UNSET, "email": UNSET, "name": UNSET, "_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "attributes",
        "email",
        "name",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ListFinCapabilitiesBodyUser:
    """
    Attributes:
        id (str): The ID of the user. This value will be used to uniquely identify the user
            during a conversation with Fin. Maps to the user_id field on the Intercom User object. Example: 123456.
        attributes (FinAgentUserAttributes | Unset | None): A hash of attributes associated with the user.
            Attributes can be used by Fin to target content and responses.
            Limit to 10 attributes. Example: {'plan_type': 'Pro', 'subscription_status': 'active'}.
        email (str | Unset | None): The email of the user. Example: john.doe@example.com.
        name (str | Unset | None): The name of the user. Example: John Doe.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    attributes: FinAgentUserAttributes | Unset | None = UNSET
    email: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.attributes
        if _v is not UNSET:
            _d["attributes"] = None if _v is None else to_jsonable(_v)
        _v = self.email
        if _v is not UNSET:
            _d["email"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("attributes", "attributes", FinAgentUserAttributes.from_dict, False),
            FieldSpec("email", "email", check_str, False),
            FieldSpec("name", "name", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ListFinCapabilitiesBodyUser"
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
            if "id" not in _d:
                raise KeyError("id")
            if _state["id"] is None:
                raise WrongType("a value", None)
            _v = _state["attributes"]
            if _v is not None and _v is not UNSET:
                _v = FinAgentUserAttributes.from_dict(_v)

            _state["attributes"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class ListFinCapabilitiesBodyUserDict(TypedDict, total=False):
    """:class:`ListFinCapabilitiesBodyUser` written as a dict literal (JSON field names), e.g. as a request body."""

    id: Required[str]
    attributes: FinAgentUserAttributes | FinAgentUserAttributesDict
    email: str
    name: str


# Imported last, so that models that refer to each other can import each other.
from ..models.fin_agent_user_attributes import FinAgentUserAttributes
