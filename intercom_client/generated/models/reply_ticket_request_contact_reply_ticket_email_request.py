# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.contact_reply_base_request_message_type import (
    ContactReplyBaseRequestMessageType,
)
from ..models.contact_reply_base_request_type import ContactReplyBaseRequestType
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    decode_leniently,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.contact_reply_base_request_reply_options_item import (
        ContactReplyBaseRequestReplyOptionsItem,
        ContactReplyBaseRequestReplyOptionsItemDict,
    )


def _decode_reply_options(data: Any) -> list[ContactReplyBaseRequestReplyOptionsItem]:
    return decode_list(data, ContactReplyBaseRequestReplyOptionsItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "body": UNSET,
    "message_type": UNSET,
    "type_": UNSET,
    "email": UNSET,
    "attachment_urls": UNSET,
    "created_at": UNSET,
    "reply_options": UNSET,
    "skip_notifications": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "body",
        "message_type",
        "type",
        "email",
        "attachment_urls",
        "created_at",
        "reply_options",
        "skip_notifications",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ReplyTicketRequestContactReplyTicketEmailRequest:
    """
    Attributes:
        body (str): The text body of the comment.
        message_type (ContactReplyBaseRequestMessageType):
        type_ (ContactReplyBaseRequestType):
        email (str): The email you have defined for the user.
        attachment_urls (list[str] | Unset | None): A list of image URLs that will be added as attachments. You can
            include up to 10 URLs.
        created_at (int | Unset | None): The time the reply was created. If not provided, the current time will be used.
            Example: 1590000000.
        reply_options (list[ContactReplyBaseRequestReplyOptionsItem] | Unset | None): The quick reply selection the
            contact wishes to respond with. These map to buttons displayed in the Messenger UI if sent by a bot, or the
            reply options sent by an Admin via the API.
        skip_notifications (bool | Unset | None): Option to disable notifications when replying to a Ticket. Example:
            True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    body: str
    message_type: ContactReplyBaseRequestMessageType = "comment"
    type_: ContactReplyBaseRequestType = "user"
    email: str
    attachment_urls: list[str] | Unset | None = UNSET
    created_at: int | Unset | None = UNSET
    reply_options: list[ContactReplyBaseRequestReplyOptionsItem] | Unset | None = UNSET
    skip_notifications: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("message_type", "comment"),
        ("type", "user"),
    )
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.body
        if _v is not UNSET:
            _d["body"] = _v
        _v = self.message_type
        if _v is not UNSET:
            _d["message_type"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.email
        if _v is not UNSET:
            _d["email"] = _v
        _v = self.attachment_urls
        if _v is not UNSET:
            _d["attachment_urls"] = None if _v is None else to_jsonable(_v)
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.reply_options
        if _v is not UNSET:
            _d["reply_options"] = None if _v is None else to_jsonable(_v)
        _v = self.skip_notifications
        if _v is not UNSET:
            _d["skip_notifications"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("body", "body", check_str, True),
            FieldSpec("message_type", "message_type", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("email", "email", check_str, True),
            FieldSpec("attachment_urls", "attachment_urls", check_scalar_list, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("reply_options", "reply_options", _decode_reply_options, False),
            FieldSpec("skip_notifications", "skip_notifications", check_bool, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}",
                    model="ReplyTicketRequestContactReplyTicketEmailRequest",
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
            if "body" not in _d:
                raise KeyError("body")
            if _state["body"] is None:
                raise WrongType("a value", None)
            if "message_type" not in _d:
                raise KeyError("message_type")
            if _state["message_type"] is None:
                raise WrongType("a value", None)
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
            if "email" not in _d:
                raise KeyError("email")
            if _state["email"] is None:
                raise WrongType("a value", None)
            _v = _state["attachment_urls"]
            if _v is not None and _v is not UNSET:
                _v = check_scalar_list(_v)

            _state["attachment_urls"] = _v
            _v = _state["reply_options"]
            if _v is not None and _v is not UNSET:
                _v = _decode_reply_options(_v)

            _state["reply_options"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class ReplyTicketRequestContactReplyTicketEmailRequestDict(TypedDict, total=False):
    """:class:`ReplyTicketRequestContactReplyTicketEmailRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    body: Required[str]
    message_type: ContactReplyBaseRequestMessageType
    type: ContactReplyBaseRequestType
    email: Required[str]
    attachment_urls: list[str]
    created_at: int
    reply_options: list[ContactReplyBaseRequestReplyOptionsItem | ContactReplyBaseRequestReplyOptionsItemDict]
    skip_notifications: bool


# Imported last, so that models that refer to each other can import each other.
from ..models.contact_reply_base_request_reply_options_item import ContactReplyBaseRequestReplyOptionsItem
