# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.admin_reply_ticket_request_message_type import (
    AdminReplyTicketRequestMessageType,
)
from ..models.admin_reply_ticket_request_type import AdminReplyTicketRequestType
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    decode_leniently,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.admin_reply_ticket_request_reply_options_item import (
        AdminReplyTicketRequestReplyOptionsItem,
        AdminReplyTicketRequestReplyOptionsItemDict,
    )
    from ..models.conversation_attachment_files import ConversationAttachmentFiles, ConversationAttachmentFilesDict


def _decode_attachment_files(data: Any) -> list[ConversationAttachmentFiles]:
    return decode_list(data, ConversationAttachmentFiles.from_dict)


def _decode_reply_options(data: Any) -> list[AdminReplyTicketRequestReplyOptionsItem]:
    return decode_list(data, AdminReplyTicketRequestReplyOptionsItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "admin_id": UNSET,
    "message_type": UNSET,
    "type_": UNSET,
    "attachment_files": UNSET,
    "attachment_urls": UNSET,
    "body": UNSET,
    "created_at": UNSET,
    "cross_post": UNSET,
    "reply_options": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "admin_id",
        "message_type",
        "type",
        "attachment_files",
        "attachment_urls",
        "body",
        "created_at",
        "cross_post",
        "reply_options",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AdminReplyTicketRequest:
    """Payload of the request to reply on behalf of an admin

    Attributes:
        admin_id (str): The id of the admin who is authoring the comment. Example: 3156780.
        message_type (AdminReplyTicketRequestMessageType):  Example: comment.
        type_ (AdminReplyTicketRequestType):  Example: admin.
        attachment_files (list[ConversationAttachmentFiles] | Unset | None): A list of files that will be added as
            attachments. You can include up to 10 files. If both attachment_files and attachment_urls are provided,
            attachment_files takes precedence.
        attachment_urls (list[str] | Unset | None): A list of image URLs that will be added as attachments. You can
            include up to 10 URLs.
        body (str | Unset | None): The text body of the reply. Notes accept some HTML formatting. Must be present for
            comment and note message types. Example: Hello there!.
        created_at (int | Unset | None): The time the reply was created. If not provided, the current time will be used.
            Example: 1590000000.
        cross_post (bool | Unset | None): If set to true, the note will be cross-posted to all linked conversations.
            Only applicable to note message types on back-office tickets. Example: True.
        reply_options (list[AdminReplyTicketRequestReplyOptionsItem] | Unset | None): The quick reply options to
            display. Must be present for quick_reply message types.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: str
    message_type: AdminReplyTicketRequestMessageType
    type_: AdminReplyTicketRequestType = "admin"
    attachment_files: list[ConversationAttachmentFiles] | Unset | None = UNSET
    attachment_urls: list[str] | Unset | None = UNSET
    body: str | Unset | None = UNSET
    created_at: int | Unset | None = UNSET
    cross_post: bool | Unset | None = UNSET
    reply_options: list[AdminReplyTicketRequestReplyOptionsItem] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "admin"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.admin_id
        if _v is not UNSET:
            _d["admin_id"] = _v
        _v = self.message_type
        if _v is not UNSET:
            _d["message_type"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.attachment_files
        if _v is not UNSET:
            _d["attachment_files"] = None if _v is None else to_jsonable(_v)
        _v = self.attachment_urls
        if _v is not UNSET:
            _d["attachment_urls"] = None if _v is None else to_jsonable(_v)
        _v = self.body
        if _v is not UNSET:
            _d["body"] = _v
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.cross_post
        if _v is not UNSET:
            _d["cross_post"] = _v
        _v = self.reply_options
        if _v is not UNSET:
            _d["reply_options"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("admin_id", "admin_id", check_str, True),
            FieldSpec("message_type", "message_type", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("attachment_files", "attachment_files", _decode_attachment_files, False),
            FieldSpec("attachment_urls", "attachment_urls", check_scalar_list, False),
            FieldSpec("body", "body", check_str, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("cross_post", "cross_post", check_bool, False),
            FieldSpec("reply_options", "reply_options", _decode_reply_options, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="AdminReplyTicketRequest"
                )
            _d = dict(_d)
        # The instance's attributes are built as one dict: every field absent (a copy of a dict of
        # that shape is one memory copy), then what came, then only the fields that need work.
        _state: dict[str, Any] = _ABSENT.copy()
        _state.update(_d)
        try:
            if _d.keys() <= _KNOWN_FIELDS:
                _state["additional_properties"] = {}
            else:
                _state["additional_properties"] = _extra = {key: _state.pop(key) for key in _d.keys() - _KNOWN_FIELDS}
                _state.update({key: _ABSENT[key] for key in _extra.keys() & _ABSENT.keys()})
            if "admin_id" not in _d:
                raise KeyError("admin_id")
            if _state["admin_id"] is None:
                raise WrongType("a value", None)
            if "message_type" not in _d:
                raise KeyError("message_type")
            if _state["message_type"] is None:
                raise WrongType("a value", None)
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
            _v = _state["attachment_files"]
            if _v is not None and _v is not UNSET:
                _v = _decode_attachment_files(_v)

            _state["attachment_files"] = _v
            _v = _state["attachment_urls"]
            if _v is not None and _v is not UNSET:
                _v = check_scalar_list(_v)

            _state["attachment_urls"] = _v
            _v = _state["reply_options"]
            if _v is not None and _v is not UNSET:
                _v = _decode_reply_options(_v)

            _state["reply_options"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class AdminReplyTicketRequestDict(TypedDict, total=False):
    """:class:`AdminReplyTicketRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    admin_id: Required[str]
    message_type: Required[AdminReplyTicketRequestMessageType]
    type: AdminReplyTicketRequestType
    attachment_files: list[ConversationAttachmentFiles | ConversationAttachmentFilesDict]
    attachment_urls: list[str]
    body: str
    created_at: int
    cross_post: bool
    reply_options: list[AdminReplyTicketRequestReplyOptionsItem | AdminReplyTicketRequestReplyOptionsItemDict]


# Imported last, so that models that refer to each other can import each other.
from ..models.admin_reply_ticket_request_reply_options_item import AdminReplyTicketRequestReplyOptionsItem
from ..models.conversation_attachment_files import ConversationAttachmentFiles
