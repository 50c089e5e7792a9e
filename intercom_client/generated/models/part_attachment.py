# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "content_type",
        "filesize",
        "height",
        "name",
        "type",
        "url",
        "width",
    }
)


@_attrs_define(kw_only=True)
class PartAttachment:
    """The file attached to a part

    Attributes:
        content_type (str | Unset): The content type of the attachment Example: image/png.
        filesize (int | Unset): The size of the attachment Example: 100.
        height (int | Unset): The height of the attachment Example: 100.
        name (str | Unset): The name of the attachment Example: example.png.
        type_ (str | Unset): The type of attachment Example: upload.
        url (str | Unset): The URL of the attachment Example: https://picsum.photos/200/300.
        width (int | Unset): The width of the attachment Example: 100.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    content_type: str | None | Unset = UNSET
    filesize: int | None | Unset = UNSET
    height: int | None | Unset = UNSET
    name: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    url: str | None | Unset = UNSET
    width: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.content_type
        if _v is not UNSET:
            _d["content_type"] = _v
        _v = self.filesize
        if _v is not UNSET:
            _d["filesize"] = _v
        _v = self.height
        if _v is not UNSET:
            _d["height"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.url
        if _v is not UNSET:
            _d["url"] = _v
        _v = self.width
        if _v is not UNSET:
            _d["width"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="PartAttachment")
            _d = dict(_d)
        _f = ""
        try:
            content_type = _d.get("content_type", UNSET)
            if content_type.__class__ is dict or content_type.__class__ is list:
                raise WrongType("string", content_type, "content_type")

            filesize = _d.get("filesize", UNSET)
            if filesize.__class__ is dict or filesize.__class__ is list:
                raise WrongType("integer", filesize, "filesize")

            height = _d.get("height", UNSET)
            if height.__class__ is dict or height.__class__ is list:
                raise WrongType("integer", height, "height")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            url = _d.get("url", UNSET)
            if url.__class__ is dict or url.__class__ is list:
                raise WrongType("string", url, "url")

            width = _d.get("width", UNSET)
            if width.__class__ is dict or width.__class__ is list:
                raise WrongType("integer", width, "width")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.content_type = content_type
            _obj.filesize = filesize
            _obj.height = height
            _obj.name = name
            _obj.type_ = type_
            _obj.url = url
            _obj.width = width
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="PartAttachment", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("PartAttachment", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="PartAttachment", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="PartAttachment", path=(_f,) if _f else ()) from None
        return _obj
