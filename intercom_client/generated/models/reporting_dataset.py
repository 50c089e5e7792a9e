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
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.reporting_dataset_attribute import ReportingDatasetAttribute


def _decode_attributes(data: Any) -> list[ReportingDatasetAttribute]:
    return decode_list(data, ReportingDatasetAttribute.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
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
        attributes (list[ReportingDatasetAttribute] | Unset):
        default_time_attribute_id (str | Unset):  Example: conversation_started_at.
        description (str | Unset):  Example: Conversation-level details: status, channel, assignee..
        id (str | Unset):  Example: conversation.
        name (str | Unset):  Example: Conversation.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attributes: list[ReportingDatasetAttribute] | None | Unset = UNSET
    default_time_attribute_id: str | None | Unset = UNSET
    description: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.attributes
        if _v is not UNSET:
            _d["attributes"] = None if _v is None else to_jsonable(_v)
        _v = self.default_time_attribute_id
        if _v is not UNSET:
            _d["default_time_attribute_id"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ReportingDataset")
            _d = dict(_d)
        _f = ""
        try:
            attributes = _d.get("attributes", UNSET)
            if attributes is not None and attributes is not UNSET:
                _f = "attributes"
                attributes = _decode_attributes(attributes)

            default_time_attribute_id = _d.get("default_time_attribute_id", UNSET)
            if default_time_attribute_id.__class__ is dict or default_time_attribute_id.__class__ is list:
                raise WrongType("string", default_time_attribute_id, "default_time_attribute_id")

            description = _d.get("description", UNSET)
            if description.__class__ is dict or description.__class__ is list:
                raise WrongType("string", description, "description")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

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
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ReportingDataset", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ReportingDataset", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="ReportingDataset", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ReportingDataset", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.reporting_dataset_attribute import ReportingDatasetAttribute  # noqa: E402
