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
    check_str,
    decode_leniently,
    decode_list,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.banner_action_reaction_set_item import BannerActionReactionSetItem


def _decode_reaction_set(data: Any) -> list[BannerActionReactionSetItem]:
    return decode_list(data, BannerActionReactionSetItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "label": None,
    "reaction_set": None,
    "target": None,
    "tour_id": None,
    "tour_url": None,
    "type_": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "label",
        "reaction_set",
        "target",
        "tour_id",
        "tour_url",
        "type",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class BannerAction:
    """The action a contact can take on the banner, or `null` when the banner has
    no action. The fields present depend on `type`:
    `url` (`label`, `target`), `reaction` (`reaction_set`),
    `email_collector`, or `product_tour` (`tour_id`, `tour_url`).

    Attributes:
        label (str | None): For `url` actions, the label shown on the action link or button. Example: Learn more.
        reaction_set (list[BannerActionReactionSetItem] | None): For `reaction` actions, the reactions a contact can
            choose from.
        target (str | None): For `url` actions, the URL the contact is sent to. Example:
            https://www.intercom.com/pricing.
        tour_id (str | None): For `product_tour` actions, the id of the product tour to launch. Example: 12345.
        tour_url (str | None): For `product_tour` actions, the URL that launches the product tour. Example:
            https://app.intercom.com/tours/12345.
        type_ (str | None): The kind of action. One of `url`, `reaction`, `email_collector`, or `product_tour`. Example:
            url.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    label: str | None = None
    reaction_set: list[BannerActionReactionSetItem] | None = None
    target: str | None = None
    tour_id: str | None = None
    tour_url: str | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.label
        if _v is not None:
            _d["label"] = to_jsonable(_v)
        _v = self.reaction_set
        if _v is not None:
            _d["reaction_set"] = to_jsonable(_v)
        _v = self.target
        if _v is not None:
            _d["target"] = to_jsonable(_v)
        _v = self.tour_id
        if _v is not None:
            _d["tour_id"] = to_jsonable(_v)
        _v = self.tour_url
        if _v is not None:
            _d["tour_url"] = to_jsonable(_v)
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("label", "label", check_str, False),
            FieldSpec("reaction_set", "reaction_set", _decode_reaction_set, False),
            FieldSpec("target", "target", check_str, False),
            FieldSpec("tour_id", "tour_id", check_str, False),
            FieldSpec("tour_url", "tour_url", check_str, False),
            FieldSpec("type", "type_", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="BannerAction")
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
            if _state["reaction_set"] is not None:
                _state["reaction_set"] = Pending(_state["reaction_set"])
            if "type" in _d:
                _state["type_"] = _state.pop("type")
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.banner_action_reaction_set_item import BannerActionReactionSetItem

install_lazy_fields(BannerAction, ("reaction_set",))
