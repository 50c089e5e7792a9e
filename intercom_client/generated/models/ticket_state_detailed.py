# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.ticket_state_detailed_category import TicketStateDetailedCategory
from ..types import (
    UNSET,
    Unset,
    WrongType,
)

if TYPE_CHECKING:
    from ..models.ticket_type_list import TicketTypeList


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "archived",
        "category",
        "external_label",
        "id",
        "internal_label",
        "ticket_types",
        "type",
    }
)


@_attrs_define(kw_only=True)
class TicketStateDetailed:
    """A ticket state, used to define the state of a ticket.

    Attributes:
        archived (bool | Unset): Whether the ticket state is archived Example: False.
        category (TicketStateDetailedCategory | Unset): The category of the ticket state Example: in_progress.
        external_label (str | Unset): The state the ticket is currently in, in a human readable form - visible to
            customers, in the messenger, email and tickets portal. Example: In Progress.
        id (str | Unset): The id of the ticket state Example: 12.
        internal_label (str | Unset): The state the ticket is currently in, in a human readable form - visible in
            Intercom Example: With Dev Team.
        ticket_types (TicketTypeList | Unset): A list of ticket types associated with a given workspace.
        type_ (str | Unset): String representing the object's type. Always has the value `ticket_state`. Example:
            ticket_state.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    archived: bool | None | Unset = UNSET
    category: TicketStateDetailedCategory | None | Unset = UNSET
    external_label: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    internal_label: str | None | Unset = UNSET
    ticket_types: TicketTypeList | None | Unset = UNSET
    type_: str | None | Unset = UNSET
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
        _v = self.external_label
        if _v is not UNSET:
            _d["external_label"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.internal_label
        if _v is not UNSET:
            _d["internal_label"] = _v
        _v = self.ticket_types
        if _v is not UNSET:
            _d["ticket_types"] = None if _v is None else _v.to_dict()
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="TicketStateDetailed")
            _d = dict(_d)
        _f = ""
        try:
            archived = _d.get("archived", UNSET)
            if archived.__class__ is dict or archived.__class__ is list:
                raise WrongType("boolean", archived, "archived")

            category = _d.get("category", UNSET)
            if category.__class__ is dict or category.__class__ is list:
                raise WrongType("string", category, "category")

            external_label = _d.get("external_label", UNSET)
            if external_label.__class__ is dict or external_label.__class__ is list:
                raise WrongType("string", external_label, "external_label")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            internal_label = _d.get("internal_label", UNSET)
            if internal_label.__class__ is dict or internal_label.__class__ is list:
                raise WrongType("string", internal_label, "internal_label")

            ticket_types = _d.get("ticket_types", UNSET)
            if ticket_types is not None and ticket_types is not UNSET:
                _f = "ticket_types"
                ticket_types = TicketTypeList.from_dict(ticket_types)

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.archived = archived
            _obj.category = category
            _obj.external_label = external_label
            _obj.id = id
            _obj.internal_label = internal_label
            _obj.ticket_types = ticket_types
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="TicketStateDetailed", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("TicketStateDetailed", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="TicketStateDetailed", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="TicketStateDetailed", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.ticket_type_list import TicketTypeList  # noqa: E402
