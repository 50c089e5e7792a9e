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
    WrongType,
    check_str,
    decode_leniently,
    decode_variant,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.attach_contact_to_conversation_request_customer_with_email import (
        AttachContactToConversationRequestCustomerWithEmail,
        AttachContactToConversationRequestCustomerWithEmailDict,
    )
    from ..models.attach_contact_to_conversation_request_customer_with_intercom_user_id import (
        AttachContactToConversationRequestCustomerWithIntercomUserId,
        AttachContactToConversationRequestCustomerWithIntercomUserIdDict,
    )
    from ..models.attach_contact_to_conversation_request_customer_with_user_id import (
        AttachContactToConversationRequestCustomerWithUserId,
        AttachContactToConversationRequestCustomerWithUserIdDict,
    )


def _decode_customer(data: Any) -> Any:
    if data.__class__ is dict:
        try:
            return decode_variant(
                data,
                (
                    AttachContactToConversationRequestCustomerWithIntercomUserId,
                    AttachContactToConversationRequestCustomerWithUserId,
                    AttachContactToConversationRequestCustomerWithEmail,
                ),
            )
        except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        return AttachContactToConversationRequestCustomerWithIntercomUserId.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return AttachContactToConversationRequestCustomerWithUserId.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return AttachContactToConversationRequestCustomerWithEmail.from_dict(data)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"admin_id": UNSET, "customer": UNSET, "_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "admin_id",
        "customer",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AttachContactToConversationRequest:
    """Payload of the request to assign a conversation

    Attributes:
        admin_id (str | Unset | None): The `id` of the admin who is adding the new participant. Example: 12345.
        customer (AttachContactToConversationRequestCustomerWithEmail |
            AttachContactToConversationRequestCustomerWithIntercomUserId |
            AttachContactToConversationRequestCustomerWithUserId | Unset | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: str | Unset | None = UNSET
    customer: (
        AttachContactToConversationRequestCustomerWithEmail
        | AttachContactToConversationRequestCustomerWithIntercomUserId
        | AttachContactToConversationRequestCustomerWithUserId
        | Unset
        | None
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.admin_id
        if _v is not UNSET:
            _d["admin_id"] = _v
        _v = self.customer
        if _v is not UNSET:
            _d["customer"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("admin_id", "admin_id", check_str, False),
            FieldSpec("customer", "customer", _decode_customer, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="AttachContactToConversationRequest"
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
            _v = _state["customer"]
            if _v is not None and _v is not UNSET:
                _v = _decode_customer(_v)

            _state["customer"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class AttachContactToConversationRequestDict(TypedDict, total=False):
    """:class:`AttachContactToConversationRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    admin_id: str
    customer: (
        AttachContactToConversationRequestCustomerWithIntercomUserId
        | AttachContactToConversationRequestCustomerWithIntercomUserIdDict
        | AttachContactToConversationRequestCustomerWithUserId
        | AttachContactToConversationRequestCustomerWithUserIdDict
        | AttachContactToConversationRequestCustomerWithEmail
        | AttachContactToConversationRequestCustomerWithEmailDict
    )


# Imported last, so that models that refer to each other can import each other.
from ..models.attach_contact_to_conversation_request_customer_with_email import (
    AttachContactToConversationRequestCustomerWithEmail,
)
from ..models.attach_contact_to_conversation_request_customer_with_intercom_user_id import (
    AttachContactToConversationRequestCustomerWithIntercomUserId,
)
from ..models.attach_contact_to_conversation_request_customer_with_user_id import (
    AttachContactToConversationRequestCustomerWithUserId,
)
