# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    WrongType,
    to_jsonable,
)


def _decode_attribute_ids(data: Any) -> list[str]:
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "attribute_ids",
        "dataset_id",
        "end_time",
        "start_time",
    }
)


@_attrs_define(kw_only=True)
class PostExportReportingDataEnqueueBody:
    """
    Attributes:
        attribute_ids (list[str]): List of attribute identifiers to include in the export. Requires qualified_id format
            (e.g., "people.Brand", "standard.conversation_id"). Use the qualified_id returned from the get_datasets
            response. Example: ['conversation_id', 'conversation_started_at'].
        dataset_id (str):  Example: conversation.
        end_time (int):  Example: 1717510000.
        start_time (int):  Example: 1717490000.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attribute_ids: list[str] | None
    dataset_id: str | None
    end_time: int | None
    start_time: int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.attribute_ids
        if _v is not UNSET:
            _d["attribute_ids"] = None if _v is None else to_jsonable(_v)
        _v = self.dataset_id
        if _v is not UNSET:
            _d["dataset_id"] = _v
        _v = self.end_time
        if _v is not UNSET:
            _d["end_time"] = _v
        _v = self.start_time
        if _v is not UNSET:
            _d["start_time"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="PostExportReportingDataEnqueueBody"
                )
            _d = dict(_d)
        _f = ""
        try:
            attribute_ids = _d["attribute_ids"]
            if attribute_ids is not None:
                _f = "attribute_ids"
                attribute_ids = _decode_attribute_ids(attribute_ids)

            dataset_id = _d["dataset_id"]
            if dataset_id.__class__ is dict or dataset_id.__class__ is list:
                raise WrongType("string", dataset_id, "dataset_id")

            end_time = _d["end_time"]
            if end_time.__class__ is dict or end_time.__class__ is list:
                raise WrongType("integer", end_time, "end_time")

            start_time = _d["start_time"]
            if start_time.__class__ is dict or start_time.__class__ is list:
                raise WrongType("integer", start_time, "start_time")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.attribute_ids = attribute_ids
            _obj.dataset_id = dataset_id
            _obj.end_time = end_time
            _obj.start_time = start_time
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="PostExportReportingDataEnqueueBody", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("PostExportReportingDataEnqueueBody", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="PostExportReportingDataEnqueueBody", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(
                str(exc), model="PostExportReportingDataEnqueueBody", path=(_f,) if _f else ()
            ) from None
        return _obj
