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
    decode_variant,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.customer_request_email import CustomerRequestEmail, CustomerRequestEmailDict
    from ..models.customer_request_intercom_user_id import (
        CustomerRequestIntercomUserId,
        CustomerRequestIntercomUserIdDict,
    )
    from ..models.customer_request_user_id import CustomerRequestUserId, CustomerRequestUserIdDict


def _decode_customer(data: Any) -> Any:
    if data.__class__ is dict:
        try:
            return decode_variant(
                data,
                (
                    CustomerRequestIntercomUserId,
                    CustomerRequestUserId,
                    CustomerRequestEmail,
                ),
            )
        except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        return CustomerRequestIntercomUserId.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return CustomerRequestUserId.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return CustomerRequestEmail.from_dict(data)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"intercom_user_id": UNSET, "customer": UNSET, "_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "intercom_user_id",
        "customer",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AttachContactToConversationRequestCustomerWithIntercomUserId:
    """
    Attributes:
        intercom_user_id (str): The identifier for the contact as given by Intercom. Example: 6329bd9ffe4e2e91dac76188.
        customer (CustomerRequestIntercomUserId | CustomerRequestUserId | CustomerRequestEmail | Unset | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    intercom_user_id: str
    customer: CustomerRequestIntercomUserId | CustomerRequestUserId | CustomerRequestEmail | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.intercom_user_id
        if _v is not UNSET:
            _d["intercom_user_id"] = _v
        _v = self.customer
        if _v is not UNSET:
            _d["customer"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("intercom_user_id", "intercom_user_id", check_str, True),
            FieldSpec("customer", "customer", _decode_customer, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}",
                    model="AttachContactToConversationRequestCustomerWithIntercomUserId",
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
            if "intercom_user_id" not in _d:
                raise KeyError("intercom_user_id")
            if _state["intercom_user_id"] is None:
                raise WrongType("a value", None)
            _v = _state["customer"]
            if _v is not None and _v is not UNSET:
                _v = _decode_customer(_v)

            _state["customer"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class AttachContactToConversationRequestCustomerWithIntercomUserIdDict(TypedDict, total=False):
    """:class:`AttachContactToConversationRequestCustomerWithIntercomUserId` written as a dict literal (JSON field names), e.g. as a request body."""

    intercom_user_id: Required[str]
    customer: (
        CustomerRequestIntercomUserId
        | CustomerRequestIntercomUserIdDict
        | CustomerRequestUserId
        | CustomerRequestUserIdDict
        | CustomerRequestEmail
        | CustomerRequestEmailDict
        | None
    )


# Imported last, so that models that refer to each other can import each other.
from ..models.customer_request_email import CustomerRequestEmail
from ..models.customer_request_intercom_user_id import CustomerRequestIntercomUserId
from ..models.customer_request_user_id import CustomerRequestUserId
