# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
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
    from ..models.reporting_dataset_attribute import ReportingDatasetAttribute


def _decode_attributes(data: Any) -> list[ReportingDatasetAttribute]:
    return decode_list(data, ReportingDatasetAttribute.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "attributes",
        "default_time_attribute_id",
        "description",
        "id",
        "name",
    }
)


@_attrs_define(kw_only=True)
class ReportingDataset:
    """
    Attributes:
        attributes (list[ReportingDatasetAttribute]):
        default_time_attribute_id (str):  Example: conversation_started_at.
        description (str):  Example: Conversation-level details: status, channel, assignee..
        id (str):  Example: conversation.
        name (str):  Example: Conversation.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attributes: list[ReportingDatasetAttribute] | None = None
    default_time_attribute_id: str | None = None
    description: str | None = None
    id: str | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.attributes
        if _v is not None:
            _d["attributes"] = to_jsonable(_v)
        _v = self.default_time_attribute_id
        if _v is not None:
            _d["default_time_attribute_id"] = _v
        _v = self.description
        if _v is not None:
            _d["description"] = _v
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("attributes", "attributes", _decode_attributes, False),
            FieldSpec("default_time_attribute_id", "default_time_attribute_id", check_str, False),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("id", "id", check_str, False),
            FieldSpec("name", "name", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ReportingDataset")
            _d = dict(_d)
        try:
            attributes: Any = _d.get("attributes")
            if attributes is not None:
                attributes = Pending(attributes)
            default_time_attribute_id: Any = _d.get("default_time_attribute_id")

            description: Any = _d.get("description")

            id: Any = _d.get("id")

            name: Any = _d.get("name")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.attributes = attributes
            _obj.default_time_attribute_id = default_time_attribute_id
            _obj.description = description
            _obj.id = id
            _obj.name = name
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.reporting_dataset_attribute import ReportingDatasetAttribute

install_lazy_fields(ReportingDataset, ("attributes",))
