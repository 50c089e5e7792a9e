# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.ticket_state_detailed_category import TicketStateDetailedCategory
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    WrongType,
    check_bool,
    check_str,
    decode_leniently,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.ticket_type_list import TicketTypeList


_new_instance = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "archived",
        "category",
        "external_label",
        "internal_label",
        "ticket_types",
    }
)


@_attrs_define(kw_only=True)
class TicketStateDetailed:
    """A ticket state, used to define the state of a ticket.

    Attributes:
        id (str): The id of the ticket state Example: 12.
        type_ (str): String representing the object's type. Always has the value `ticket_state`. Example: ticket_state.
        archived (bool): Whether the ticket state is archived Example: False.
        category (TicketStateDetailedCategory): The category of the ticket state Example: in_progress.
        external_label (str): The state the ticket is currently in, in a human readable form - visible to customers, in
            the messenger, email and tickets portal. Example: In Progress.
        internal_label (str): The state the ticket is currently in, in a human readable form - visible in Intercom
            Example: With Dev Team.
        ticket_types (TicketTypeList): A list of ticket types associated with a given workspace.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    archived: bool | None = None
    category: TicketStateDetailedCategory | None = None
    external_label: str | None = None
    internal_label: str | None = None
    ticket_types: TicketTypeList | None = None
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
        _v = self.archived
        if _v is not None:
            _d["archived"] = _v
        _v = self.category
        if _v is not None:
            _d["category"] = _v
        _v = self.external_label
        if _v is not None:
            _d["external_label"] = _v
        _v = self.internal_label
        if _v is not None:
            _d["internal_label"] = _v
        _v = self.ticket_types
        if _v is not None:
            _d["ticket_types"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("archived", "archived", check_bool, False),
            FieldSpec("category", "category", check_str, False),
            FieldSpec("external_label", "external_label", check_str, False),
            FieldSpec("internal_label", "internal_label", check_str, False),
            FieldSpec("ticket_types", "ticket_types", TicketTypeList.from_dict, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="TicketStateDetailed")
            _d = dict(_d)
        try:
            id: Any = _d["id"]
            if id is None:
                raise WrongType("a value", None)

            type_: Any = _d["type"]
            if type_ is None:
                raise WrongType("a value", None)

            archived: Any = _d.get("archived")

            category: Any = _d.get("category")

            external_label: Any = _d.get("external_label")

            internal_label: Any = _d.get("internal_label")

            ticket_types: Any = _d.get("ticket_types")
            if ticket_types is not None:
                ticket_types = Pending(ticket_types)
            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.id = id
            _obj.type_ = type_
            _obj.archived = archived
            _obj.category = category
            _obj.external_label = external_label
            _obj.internal_label = internal_label
            _obj.ticket_types = ticket_types
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.ticket_type_list import TicketTypeList

install_lazy_fields(TicketStateDetailed, ("ticket_types",))
