# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.data_export_status import DataExportStatus
from ..types import (
    UNSET,
    Unset,
    WrongType,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "download_expires_at",
        "download_url",
        "job_identfier",
        "status",
    }
)


@_attrs_define(kw_only=True)
class DataExport:
    """The data export API is used to export message delivery and engagement statistics for outbound content (Emails,
    Posts, Custom Bots, Surveys, Tours, Series, and more) sent in a given timeframe. The exported data includes who
    received each message, when they received it, and how they engaged with it (opens, clicks, replies, completions,
    dismissals, unsubscribes, and bounces).

        Attributes:
            download_expires_at (str | Unset): The time after which you will not be able to access the data. Example:
                1674917488.
            download_url (str | Unset): The location where you can download your data. Example:
                https://api.intercom.test/download/messages/data/example.
            job_identfier (str | Unset): The identifier for your job. Example: orzzsbd7hk67xyu.
            status (DataExportStatus | Unset): The current state of your job. Example: pending.
            additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    download_expires_at: str | None | Unset = UNSET
    download_url: str | None | Unset = UNSET
    job_identfier: str | None | Unset = UNSET
    status: DataExportStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.download_expires_at
        if _v is not UNSET:
            _d["download_expires_at"] = _v
        _v = self.download_url
        if _v is not UNSET:
            _d["download_url"] = _v
        _v = self.job_identfier
        if _v is not UNSET:
            _d["job_identfier"] = _v
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
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="DataExport")
            _d = dict(_d)
        _f = ""
        try:
            download_expires_at = _d.get("download_expires_at", UNSET)
            if download_expires_at.__class__ is dict or download_expires_at.__class__ is list:
                raise WrongType("string", download_expires_at, "download_expires_at")

            download_url = _d.get("download_url", UNSET)
            if download_url.__class__ is dict or download_url.__class__ is list:
                raise WrongType("string", download_url, "download_url")

            job_identfier = _d.get("job_identfier", UNSET)
            if job_identfier.__class__ is dict or job_identfier.__class__ is list:
                raise WrongType("string", job_identfier, "job_identfier")

            status = _d.get("status", UNSET)
            if status.__class__ is dict or status.__class__ is list:
                raise WrongType("string", status, "status")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.download_expires_at = download_expires_at
            _obj.download_url = download_url
            _obj.job_identfier = job_identfier
            _obj.status = status
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="DataExport", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("DataExport", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="DataExport", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="DataExport", path=(_f,) if _f else ()) from None
        return _obj
