# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    check_int,
    check_str,
    decode_leniently,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "company_id": UNSET,
    "content_id": UNSET,
    "content_title": UNSET,
    "content_type": UNSET,
    "email": UNSET,
    "first_click": UNSET,
    "first_completion": UNSET,
    "first_dismisall": UNSET,
    "first_goal_success": UNSET,
    "first_hard_bounce": UNSET,
    "first_open": UNSET,
    "first_reply": UNSET,
    "first_series_completion": UNSET,
    "first_series_disengagement": UNSET,
    "first_series_exit": UNSET,
    "first_unsubscribe": UNSET,
    "name": UNSET,
    "node_id": UNSET,
    "receipt_id": UNSET,
    "received_at": UNSET,
    "ruleset_id": UNSET,
    "ruleset_version_id": UNSET,
    "series_id": UNSET,
    "series_title": UNSET,
    "user_external_id": UNSET,
    "user_id": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "company_id",
        "content_id",
        "content_title",
        "content_type",
        "email",
        "first_click",
        "first_completion",
        "first_dismisall",
        "first_goal_success",
        "first_hard_bounce",
        "first_open",
        "first_reply",
        "first_series_completion",
        "first_series_disengagement",
        "first_series_exit",
        "first_unsubscribe",
        "name",
        "node_id",
        "receipt_id",
        "received_at",
        "ruleset_id",
        "ruleset_version_id",
        "series_id",
        "series_title",
        "user_external_id",
        "user_id",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataExportCsv:
    """A CSV output file

    Attributes:
        company_id (str | Unset | None): The company ID of the user in relation to the message that was sent. Will
            return -1 if no company is present.
        content_id (str | Unset | None): The specific content that was received. In an A/B test each version has its own
            Content ID.
        content_title (str | Unset | None): The title of the content you see in your Intercom workspace.
        content_type (str | Unset | None): Email, Chat, Post etc.
        email (str | Unset | None): The users email who was sent the message.
        first_click (int | Unset | None): The first time the series the user clicked on a link within this message. Only
            events within the export job's requested date range are counted.
        first_completion (int | Unset | None): The first time a user completed this message if the content was able to
            be completed e.g. Tours, Surveys. Only events within the export job's requested date range are counted.
        first_dismisall (int | Unset | None): The first time the series the user dismissed this message. Only events
            within the export job's requested date range are counted.
        first_goal_success (int | Unset | None): The first time the user met this messages associated goal if one
            exists. Only events within the export job's requested date range are counted.
        first_hard_bounce (int | Unset | None): The first time this message hard bounced for this user. Only events
            within the export job's requested date range are counted.
        first_open (int | Unset | None): The first time the user opened this message. Only events within the export
            job's requested date range are counted.
        first_reply (int | Unset | None): The first time a user replied to this message if the content was able to
            receive replies. Only events within the export job's requested date range are counted.
        first_series_completion (int | Unset | None): The first time the series this message was a part of was completed
            by the user. Only events within the export job's requested date range are counted.
        first_series_disengagement (int | Unset | None): The first time the series this message was a part of was
            disengaged by the user. Only events within the export job's requested date range are counted.
        first_series_exit (int | Unset | None): The first time the series this message was a part of was exited by the
            user. Only events within the export job's requested date range are counted.
        first_unsubscribe (int | Unset | None): The first time the user unsubscribed from this message. Only events
            within the export job's requested date range are counted.
        name (str | Unset | None): The full name of the user receiving the message
        node_id (str | Unset | None): The id of the series node that this ruleset is associated with. Each block in a
            series has a corresponding node_id.
        receipt_id (str | Unset | None): ID for this receipt. Will be included with any related stats in other files to
            identify this specific delivery of a message.
        received_at (int | Unset | None): Timestamp for when the receipt was recorded.
        ruleset_id (str | Unset | None): The id of the message.
        ruleset_version_id (str | Unset | None): As you edit content we record new versions. This ID can help you
            determine which version of a piece of content that was received.
        series_id (str | Unset | None): The id of the series that this content is part of. Will return -1 if not part of
            a series.
        series_title (str | Unset | None): The title of the series that this content is part of.
        user_external_id (str | Unset | None): The external_user_id of the user who was sent the message
        user_id (str | Unset | None): The user_id of the user who was sent the message.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    company_id: str | Unset | None = UNSET
    content_id: str | Unset | None = UNSET
    content_title: str | Unset | None = UNSET
    content_type: str | Unset | None = UNSET
    email: str | Unset | None = UNSET
    first_click: int | Unset | None = UNSET
    first_completion: int | Unset | None = UNSET
    first_dismisall: int | Unset | None = UNSET
    first_goal_success: int | Unset | None = UNSET
    first_hard_bounce: int | Unset | None = UNSET
    first_open: int | Unset | None = UNSET
    first_reply: int | Unset | None = UNSET
    first_series_completion: int | Unset | None = UNSET
    first_series_disengagement: int | Unset | None = UNSET
    first_series_exit: int | Unset | None = UNSET
    first_unsubscribe: int | Unset | None = UNSET
    name: str | Unset | None = UNSET
    node_id: str | Unset | None = UNSET
    receipt_id: str | Unset | None = UNSET
    received_at: int | Unset | None = UNSET
    ruleset_id: str | Unset | None = UNSET
    ruleset_version_id: str | Unset | None = UNSET
    series_id: str | Unset | None = UNSET
    series_title: str | Unset | None = UNSET
    user_external_id: str | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.company_id
        if _v is not UNSET:
            _d["company_id"] = _v
        _v = self.content_id
        if _v is not UNSET:
            _d["content_id"] = _v
        _v = self.content_title
        if _v is not UNSET:
            _d["content_title"] = _v
        _v = self.content_type
        if _v is not UNSET:
            _d["content_type"] = _v
        _v = self.email
        if _v is not UNSET:
            _d["email"] = _v
        _v = self.first_click
        if _v is not UNSET:
            _d["first_click"] = _v
        _v = self.first_completion
        if _v is not UNSET:
            _d["first_completion"] = _v
        _v = self.first_dismisall
        if _v is not UNSET:
            _d["first_dismisall"] = _v
        _v = self.first_goal_success
        if _v is not UNSET:
            _d["first_goal_success"] = _v
        _v = self.first_hard_bounce
        if _v is not UNSET:
            _d["first_hard_bounce"] = _v
        _v = self.first_open
        if _v is not UNSET:
            _d["first_open"] = _v
        _v = self.first_reply
        if _v is not UNSET:
            _d["first_reply"] = _v
        _v = self.first_series_completion
        if _v is not UNSET:
            _d["first_series_completion"] = _v
        _v = self.first_series_disengagement
        if _v is not UNSET:
            _d["first_series_disengagement"] = _v
        _v = self.first_series_exit
        if _v is not UNSET:
            _d["first_series_exit"] = _v
        _v = self.first_unsubscribe
        if _v is not UNSET:
            _d["first_unsubscribe"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.node_id
        if _v is not UNSET:
            _d["node_id"] = _v
        _v = self.receipt_id
        if _v is not UNSET:
            _d["receipt_id"] = _v
        _v = self.received_at
        if _v is not UNSET:
            _d["received_at"] = _v
        _v = self.ruleset_id
        if _v is not UNSET:
            _d["ruleset_id"] = _v
        _v = self.ruleset_version_id
        if _v is not UNSET:
            _d["ruleset_version_id"] = _v
        _v = self.series_id
        if _v is not UNSET:
            _d["series_id"] = _v
        _v = self.series_title
        if _v is not UNSET:
            _d["series_title"] = _v
        _v = self.user_external_id
        if _v is not UNSET:
            _d["user_external_id"] = _v
        _v = self.user_id
        if _v is not UNSET:
            _d["user_id"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("company_id", "company_id", check_str, False),
            FieldSpec("content_id", "content_id", check_str, False),
            FieldSpec("content_title", "content_title", check_str, False),
            FieldSpec("content_type", "content_type", check_str, False),
            FieldSpec("email", "email", check_str, False),
            FieldSpec("first_click", "first_click", check_int, False),
            FieldSpec("first_completion", "first_completion", check_int, False),
            FieldSpec("first_dismisall", "first_dismisall", check_int, False),
            FieldSpec("first_goal_success", "first_goal_success", check_int, False),
            FieldSpec("first_hard_bounce", "first_hard_bounce", check_int, False),
            FieldSpec("first_open", "first_open", check_int, False),
            FieldSpec("first_reply", "first_reply", check_int, False),
            FieldSpec("first_series_completion", "first_series_completion", check_int, False),
            FieldSpec("first_series_disengagement", "first_series_disengagement", check_int, False),
            FieldSpec("first_series_exit", "first_series_exit", check_int, False),
            FieldSpec("first_unsubscribe", "first_unsubscribe", check_int, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("node_id", "node_id", check_str, False),
            FieldSpec("receipt_id", "receipt_id", check_str, False),
            FieldSpec("received_at", "received_at", check_int, False),
            FieldSpec("ruleset_id", "ruleset_id", check_str, False),
            FieldSpec("ruleset_version_id", "ruleset_version_id", check_str, False),
            FieldSpec("series_id", "series_id", check_str, False),
            FieldSpec("series_title", "series_title", check_str, False),
            FieldSpec("user_external_id", "user_external_id", check_str, False),
            FieldSpec("user_id", "user_id", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="DataExportCsv")
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
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class DataExportCsvDict(TypedDict, total=False):
    """:class:`DataExportCsv` written as a dict literal (JSON field names), e.g. as a request body."""

    company_id: str
    content_id: str
    content_title: str
    content_type: str
    email: str
    first_click: int
    first_completion: int
    first_dismisall: int
    first_goal_success: int
    first_hard_bounce: int
    first_open: int
    first_reply: int
    first_series_completion: int
    first_series_disengagement: int
    first_series_exit: int
    first_unsubscribe: int
    name: str
    node_id: str
    receipt_id: str
    received_at: int
    ruleset_id: str
    ruleset_version_id: str
    series_id: str
    series_title: str
    user_external_id: str
    user_id: str
