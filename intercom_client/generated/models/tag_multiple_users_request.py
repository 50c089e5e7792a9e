# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    WrongType,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.tag_multiple_users_request_users_item import TagMultipleUsersRequestUsersItem


def _decode_users(data: Any) -> list[TagMultipleUsersRequestUsersItem]:
    return decode_list(data, TagMultipleUsersRequestUsersItem.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "users",
    }
)


@_attrs_define(kw_only=True)
class TagMultipleUsersRequest:
    """You can tag a list of users.

    Attributes:
        name (str): The name of the tag, which will be created if not found. Example: Independent.
        users (list[TagMultipleUsersRequestUsersItem]):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    name: str | None
    users: list[TagMultipleUsersRequestUsersItem] | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
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
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="TagMultipleUsersRequest"
                )
            _d = dict(_d)
        _f = ""
        try:
            name = _d["name"]
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            users = _d["users"]
            if users is not None:
                _f = "users"
                users = _decode_users(users)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.name = name
            _obj.users = users
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="TagMultipleUsersRequest", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("TagMultipleUsersRequest", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="TagMultipleUsersRequest", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="TagMultipleUsersRequest", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.tag_multiple_users_request_users_item import TagMultipleUsersRequestUsersItem  # noqa: E402
