# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
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
    UNSET,
    Unset,
    WrongType,
    decode_list,
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
_KNOWN_FIELDS = frozenset(
    {
        "app_package_code",
        "assigned_to",
        "attachments",
        "author",
        "body",
        "created_at",
        "external_id",
        "id",
        "part_type",
        "previous_ticket_state",
        "redacted",
        "ticket_state",
        "translations",
        "type",
        "updated_at",
        "updated_attribute_data",
    }
)


@_attrs_define(kw_only=True)
class TicketPart:
    """A Ticket Part represents a message in the ticket.

    Attributes:
        app_package_code (str | Unset): The app package code if this part was created via API. Note this field won't
            show if the part was not created via API. Example: text-integration.
        assigned_to (None | Reference | Unset): The id of the admin that was assigned the ticket by this ticket_part
            (null if there has been no change in assignment.)
        attachments (list[PartAttachment] | Unset): A list of attachments for the part.
        author (TicketPartAuthor | Unset): The author that wrote or triggered the part. Can be a bot, admin, team or
            user.
        body (None | str | Unset): The message body, which may contain HTML. Example: <p>Okay!</p>.
        created_at (int | Unset): The time the ticket part was created. Example: 1663597223.
        external_id (None | str | Unset): The external id of the ticket part Example: abcd1234.
        id (str | Unset): The id representing the ticket part. Example: 3.
        part_type (str | Unset): The type of ticket part. Example: comment.
        previous_ticket_state (TicketPartPreviousTicketState | Unset): The previous state of the ticket. Example:
            submitted.
        redacted (bool | Unset): Whether or not the ticket part has been redacted. Example: False.
        ticket_state (TicketPartTicketState | Unset): The state of the ticket. Example: submitted.
        translations (None | ReplyTranslations | Unset):
        type_ (str | Unset): Always ticket_part Example: ticket_part.
        updated_at (int | Unset): The last time the ticket part was updated. Example: 1663597260.
        updated_attribute_data (None | TicketPartUpdatedAttributeData | Unset):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    app_package_code: str | None | Unset = UNSET
    assigned_to: None | Reference | None | Unset = UNSET
    attachments: list[PartAttachment] | None | Unset = UNSET
    author: TicketPartAuthor | None | Unset = UNSET
    body: None | str | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    external_id: None | str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    part_type: str | None | Unset = UNSET
    previous_ticket_state: TicketPartPreviousTicketState | None | Unset = UNSET
    redacted: bool | None | Unset = UNSET
    ticket_state: TicketPartTicketState | None | Unset = UNSET
    translations: None | ReplyTranslations | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    updated_attribute_data: None | TicketPartUpdatedAttributeData | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.app_package_code
        if _v is not UNSET:
            _d["app_package_code"] = _v
        _v = self.assigned_to
        if _v is not UNSET:
            _d["assigned_to"] = None if _v is None else to_jsonable(_v)
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
        _v = self.external_id
        if _v is not UNSET:
            _d["external_id"] = None if _v is None else to_jsonable(_v)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.part_type
        if _v is not UNSET:
            _d["part_type"] = _v
        _v = self.previous_ticket_state
        if _v is not UNSET:
            _d["previous_ticket_state"] = _v
        _v = self.redacted
        if _v is not UNSET:
            _d["redacted"] = _v
        _v = self.ticket_state
        if _v is not UNSET:
            _d["ticket_state"] = _v
        _v = self.translations
        if _v is not UNSET:
            _d["translations"] = None if _v is None else to_jsonable(_v)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        _v = self.updated_attribute_data
        if _v is not UNSET:
            _d["updated_attribute_data"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="TicketPart")
            _d = dict(_d)
        _f = ""
        try:
            app_package_code = _d.get("app_package_code", UNSET)
            if app_package_code.__class__ is dict or app_package_code.__class__ is list:
                raise WrongType("string", app_package_code, "app_package_code")

            assigned_to = _d.get("assigned_to", UNSET)
            if assigned_to is not None and assigned_to is not UNSET:
                _f = "assigned_to"
                assigned_to = Reference.from_dict(assigned_to)

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

            external_id = _d.get("external_id", UNSET)
            if external_id.__class__ is dict or external_id.__class__ is list:
                raise WrongType("string", external_id, "external_id")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            part_type = _d.get("part_type", UNSET)
            if part_type.__class__ is dict or part_type.__class__ is list:
                raise WrongType("string", part_type, "part_type")

            previous_ticket_state = _d.get("previous_ticket_state", UNSET)
            if previous_ticket_state.__class__ is dict or previous_ticket_state.__class__ is list:
                raise WrongType("string", previous_ticket_state, "previous_ticket_state")

            redacted = _d.get("redacted", UNSET)
            if redacted.__class__ is dict or redacted.__class__ is list:
                raise WrongType("boolean", redacted, "redacted")

            ticket_state = _d.get("ticket_state", UNSET)
            if ticket_state.__class__ is dict or ticket_state.__class__ is list:
                raise WrongType("string", ticket_state, "ticket_state")

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

            updated_attribute_data = _d.get("updated_attribute_data", UNSET)
            if updated_attribute_data is not None and updated_attribute_data is not UNSET:
                _f = "updated_attribute_data"
                updated_attribute_data = TicketPartUpdatedAttributeData.from_dict(updated_attribute_data)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.app_package_code = app_package_code
            _obj.assigned_to = assigned_to
            _obj.attachments = attachments
            _obj.author = author
            _obj.body = body
            _obj.created_at = created_at
            _obj.external_id = external_id
            _obj.id = id
            _obj.part_type = part_type
            _obj.previous_ticket_state = previous_ticket_state
            _obj.redacted = redacted
            _obj.ticket_state = ticket_state
            _obj.translations = translations
            _obj.type_ = type_
            _obj.updated_at = updated_at
            _obj.updated_attribute_data = updated_attribute_data
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="TicketPart", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("TicketPart", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="TicketPart", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="TicketPart", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.part_attachment import PartAttachment  # noqa: E402
from ..models.reference import Reference  # noqa: E402
from ..models.reply_translations import ReplyTranslations  # noqa: E402
from ..models.ticket_part_author import TicketPartAuthor  # noqa: E402
from ..models.ticket_part_updated_attribute_data import TicketPartUpdatedAttributeData  # noqa: E402
