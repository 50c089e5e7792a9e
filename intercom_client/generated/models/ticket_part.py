# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.ticket_part_previous_ticket_state import (
    TicketPartPreviousTicketState,
)
from ..models.ticket_part_ticket_state import TicketPartTicketState
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
    from ..models.reference import Reference
    from ..models.reply_translations import ReplyTranslations
    from ..models.ticket_part_author import TicketPartAuthor
    from ..models.ticket_part_updated_attribute_data import TicketPartUpdatedAttributeData


def _decode_attachments(data: Any) -> list[PartAttachment]:
    return decode_list(data, PartAttachment.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "app_package_code": None,
    "assigned_to": None,
    "attachments": None,
    "author": None,
    "body": None,
    "created_at": None,
    "external_id": None,
    "part_type": None,
    "previous_ticket_state": None,
    "redacted": None,
    "ticket_state": None,
    "translations": None,
    "updated_at": None,
    "updated_attribute_data": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "app_package_code",
        "assigned_to",
        "attachments",
        "author",
        "body",
        "created_at",
        "external_id",
        "part_type",
        "previous_ticket_state",
        "redacted",
        "ticket_state",
        "translations",
        "updated_at",
        "updated_attribute_data",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TicketPart:
    """A Ticket Part represents a message in the ticket.

    Attributes:
        id (str): The id representing the ticket part. Example: 3.
        type_ (str): Always ticket_part Example: ticket_part.
        app_package_code (str | None): The app package code if this part was created via API. Note this field won't show
            if the part was not created via API. Example: text-integration.
        assigned_to (Reference | None): The id of the admin that was assigned the ticket by this ticket_part (null if
            there has been no change in assignment.)
        attachments (list[PartAttachment] | None): A list of attachments for the part.
        author (TicketPartAuthor | None): The author that wrote or triggered the part. Can be a bot, admin, team or
            user.
        body (str | None): The message body, which may contain HTML. Example: ``<p>Okay!</p>``.
        created_at (int | None): The time the ticket part was created. Example: 1663597223.
        external_id (str | None): The external id of the ticket part Example: abcd1234.
        part_type (str | None): The type of ticket part. Example: comment.
        previous_ticket_state (TicketPartPreviousTicketState | None): The previous state of the ticket. Example:
            submitted.
        redacted (bool | None): Whether or not the ticket part has been redacted. Example: False.
        ticket_state (TicketPartTicketState | None): The state of the ticket. Example: submitted.
        translations (ReplyTranslations | None):
        updated_at (int | None): The last time the ticket part was updated. Example: 1663597260.
        updated_attribute_data (TicketPartUpdatedAttributeData | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    app_package_code: str | None = None
    assigned_to: Reference | None = None
    attachments: list[PartAttachment] | None = None
    author: TicketPartAuthor | None = None
    body: str | None = None
    created_at: int | None = None
    external_id: str | None = None
    part_type: str | None = None
    previous_ticket_state: TicketPartPreviousTicketState | None = None
    redacted: bool | None = None
    ticket_state: TicketPartTicketState | None = None
    translations: ReplyTranslations | None = None
    updated_at: int | None = None
    updated_attribute_data: TicketPartUpdatedAttributeData | None = None
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
            _d["id"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.app_package_code
        if _v is not None:
            _d["app_package_code"] = _v
        _v = self.assigned_to
        if _v is not None:
            _d["assigned_to"] = to_jsonable(_v)
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
        _v = self.external_id
        if _v is not None:
            _d["external_id"] = to_jsonable(_v)
        _v = self.part_type
        if _v is not None:
            _d["part_type"] = _v
        _v = self.previous_ticket_state
        if _v is not None:
            _d["previous_ticket_state"] = _v
        _v = self.redacted
        if _v is not None:
            _d["redacted"] = _v
        _v = self.ticket_state
        if _v is not None:
            _d["ticket_state"] = _v
        _v = self.translations
        if _v is not None:
            _d["translations"] = to_jsonable(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        _v = self.updated_attribute_data
        if _v is not None:
            _d["updated_attribute_data"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("app_package_code", "app_package_code", check_str, False),
            FieldSpec("assigned_to", "assigned_to", Reference.from_dict, False),
            FieldSpec("attachments", "attachments", _decode_attachments, False),
            FieldSpec("author", "author", TicketPartAuthor.from_dict, False),
            FieldSpec("body", "body", check_str, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("external_id", "external_id", check_str, False),
            FieldSpec("part_type", "part_type", check_str, False),
            FieldSpec("previous_ticket_state", "previous_ticket_state", check_str, False),
            FieldSpec("redacted", "redacted", check_bool, False),
            FieldSpec("ticket_state", "ticket_state", check_str, False),
            FieldSpec("translations", "translations", ReplyTranslations.from_dict, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
            FieldSpec(
                "updated_attribute_data", "updated_attribute_data", TicketPartUpdatedAttributeData.from_dict, False
            ),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="TicketPart")
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
            _v = _state["assigned_to"]
            if _v is not None and _v.__class__ is not dict:
                _state["assigned_to"] = Pending(_v)
            if _state["attachments"] is not None:
                _state["attachments"] = Pending(_state["attachments"])
            _v = _state["author"]
            if _v is not None and _v.__class__ is not dict:
                _state["author"] = Pending(_v)
            _v = _state["translations"]
            if _v is not None and _v.__class__ is not dict:
                _state["translations"] = Pending(_v)
            _v = _state["updated_attribute_data"]
            if _v is not None and _v.__class__ is not dict:
                _state["updated_attribute_data"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.part_attachment import PartAttachment
from ..models.reference import Reference
from ..models.reply_translations import ReplyTranslations
from ..models.ticket_part_author import TicketPartAuthor
from ..models.ticket_part_updated_attribute_data import TicketPartUpdatedAttributeData

install_lazy_fields(
    TicketPart,
    (
        "assigned_to",
        "attachments",
        "author",
        "translations",
        "updated_attribute_data",
    ),
)
