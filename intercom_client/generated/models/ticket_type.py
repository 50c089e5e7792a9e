# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.ticket_type_category import TicketTypeCategory
from ..types import (
    UNSET,
    Unset,
    WrongType,
)

if TYPE_CHECKING:
    from ..models.ticket_type_attribute_list import TicketTypeAttributeList
    from ..models.ticket_type_ticket_states import TicketTypeTicketStates


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "archived",
        "category",
        "created_at",
        "description",
        "icon",
        "id",
        "name",
        "ticket_states",
        "ticket_type_attributes",
        "type",
        "updated_at",
        "workspace_id",
    }
)


@_attrs_define(kw_only=True)
class TicketType:
    """A ticket type, used to define the data fields to be captured in a ticket.

    Attributes:
        archived (bool | Unset): Whether the ticket type is archived or not. Example: False.
        category (TicketTypeCategory | Unset): Category of the Ticket Type. Example: Customer.
        created_at (int | Unset): The date and time the ticket type was created.
        description (str | Unset): The description of the ticket type Example: A bug that has been reported..
        icon (str | Unset): The icon of the ticket type Example: 🐞.
        id (str | Unset): The id representing the ticket type. Example: 1295.
        name (str | Unset): The name of the ticket type Example: Bug.
        ticket_states (TicketTypeTicketStates | Unset): A list of ticket states associated with a given ticket type.
        ticket_type_attributes (TicketTypeAttributeList | Unset): A list of attributes associated with a given ticket
            type.
        type_ (str | Unset): String representing the object's type. Always has the value `ticket_type`. Example:
            ticket_type.
        updated_at (int | Unset): The date and time the ticket type was last updated.
        workspace_id (str | Unset): The id of the workspace that the ticket type belongs to. Example: ecahpwf5.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    archived: bool | None | Unset = UNSET
    category: TicketTypeCategory | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    description: str | None | Unset = UNSET
    icon: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    ticket_states: TicketTypeTicketStates | None | Unset = UNSET
    ticket_type_attributes: TicketTypeAttributeList | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    workspace_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.archived
        if _v is not UNSET:
            _d["archived"] = _v
        _v = self.category
        if _v is not UNSET:
            _d["category"] = _v
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = _v
        _v = self.icon
        if _v is not UNSET:
            _d["icon"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.ticket_states
        if _v is not UNSET:
            _d["ticket_states"] = None if _v is None else _v.to_dict()
        _v = self.ticket_type_attributes
        if _v is not UNSET:
            _d["ticket_type_attributes"] = None if _v is None else _v.to_dict()
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        _v = self.workspace_id
        if _v is not UNSET:
            _d["workspace_id"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="TicketType")
            _d = dict(_d)
        _f = ""
        try:
            archived = _d.get("archived", UNSET)
            if archived.__class__ is dict or archived.__class__ is list:
                raise WrongType("boolean", archived, "archived")

            category = _d.get("category", UNSET)
            if category.__class__ is dict or category.__class__ is list:
                raise WrongType("string", category, "category")

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            description = _d.get("description", UNSET)
            if description.__class__ is dict or description.__class__ is list:
                raise WrongType("string", description, "description")

            icon = _d.get("icon", UNSET)
            if icon.__class__ is dict or icon.__class__ is list:
                raise WrongType("string", icon, "icon")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            ticket_states = _d.get("ticket_states", UNSET)
            if ticket_states is not None and ticket_states is not UNSET:
                _f = "ticket_states"
                ticket_states = TicketTypeTicketStates.from_dict(ticket_states)

            ticket_type_attributes = _d.get("ticket_type_attributes", UNSET)
            if ticket_type_attributes is not None and ticket_type_attributes is not UNSET:
                _f = "ticket_type_attributes"
                ticket_type_attributes = TicketTypeAttributeList.from_dict(ticket_type_attributes)

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            workspace_id = _d.get("workspace_id", UNSET)
            if workspace_id.__class__ is dict or workspace_id.__class__ is list:
                raise WrongType("string", workspace_id, "workspace_id")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.archived = archived
            _obj.category = category
            _obj.created_at = created_at
            _obj.description = description
            _obj.icon = icon
            _obj.id = id
            _obj.name = name
            _obj.ticket_states = ticket_states
            _obj.ticket_type_attributes = ticket_type_attributes
            _obj.type_ = type_
            _obj.updated_at = updated_at
            _obj.workspace_id = workspace_id
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="TicketType", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("TicketType", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="TicketType", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="TicketType", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.ticket_type_attribute_list import TicketTypeAttributeList  # noqa: E402
from ..models.ticket_type_ticket_states import TicketTypeTicketStates  # noqa: E402
