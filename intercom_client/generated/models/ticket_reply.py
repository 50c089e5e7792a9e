# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.ticket_reply_part_type import TicketReplyPartType
from ..models.ticket_reply_type import TicketReplyType
from ..types import (
    UNSET,
    Unset,
    WrongType,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.part_attachment import PartAttachment
    from ..models.reply_translations import ReplyTranslations
    from ..models.ticket_part_author import TicketPartAuthor


def _decode_attachments(data: Any) -> list[PartAttachment]:
    return decode_list(data, PartAttachment.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "attachments",
        "author",
        "body",
        "created_at",
        "id",
        "part_type",
        "redacted",
        "translations",
        "type",
        "updated_at",
    }
)


@_attrs_define(kw_only=True)
class TicketReply:
    """A Ticket Part representing a note, comment, or quick_reply on a ticket

    Attributes:
        attachments (list[PartAttachment] | Unset): A list of attachments for the part.
        author (TicketPartAuthor | Unset): The author that wrote or triggered the part. Can be a bot, admin, team or
            user.
        body (None | str | Unset): The message body, which may contain HTML. Example: <p>Okay!</p>.
        created_at (int | Unset): The time the note was created. Example: 1663597223.
        id (str | Unset): The id representing the part. Example: 3.
        part_type (TicketReplyPartType | Unset): Type of the part Example: note.
        redacted (bool | Unset): Whether or not the ticket part has been redacted. Example: False.
        translations (None | ReplyTranslations | Unset):
        type_ (TicketReplyType | Unset): Always ticket_part Example: ticket_part.
        updated_at (int | Unset): The last time the note was updated. Example: 1663597260.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attachments: list[PartAttachment] | None | Unset = UNSET
    author: TicketPartAuthor | None | Unset = UNSET
    body: None | str | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    id: str | None | Unset = UNSET
    part_type: TicketReplyPartType | None | Unset = UNSET
    redacted: bool | None | Unset = UNSET
    translations: None | ReplyTranslations | None | Unset = UNSET
    type_: TicketReplyType | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "ticket_part"),)
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
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.part_type
        if _v is not UNSET:
            _d["part_type"] = _v
        _v = self.redacted
        if _v is not UNSET:
            _d["redacted"] = _v
        _v = self.translations
        if _v is not UNSET:
            _d["translations"] = None if _v is None else to_jsonable(_v)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="TicketReply")
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
                author = TicketPartAuthor.from_dict(author)

            body = _d.get("body", UNSET)
            if body.__class__ is dict or body.__class__ is list:
                raise WrongType("string", body, "body")

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            part_type = _d.get("part_type", UNSET)
            if part_type.__class__ is dict or part_type.__class__ is list:
                raise WrongType("string", part_type, "part_type")

            redacted = _d.get("redacted", UNSET)
            if redacted.__class__ is dict or redacted.__class__ is list:
                raise WrongType("boolean", redacted, "redacted")

            translations = _d.get("translations", UNSET)
            if translations is not None and translations is not UNSET:
                _f = "translations"
                translations = ReplyTranslations.from_dict(translations)

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.attachments = attachments
            _obj.author = author
            _obj.body = body
            _obj.created_at = created_at
            _obj.id = id
            _obj.part_type = part_type
            _obj.redacted = redacted
            _obj.translations = translations
            _obj.type_ = type_
            _obj.updated_at = updated_at
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="TicketReply", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("TicketReply", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="TicketReply", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="TicketReply", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.part_attachment import PartAttachment  # noqa: E402
from ..models.reply_translations import ReplyTranslations  # noqa: E402
from ..models.ticket_part_author import TicketPartAuthor  # noqa: E402
