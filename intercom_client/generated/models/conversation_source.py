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
_KNOWN_FIELDS = frozenset(
    {
        "attachments",
        "author",
        "body",
        "delivered_as",
        "email_message_metadata",
        "id",
        "recipients",
        "redacted",
        "reply_to",
        "subject",
        "type",
        "url",
    }
)


@_attrs_define(kw_only=True)
class ConversationSource:
    """The first message or event that started this conversation. Describes the origin and who initiated it.

    Attributes:
        attachments (list[PartAttachment] | Unset): A list of attachments on the source message.
        author (ConversationSourceAuthor | Unset): The author who started the conversation. Can be a Contact, Admin, or
            Bot.
        body (None | str | Unset): The message body, which may contain HTML. Example: <p>Hey there!</p>.
        delivered_as (str | Unset): How the conversation was initiated. Example: operator_initiated.
        email_message_metadata (SourceEmailMessageMetadata | Unset): Contains metadata if the message was sent as an
            email
        id (None | str | Unset): The id of the source message. Example: 3.
        recipients (list[ConversationSourceRecipientsItem] | None | Unset): The recipients of the source message. Only
            present for email conversations.
        redacted (bool | Unset): Whether or not the source content has been redacted. Example: False.
        reply_to (list[ConversationSourceReplyToItem] | None | Unset): The Reply-To header addresses of the source
            message, where a reply will be routed. Can differ from the sender's From address. Only present for email
            conversations.
        subject (None | str | Unset): The message subject. Only present for email conversations.
        type_ (str | Unset): The origin of this conversation. Example: email.
        url (None | str | Unset): The URL where the conversation was started. Example:
            https://intercom.help/company/article/123.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attachments: list[PartAttachment] | None | Unset = UNSET
    author: ConversationSourceAuthor | None | Unset = UNSET
    body: None | str | None | Unset = UNSET
    delivered_as: str | None | Unset = UNSET
    email_message_metadata: SourceEmailMessageMetadata | None | Unset = UNSET
    id: None | str | None | Unset = UNSET
    recipients: list[ConversationSourceRecipientsItem] | None | None | Unset = UNSET
    redacted: bool | None | Unset = UNSET
    reply_to: list[ConversationSourceReplyToItem] | None | None | Unset = UNSET
    subject: None | str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    url: None | str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.attachments
        if _v is not UNSET:
            _d["attachments"] = None if _v is None else to_jsonable(_v)
        _v = self.author
        if _v is not UNSET:
            _d["author"] = None if _v is None else _v.to_dict()
        _v = self.body
        if _v is not UNSET:
            _d["body"] = None if _v is None else to_jsonable(_v)
        _v = self.delivered_as
        if _v is not UNSET:
            _d["delivered_as"] = _v
        _v = self.email_message_metadata
        if _v is not UNSET:
            _d["email_message_metadata"] = None if _v is None else _v.to_dict()
        _v = self.id
        if _v is not UNSET:
            _d["id"] = None if _v is None else to_jsonable(_v)
        _v = self.recipients
        if _v is not UNSET:
            _d["recipients"] = None if _v is None else to_jsonable(_v)
        _v = self.redacted
        if _v is not UNSET:
            _d["redacted"] = _v
        _v = self.reply_to
        if _v is not UNSET:
            _d["reply_to"] = None if _v is None else to_jsonable(_v)
        _v = self.subject
        if _v is not UNSET:
            _d["subject"] = None if _v is None else to_jsonable(_v)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.url
        if _v is not UNSET:
            _d["url"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ConversationSource")
            _d = dict(_d)
        _f = ""
        try:
            attachments = _d.get("attachments", UNSET)
            if attachments is not None and attachments is not UNSET:
                _f = "attachments"
                attachments = _decode_attachments(attachments)

            author = _d.get("author", UNSET)
            if author is not None and author is not UNSET:
                _f = "author"
                author = ConversationSourceAuthor.from_dict(author)

            body = _d.get("body", UNSET)
            if body.__class__ is dict or body.__class__ is list:
                raise WrongType("string", body, "body")

            delivered_as = _d.get("delivered_as", UNSET)
            if delivered_as.__class__ is dict or delivered_as.__class__ is list:
                raise WrongType("string", delivered_as, "delivered_as")

            email_message_metadata = _d.get("email_message_metadata", UNSET)
            if email_message_metadata is not None and email_message_metadata is not UNSET:
                _f = "email_message_metadata"
                email_message_metadata = SourceEmailMessageMetadata.from_dict(email_message_metadata)

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            recipients = _d.get("recipients", UNSET)
            if recipients is not None and recipients is not UNSET:
                _f = "recipients"
                recipients = _decode_recipients(recipients)

            redacted = _d.get("redacted", UNSET)
            if redacted.__class__ is dict or redacted.__class__ is list:
                raise WrongType("boolean", redacted, "redacted")

            reply_to = _d.get("reply_to", UNSET)
            if reply_to is not None and reply_to is not UNSET:
                _f = "reply_to"
                reply_to = _decode_reply_to(reply_to)

            subject = _d.get("subject", UNSET)
            if subject.__class__ is dict or subject.__class__ is list:
                raise WrongType("string", subject, "subject")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            url = _d.get("url", UNSET)
            if url.__class__ is dict or url.__class__ is list:
                raise WrongType("string", url, "url")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.attachments = attachments
            _obj.author = author
            _obj.body = body
            _obj.delivered_as = delivered_as
            _obj.email_message_metadata = email_message_metadata
            _obj.id = id
            _obj.recipients = recipients
            _obj.redacted = redacted
            _obj.reply_to = reply_to
            _obj.subject = subject
            _obj.type_ = type_
            _obj.url = url
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ConversationSource", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ConversationSource", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="ConversationSource", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ConversationSource", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.conversation_source_author import ConversationSourceAuthor  # noqa: E402
from ..models.conversation_source_recipients_item import ConversationSourceRecipientsItem  # noqa: E402
from ..models.conversation_source_reply_to_item import ConversationSourceReplyToItem  # noqa: E402
from ..models.part_attachment import PartAttachment  # noqa: E402
from ..models.source_email_message_metadata import SourceEmailMessageMetadata  # noqa: E402
