# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.email_address_header import EmailAddressHeader


def _decode_email_address_headers(data: Any) -> list[EmailAddressHeader]:
    return decode_list(data, EmailAddressHeader.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "email_address_headers",
        "history",
        "message_id",
        "subject",
    }
)


@_attrs_define(kw_only=True)
class SourceEmailMessageMetadata:
    """Contains metadata if the message was sent as an email

    Attributes:
        email_address_headers (list[EmailAddressHeader] | Unset): A list of an email address headers.
        history (str | Unset): The HTML content of any quoted or forwarded email history from the initial inbound
            message Example: <div><span>On Jan 28, wrote:</span><blockquote>Previous thread</blockquote></div>.
        message_id (None | str | Unset): The unique identifier for the email message as specified in the Message-ID
            header Example: <CADKw7xrXzqSn8v3mP8K8Q8yZ6K8Q8yZ6@mail.gmail.com>.
        subject (str | Unset): The subject of the email Example: Question about my order.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    email_address_headers: list[EmailAddressHeader] | None | Unset = UNSET
    history: str | None | Unset = UNSET
    message_id: None | str | None | Unset = UNSET
    subject: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.email_address_headers
        if _v is not UNSET:
            _d["email_address_headers"] = None if _v is None else to_jsonable(_v)
        _v = self.history
        if _v is not UNSET:
            _d["history"] = _v
        _v = self.message_id
        if _v is not UNSET:
            _d["message_id"] = None if _v is None else to_jsonable(_v)
        _v = self.subject
        if _v is not UNSET:
            _d["subject"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="SourceEmailMessageMetadata"
                )
            _d = dict(_d)
        _f = ""
        try:
            email_address_headers = _d.get("email_address_headers", UNSET)
            if email_address_headers is not None and email_address_headers is not UNSET:
                _f = "email_address_headers"
                email_address_headers = _decode_email_address_headers(email_address_headers)

            history = _d.get("history", UNSET)
            if history.__class__ is dict or history.__class__ is list:
                raise WrongType("string", history, "history")

            message_id = _d.get("message_id", UNSET)
            if message_id.__class__ is dict or message_id.__class__ is list:
                raise WrongType("string", message_id, "message_id")

            subject = _d.get("subject", UNSET)
            if subject.__class__ is dict or subject.__class__ is list:
                raise WrongType("string", subject, "subject")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.email_address_headers = email_address_headers
            _obj.history = history
            _obj.message_id = message_id
            _obj.subject = subject
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="SourceEmailMessageMetadata", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("SourceEmailMessageMetadata", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="SourceEmailMessageMetadata", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(
                str(exc), model="SourceEmailMessageMetadata", path=(_f,) if _f else ()
            ) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.email_address_header import EmailAddressHeader  # noqa: E402
