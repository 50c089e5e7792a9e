# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    WrongType,
    check_bool,
    check_str,
    decode_leniently,
    decode_list,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.conversation_source_author import ConversationSourceAuthor
    from ..models.conversation_source_recipients_item import ConversationSourceRecipientsItem
    from ..models.conversation_source_reply_to_item import ConversationSourceReplyToItem
    from ..models.part_attachment import PartAttachment
    from ..models.source_email_message_metadata import SourceEmailMessageMetadata


def _decode_attachments(data: Any) -> list[PartAttachment]:
    return decode_list(data, PartAttachment.from_dict)


def _decode_recipients(data: Any) -> list[ConversationSourceRecipientsItem]:
    return decode_list(data, ConversationSourceRecipientsItem.from_dict)


def _decode_reply_to(data: Any) -> list[ConversationSourceReplyToItem]:
    return decode_list(data, ConversationSourceReplyToItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "attachments": None,
    "author": None,
    "body": None,
    "delivered_as": None,
    "email_message_metadata": None,
    "recipients": None,
    "redacted": None,
    "reply_to": None,
    "subject": None,
    "url": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "attachments",
        "author",
        "body",
        "delivered_as",
        "email_message_metadata",
        "recipients",
        "redacted",
        "reply_to",
        "subject",
        "url",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationSource:
    """The first message or event that started this conversation. Describes the origin and who initiated it.

    Attributes:
        id (str | None): The id of the source message. Example: 3.
        type_ (str): The origin of this conversation. Example: email.
        attachments (list[PartAttachment] | None): A list of attachments on the source message.
        author (ConversationSourceAuthor | None): The author who started the conversation. Can be a Contact, Admin, or
            Bot.
        body (str | None): The message body, which may contain HTML. Example: ``<p>Hey there!</p>``.
        delivered_as (str | None): How the conversation was initiated. Example: operator_initiated.
        email_message_metadata (SourceEmailMessageMetadata | None): Contains metadata if the message was sent as an
            email
        recipients (list[ConversationSourceRecipientsItem] | None): The recipients of the source message. Only present
            for email conversations.
        redacted (bool | None): Whether or not the source content has been redacted. Example: False.
        reply_to (list[ConversationSourceReplyToItem] | None): The Reply-To header addresses of the source message,
            where a reply will be routed. Can differ from the sender's From address. Only present for email conversations.
        subject (str | None): The message subject. Only present for email conversations.
        url (str | None): The URL where the conversation was started. Example:
            https://intercom.help/company/article/123.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str | None
    type_: str
    attachments: list[PartAttachment] | None = None
    author: ConversationSourceAuthor | None = None
    body: str | None = None
    delivered_as: str | None = None
    email_message_metadata: SourceEmailMessageMetadata | None = None
    recipients: list[ConversationSourceRecipientsItem] | None = None
    redacted: bool | None = None
    reply_to: list[ConversationSourceReplyToItem] | None = None
    subject: str | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not None:
            _d["id"] = to_jsonable(_v)
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.attachments
        if _v is not None:
            _d["attachments"] = to_jsonable(_v)
        _v = self.author
        if _v is not None:
            _d["author"] = to_jsonable(_v)
        _v = self.body
        if _v is not None:
            _d["body"] = to_jsonable(_v)
        _v = self.delivered_as
        if _v is not None:
            _d["delivered_as"] = _v
        _v = self.email_message_metadata
        if _v is not None:
            _d["email_message_metadata"] = to_jsonable(_v)
        _v = self.recipients
        if _v is not None:
            _d["recipients"] = to_jsonable(_v)
        _v = self.redacted
        if _v is not None:
            _d["redacted"] = _v
        _v = self.reply_to
        if _v is not None:
            _d["reply_to"] = to_jsonable(_v)
        _v = self.subject
        if _v is not None:
            _d["subject"] = to_jsonable(_v)
        _v = self.url
        if _v is not None:
            _d["url"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, False),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("attachments", "attachments", _decode_attachments, False),
            FieldSpec("author", "author", ConversationSourceAuthor.from_dict, False),
            FieldSpec("body", "body", check_str, False),
            FieldSpec("delivered_as", "delivered_as", check_str, False),
            FieldSpec("email_message_metadata", "email_message_metadata", SourceEmailMessageMetadata.from_dict, False),
            FieldSpec("recipients", "recipients", _decode_recipients, False),
            FieldSpec("redacted", "redacted", check_bool, False),
            FieldSpec("reply_to", "reply_to", _decode_reply_to, False),
            FieldSpec("subject", "subject", check_str, False),
            FieldSpec("url", "url", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ConversationSource")
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
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
            if _state["attachments"] is not None:
                _state["attachments"] = Pending(_state["attachments"])
            _v = _state["author"]
            if _v is not None and _v.__class__ is not dict:
                _state["author"] = Pending(_v)
            _v = _state["email_message_metadata"]
            if _v is not None and _v.__class__ is not dict:
                _state["email_message_metadata"] = Pending(_v)
            if _state["recipients"] is not None:
                _state["recipients"] = Pending(_state["recipients"])
            if _state["reply_to"] is not None:
                _state["reply_to"] = Pending(_state["reply_to"])
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.conversation_source_author import ConversationSourceAuthor
from ..models.conversation_source_recipients_item import ConversationSourceRecipientsItem
from ..models.conversation_source_reply_to_item import ConversationSourceReplyToItem
from ..models.part_attachment import PartAttachment
from ..models.source_email_message_metadata import SourceEmailMessageMetadata

install_lazy_fields(
    ConversationSource,
    (
        "attachments",
        "author",
        "email_message_metadata",
        "recipients",
        "reply_to",
    ),
)
