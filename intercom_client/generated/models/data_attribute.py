# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.data_attribute_data_type import DataAttributeDataType
from ..models.data_attribute_model import DataAttributeModel
from ..models.data_attribute_type import DataAttributeType
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)


def _decode_options(data: Any) -> list[str]:
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "admin_id",
        "api_writable",
        "archived",
        "created_at",
        "custom",
        "data_type",
        "description",
        "full_name",
        "id",
        "label",
        "messenger_writable",
        "model",
        "name",
        "options",
        "type",
        "ui_writable",
        "updated_at",
    }
)


@_attrs_define(kw_only=True)
class DataAttribute:
    """Data Attributes are metadata used to describe your contact and company models. These include standard and custom
    attributes. By using the data attributes endpoint, you can get the global list of attributes for your workspace, as
    well as create and archive custom attributes.

        Attributes:
            admin_id (str | Unset): Teammate who created the attribute. Only applicable to CDAs Example: 5712945.
            api_writable (bool | Unset): Can this attribute be updated through API Example: True.
            archived (bool | Unset): Is this attribute archived. (Only applicable to CDAs) Example: False.
            created_at (int | Unset): The time the attribute was created as a UTC Unix timestamp Example: 1671028894.
            custom (bool | Unset): Set to true if this is a CDA Example: True.
            data_type (DataAttributeDataType | Unset): The data type of the attribute. Example: boolean.
            description (str | Unset): Readable description of the attribute. Example: Whether the user is a paid
                subscriber..
            full_name (str | Unset): Full name of the attribute. Should match the name unless it's a nested attribute. We
                can split full_name on `.` to access nested user object values. Example: custom_attributes.paid_subscriber.
            id (int | Unset): The unique identifier for the data attribute which is given by Intercom. Only available for
                custom attributes. Example: 12878.
            label (str | Unset): Readable name of the attribute (i.e. name you see in the UI) Example: Paid Subscriber.
            messenger_writable (bool | Unset): Can this attribute be updated by the Messenger Example: False.
            model (DataAttributeModel | Unset): Value is `contact` for user/lead attributes and `company` for company
                attributes. Example: contact.
            name (str | Unset): Name of the attribute. Example: paid_subscriber.
            options (list[str] | Unset): List of predefined options for attribute value. Example: ['true', 'false'].
            type_ (DataAttributeType | Unset): Value is `data_attribute`. Example: data_attribute.
            ui_writable (bool | Unset): Can this attribute be updated in the UI Example: True.
            updated_at (int | Unset): The time the attribute was last updated as a UTC Unix timestamp Example: 1671028894.
            additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: str | None | Unset = UNSET
    api_writable: bool | None | Unset = UNSET
    archived: bool | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    custom: bool | None | Unset = UNSET
    data_type: DataAttributeDataType | None | Unset = UNSET
    description: str | None | Unset = UNSET
    full_name: str | None | Unset = UNSET
    id: int | None | Unset = UNSET
    label: str | None | Unset = UNSET
    messenger_writable: bool | None | Unset = UNSET
    model: DataAttributeModel | None | Unset = UNSET
    name: str | None | Unset = UNSET
    options: list[str] | None | Unset = UNSET
    type_: DataAttributeType | None | Unset = UNSET
    ui_writable: bool | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "data_attribute"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.admin_id
        if _v is not UNSET:
            _d["admin_id"] = _v
        _v = self.api_writable
        if _v is not UNSET:
            _d["api_writable"] = _v
        _v = self.archived
        if _v is not UNSET:
            _d["archived"] = _v
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.custom
        if _v is not UNSET:
            _d["custom"] = _v
        _v = self.data_type
        if _v is not UNSET:
            _d["data_type"] = _v
        _v = self.description
        if _v is not UNSET:
            _d["description"] = _v
        _v = self.full_name
        if _v is not UNSET:
            _d["full_name"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.label
        if _v is not UNSET:
            _d["label"] = _v
        _v = self.messenger_writable
        if _v is not UNSET:
            _d["messenger_writable"] = _v
        _v = self.model
        if _v is not UNSET:
            _d["model"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.options
        if _v is not UNSET:
            _d["options"] = None if _v is None else to_jsonable(_v)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.ui_writable
        if _v is not UNSET:
            _d["ui_writable"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="DataAttribute")
            _d = dict(_d)
        _f = ""
        try:
            admin_id = _d.get("admin_id", UNSET)
            if admin_id.__class__ is dict or admin_id.__class__ is list:
                raise WrongType("string", admin_id, "admin_id")

            api_writable = _d.get("api_writable", UNSET)
            if api_writable.__class__ is dict or api_writable.__class__ is list:
                raise WrongType("boolean", api_writable, "api_writable")

            archived = _d.get("archived", UNSET)
            if archived.__class__ is dict or archived.__class__ is list:
                raise WrongType("boolean", archived, "archived")

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            custom = _d.get("custom", UNSET)
            if custom.__class__ is dict or custom.__class__ is list:
                raise WrongType("boolean", custom, "custom")

            data_type = _d.get("data_type", UNSET)
            if data_type.__class__ is dict or data_type.__class__ is list:
                raise WrongType("string", data_type, "data_type")

            description = _d.get("description", UNSET)
            if description.__class__ is dict or description.__class__ is list:
                raise WrongType("string", description, "description")

            full_name = _d.get("full_name", UNSET)
            if full_name.__class__ is dict or full_name.__class__ is list:
                raise WrongType("string", full_name, "full_name")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("integer", id, "id")

            label = _d.get("label", UNSET)
            if label.__class__ is dict or label.__class__ is list:
                raise WrongType("string", label, "label")

            messenger_writable = _d.get("messenger_writable", UNSET)
            if messenger_writable.__class__ is dict or messenger_writable.__class__ is list:
                raise WrongType("boolean", messenger_writable, "messenger_writable")

            model = _d.get("model", UNSET)
            if model.__class__ is dict or model.__class__ is list:
                raise WrongType("string", model, "model")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            options = _d.get("options", UNSET)
            if options is not None and options is not UNSET:
                _f = "options"
                options = _decode_options(options)

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            ui_writable = _d.get("ui_writable", UNSET)
            if ui_writable.__class__ is dict or ui_writable.__class__ is list:
                raise WrongType("boolean", ui_writable, "ui_writable")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.admin_id = admin_id
            _obj.api_writable = api_writable
            _obj.archived = archived
            _obj.created_at = created_at
            _obj.custom = custom
            _obj.data_type = data_type
            _obj.description = description
            _obj.full_name = full_name
            _obj.id = id
            _obj.label = label
            _obj.messenger_writable = messenger_writable
            _obj.model = model
            _obj.name = name
            _obj.options = options
            _obj.type_ = type_
            _obj.ui_writable = ui_writable
            _obj.updated_at = updated_at
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="DataAttribute", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("DataAttribute", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="DataAttribute", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="DataAttribute", path=(_f,) if _f else ()) from None
        return _obj
