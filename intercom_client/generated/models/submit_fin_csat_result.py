# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.submit_fin_csat_result_rating import SubmitFinCsatResultRating
from ..models.submit_fin_csat_result_status import SubmitFinCsatResultStatus
from ..types import (
    UNSET,
    Unset,
    WrongType,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "conversation_id",
        "rating",
        "status",
    }
)


@_attrs_define(kw_only=True)
class SubmitFinCsatResult:
    """
    Attributes:
        conversation_id (str | Unset): The external ID of the rated conversation. Example: ext-123.
        rating (SubmitFinCsatResultRating | Unset): The rating now recorded on the conversation. Example: amazing.
        status (SubmitFinCsatResultStatus | Unset): The result of the submission. Example: rated.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str | None | Unset = UNSET
    rating: SubmitFinCsatResultRating | None | Unset = UNSET
    status: SubmitFinCsatResultStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("status", "rated"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.conversation_id
        if _v is not UNSET:
            _d["conversation_id"] = _v
        _v = self.rating
        if _v is not UNSET:
            _d["rating"] = _v
        _v = self.status
        if _v is not UNSET:
            _d["status"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="SubmitFinCsatResult")
            _d = dict(_d)
        _f = ""
        try:
            conversation_id = _d.get("conversation_id", UNSET)
            if conversation_id.__class__ is dict or conversation_id.__class__ is list:
                raise WrongType("string", conversation_id, "conversation_id")

            rating = _d.get("rating", UNSET)
            if rating.__class__ is dict or rating.__class__ is list:
                raise WrongType("string", rating, "rating")

            status = _d.get("status", UNSET)
            if status.__class__ is dict or status.__class__ is list:
                raise WrongType("string", status, "status")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.conversation_id = conversation_id
            _obj.rating = rating
            _obj.status = status
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="SubmitFinCsatResult", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("SubmitFinCsatResult", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="SubmitFinCsatResult", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="SubmitFinCsatResult", path=(_f,) if _f else ()) from None
        return _obj
