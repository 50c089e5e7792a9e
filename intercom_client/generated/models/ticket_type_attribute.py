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
)

if TYPE_CHECKING:
    from ..models.ticket_type_attribute_input_options import TicketTypeAttributeInputOptions


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "archived",
        "created_at",
        "data_type",
        "default",
        "description",
        "id",
        "input_options",
        "name",
        "order",
        "required_to_create",
        "required_to_create_for_contacts",
        "ticket_type_id",
        "type",
        "updated_at",
        "visible_on_create",
        "visible_to_contacts",
        "workspace_id",
    }
)


@_attrs_define(kw_only=True)
class TicketTypeAttribute:
    """Ticket type attribute, used to define each data field to be captured in a ticket.

    Attributes:
        archived (bool | Unset): Whether the ticket type attribute is archived or not. Example: False.
        created_at (int | Unset): The date and time the ticket type attribute was created.
        data_type (str | Unset): The type of the data attribute (allowed values: "string list integer decimal boolean
            datetime files") Example: string.
        default (bool | Unset): Whether the attribute is built in or not. Example: True.
        description (str | Unset): The description of the ticket type attribute Example: Bug title..
        id (str | Unset): The id representing the ticket type attribute. Example: 1.
        input_options (TicketTypeAttributeInputOptions | Unset): Input options for the attribute Example: multiline:
            true.
        name (str | Unset): The name of the ticket type attribute Example: Title.
        order (int | Unset): The order of the attribute against other attributes Example: 1.
        required_to_create (bool | Unset): Whether the attribute is required or not for teammates. Default: False.
            Example: False.
        required_to_create_for_contacts (bool | Unset): Whether the attribute is required or not for contacts. Default:
            False. Example: False.
        ticket_type_id (int | Unset): The id of the ticket type that the attribute belongs to. Example: 42.
        type_ (str | Unset): String representing the object's type. Always has the value `ticket_type_attribute`.
            Example: ticket_type_attribute.
        updated_at (int | Unset): The date and time the ticket type attribute was last updated.
        visible_on_create (bool | Unset): Whether the attribute is visible or not to teammates. Default: True. Example:
            False.
        visible_to_contacts (bool | Unset): Whether the attribute is visible or not to contacts. Default: True. Example:
            False.
        workspace_id (str | Unset): The id of the workspace that the ticket type attribute belongs to. Example:
            ecahpwf5.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    archived: bool | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    data_type: str | None | Unset = UNSET
    default: bool | None | Unset = UNSET
    description: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    input_options: TicketTypeAttributeInputOptions | None | Unset = UNSET
    name: str | None | Unset = UNSET
    order: int | None | Unset = UNSET
    required_to_create: bool | None | Unset = UNSET
    required_to_create_for_contacts: bool | None | Unset = UNSET
    ticket_type_id: int | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    visible_on_create: bool | None | Unset = UNSET
    visible_to_contacts: bool | None | Unset = UNSET
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
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.data_type
        if _v is not UNSET:
            _d["data_type"] = _v
        _v = self.default
        if _v is not UNSET:
            _d["default"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.input_options
        if _v is not UNSET:
            _d["input_options"] = None if _v is None else _v.to_dict()
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.order
        if _v is not UNSET:
            _d["order"] = _v
        _v = self.required_to_create
        if _v is not UNSET:
            _d["required_to_create"] = _v
        _v = self.required_to_create_for_contacts
        if _v is not UNSET:
            _d["required_to_create_for_contacts"] = _v
        _v = self.ticket_type_id
        if _v is not UNSET:
            _d["ticket_type_id"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        _v = self.visible_on_create
        if _v is not UNSET:
            _d["visible_on_create"] = _v
        _v = self.visible_to_contacts
        if _v is not UNSET:
            _d["visible_to_contacts"] = _v
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
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="TicketTypeAttribute")
            _d = dict(_d)
        _f = ""
        try:
            archived = _d.get("archived", UNSET)
            if archived.__class__ is dict or archived.__class__ is list:
                raise WrongType("boolean", archived, "archived")

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            data_type = _d.get("data_type", UNSET)
            if data_type.__class__ is dict or data_type.__class__ is list:
                raise WrongType("string", data_type, "data_type")

            default = _d.get("default", UNSET)
            if default.__class__ is dict or default.__class__ is list:
                raise WrongType("boolean", default, "default")

            description = _d.get("description", UNSET)
            if description.__class__ is dict or description.__class__ is list:
                raise WrongType("string", description, "description")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            input_options = _d.get("input_options", UNSET)
            if input_options is not None and input_options is not UNSET:
                _f = "input_options"
                input_options = TicketTypeAttributeInputOptions.from_dict(input_options)

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            order = _d.get("order", UNSET)
            if order.__class__ is dict or order.__class__ is list:
                raise WrongType("integer", order, "order")

            required_to_create = _d.get("required_to_create", UNSET)
            if required_to_create.__class__ is dict or required_to_create.__class__ is list:
                raise WrongType("boolean", required_to_create, "required_to_create")

            required_to_create_for_contacts = _d.get("required_to_create_for_contacts", UNSET)
            if required_to_create_for_contacts.__class__ is dict or required_to_create_for_contacts.__class__ is list:
                raise WrongType("boolean", required_to_create_for_contacts, "required_to_create_for_contacts")

            ticket_type_id = _d.get("ticket_type_id", UNSET)
            if ticket_type_id.__class__ is dict or ticket_type_id.__class__ is list:
                raise WrongType("integer", ticket_type_id, "ticket_type_id")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            visible_on_create = _d.get("visible_on_create", UNSET)
            if visible_on_create.__class__ is dict or visible_on_create.__class__ is list:
                raise WrongType("boolean", visible_on_create, "visible_on_create")

            visible_to_contacts = _d.get("visible_to_contacts", UNSET)
            if visible_to_contacts.__class__ is dict or visible_to_contacts.__class__ is list:
                raise WrongType("boolean", visible_to_contacts, "visible_to_contacts")

            workspace_id = _d.get("workspace_id", UNSET)
            if workspace_id.__class__ is dict or workspace_id.__class__ is list:
                raise WrongType("string", workspace_id, "workspace_id")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.archived = archived
            _obj.created_at = created_at
            _obj.data_type = data_type
            _obj.default = default
            _obj.description = description
            _obj.id = id
            _obj.input_options = input_options
            _obj.name = name
            _obj.order = order
            _obj.required_to_create = required_to_create
            _obj.required_to_create_for_contacts = required_to_create_for_contacts
            _obj.ticket_type_id = ticket_type_id
            _obj.type_ = type_
            _obj.updated_at = updated_at
            _obj.visible_on_create = visible_on_create
            _obj.visible_to_contacts = visible_to_contacts
            _obj.workspace_id = workspace_id
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="TicketTypeAttribute", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("TicketTypeAttribute", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="TicketTypeAttribute", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="TicketTypeAttribute", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.ticket_type_attribute_input_options import TicketTypeAttributeInputOptions  # noqa: E402
