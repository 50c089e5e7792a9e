# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.assign_conversation_request_message_type import (
    AssignConversationRequestMessageType,
)
from ..models.assign_conversation_request_type import (
    AssignConversationRequestType,
)
from ..types import (
    UNSET,
    Unset,
    WrongType,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "admin_id",
        "assignee_id",
        "message_type",
        "type",
        "body",
    }
)


@_attrs_define(kw_only=True)
class AssignConversationRequest:
    """Payload of the request to assign a conversation

    Attributes:
        admin_id (str): The id of the admin who is performing the action. Example: 12345.
        assignee_id (str): The `id` of the `admin` or `team` which will be assigned the conversation. A conversation can
            be assigned both an admin and a team.\\nSet `0` if you want this assign to no admin or team (ie. Unassigned).
            Example: 4324241.
        message_type (AssignConversationRequestMessageType):  Example: assignment.
        type_ (AssignConversationRequestType):  Example: admin.
        body (str | Unset): Optionally you can send a response in the conversation when it is assigned. Example: Let me
            pass you over to one of my colleagues..
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: str | None
    assignee_id: str | None
    message_type: AssignConversationRequestMessageType | None
    type_: AssignConversationRequestType | None
    body: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("message_type", "assignment"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.admin_id
        if _v is not UNSET:
            _d["admin_id"] = _v
        _v = self.assignee_id
        if _v is not UNSET:
            _d["assignee_id"] = _v
        _v = self.message_type
        if _v is not UNSET:
            _d["message_type"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.body
        if _v is not UNSET:
            _d["body"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="AssignConversationRequest"
                )
            _d = dict(_d)
        _f = ""
        try:
            admin_id = _d["admin_id"]
            if admin_id.__class__ is dict or admin_id.__class__ is list:
                raise WrongType("string", admin_id, "admin_id")

            assignee_id = _d["assignee_id"]
            if assignee_id.__class__ is dict or assignee_id.__class__ is list:
                raise WrongType("string", assignee_id, "assignee_id")

            message_type = _d["message_type"]
            if message_type.__class__ is dict or message_type.__class__ is list:
                raise WrongType("string", message_type, "message_type")

            type_ = _d["type"]
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            body = _d.get("body", UNSET)
            if body.__class__ is dict or body.__class__ is list:
                raise WrongType("string", body, "body")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.admin_id = admin_id
            _obj.assignee_id = assignee_id
            _obj.message_type = message_type
            _obj.type_ = type_
            _obj.body = body
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="AssignConversationRequest", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("AssignConversationRequest", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="AssignConversationRequest", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="AssignConversationRequest", path=(_f,) if _f else ()) from None
        return _obj
