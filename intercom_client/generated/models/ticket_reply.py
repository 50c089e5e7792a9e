# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.ticket_reply_part_type import TicketReplyPartType
from ..models.ticket_reply_type import TicketReplyType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    WrongType,
    check_bool,
    check_int,
    check_str,
    decode_leniently,
    decode_list,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.part_attachment import PartAttachment
    from ..models.reply_translations import ReplyTranslations
    from ..models.ticket_part_author import TicketPartAuthor


def _decode_attachments(data: Any) -> list[PartAttachment]:
    return decode_list(data, PartAttachment.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "attachments": None,
    "author": None,
    "body": None,
    "created_at": None,
    "part_type": None,
    "redacted": None,
    "translations": None,
    "updated_at": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "attachments",
        "author",
        "body",
        "created_at",
        "part_type",
        "redacted",
        "translations",
        "updated_at",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TicketReply:
    """A Ticket Part representing a note, comment, or quick_reply on a ticket

    Attributes:
        id (str): The id representing the part. Example: 3.
        type_ (TicketReplyType): Always ticket_part Example: ticket_part.
        attachments (list[PartAttachment] | None): A list of attachments for the part.
        author (TicketPartAuthor | None): The author that wrote or triggered the part. Can be a bot, admin, team or
            user.
        body (str | None): The message body, which may contain HTML. Example: ``<p>Okay!</p>``.
        created_at (int | None): The time the note was created. Example: 1663597223.
        part_type (TicketReplyPartType | None): Type of the part Example: note.
        redacted (bool | None): Whether or not the ticket part has been redacted. Example: False.
        translations (ReplyTranslations | None):
        updated_at (int | None): The last time the note was updated. Example: 1663597260.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: TicketReplyType
    attachments: list[PartAttachment] | None = None
    author: TicketPartAuthor | None = None
    body: str | None = None
    created_at: int | None = None
    part_type: TicketReplyPartType | None = None
    redacted: bool | None = None
    translations: ReplyTranslations | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "ticket_part"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not None:
            _d["id"] = _v
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
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.part_type
        if _v is not None:
            _d["part_type"] = _v
        _v = self.redacted
        if _v is not None:
            _d["redacted"] = _v
        _v = self.translations
        if _v is not None:
            _d["translations"] = to_jsonable(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("attachments", "attachments", _decode_attachments, False),
            FieldSpec("author", "author", TicketPartAuthor.from_dict, False),
            FieldSpec("body", "body", check_str, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("part_type", "part_type", check_str, False),
            FieldSpec("redacted", "redacted", check_bool, False),
            FieldSpec("translations", "translations", ReplyTranslations.from_dict, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="TicketReply")
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
            _v = _state["translations"]
            if _v is not None and _v.__class__ is not dict:
                _state["translations"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.part_attachment import PartAttachment
from ..models.reply_translations import ReplyTranslations
from ..models.ticket_part_author import TicketPartAuthor

install_lazy_fields(
    TicketReply,
    (
        "attachments",
        "author",
        "translations",
    ),
)
