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
    from ..models.tag_create_response_companies_item import TagCreateResponseCompaniesItem
    from ..models.tag_create_response_users_item import TagCreateResponseUsersItem


def _decode_companies(data: Any) -> list[TagCreateResponseCompaniesItem]:
    return decode_list(data, TagCreateResponseCompaniesItem.from_dict)


def _decode_users(data: Any) -> list[TagCreateResponseUsersItem]:
    return decode_list(data, TagCreateResponseUsersItem.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "type",
        "companies",
        "users",
    }
)


@_attrs_define(kw_only=True)
class TagCreateResponse:
    """The response for creating or updating a tag, including the entities that were tagged or untagged.

    Attributes:
        id (str | Unset): The id of the tag Example: 123456.
        name (str | Unset): The name of the tag Example: Test tag.
        type_ (str | Unset): value is "tag" Example: tag.
        companies (list[TagCreateResponseCompaniesItem] | None | Unset): The companies that were tagged or untagged.
            Example: [].
        users (list[TagCreateResponseUsersItem] | None | Unset): The users that were tagged or untagged. Example: [].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    companies: list[TagCreateResponseCompaniesItem] | None | None | Unset = UNSET
    users: list[TagCreateResponseUsersItem] | None | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.companies
        if _v is not UNSET:
            _d["companies"] = None if _v is None else to_jsonable(_v)
        _v = self.users
        if _v is not UNSET:
            _d["users"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="TagCreateResponse")
            _d = dict(_d)
        _f = ""
        try:
            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            companies = _d.get("companies", UNSET)
            if companies is not None and companies is not UNSET:
                _f = "companies"
                companies = _decode_companies(companies)

            users = _d.get("users", UNSET)
            if users is not None and users is not UNSET:
                _f = "users"
                users = _decode_users(users)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.id = id
            _obj.name = name
            _obj.type_ = type_
            _obj.companies = companies
            _obj.users = users
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="TagCreateResponse", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("TagCreateResponse", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="TagCreateResponse", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="TagCreateResponse", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.tag_create_response_companies_item import TagCreateResponseCompaniesItem  # noqa: E402
from ..models.tag_create_response_users_item import TagCreateResponseUsersItem  # noqa: E402
