# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Model, Unset, check_int, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataExportCsv(Model):
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


sent_fields(
    DataExportCsv,
    company_id=check_str,
    content_id=check_str,
    content_title=check_str,
    content_type=check_str,
    email=check_str,
    first_click=check_int,
    first_completion=check_int,
    first_dismisall=check_int,
    first_goal_success=check_int,
    first_hard_bounce=check_int,
    first_open=check_int,
    first_reply=check_int,
    first_series_completion=check_int,
    first_series_disengagement=check_int,
    first_series_exit=check_int,
    first_unsubscribe=check_int,
    name=check_str,
    node_id=check_str,
    receipt_id=check_str,
    received_at=check_int,
    ruleset_id=check_str,
    ruleset_version_id=check_str,
    series_id=check_str,
    series_title=check_str,
    user_external_id=check_str,
    user_id=check_str,
)
