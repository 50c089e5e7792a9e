"""The live API's real shapes: responses as Intercom really sends them, decoded into typed models.

Each fixture below is written here from facts seen in public recorded responses (sources in
openapi/corrections.yaml, cited again above each fixture); no third-party file is copied. Ids,
names and URLs are invented; the *shapes* (which fields, of which JSON type, null or absent) are
the recorded ones. Every fixture must decode with no value kept as received (the corrections make
the types include what the API sends), round-trip through ``to_dict()``, and give typed values.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from intercom_client import decoding_issues
from intercom_client.models import (
    Admin,
    AdminList,
    Company,
    ContactList,
    Conversation,
    ConversationList,
    DataAttributeList,
    DataExport,
    Ticket,
    Visitor,
)

from .conftest import SUMMARY_LINES
from .test_generated import _comparable

# S1 (airbytehq/airbyte source-intercom contacts.yml @ 39947f07, a recorded POST /contacts/search, 2.2):
# a lead whose avatar is a URL string and whose email is null; sub-lists carry "type": "list" and
# relative URLs; every contact sends sms_consent and unsubscribed_from_sms; owner_id is an integer
# on 2.x (S6 b3c9834); location carries country_code/continent_code (S7).
CONTACT_SEARCH_PAGE: dict[str, Any] = {
    "type": "list",
    "data": [
        {
            "type": "contact",
            "id": "5fd150d50697b6d0bbc4a2c2",
            "workspace_id": "abc12def",
            "external_id": None,
            "role": "lead",
            "email": None,
            "phone": None,
            "name": None,
            "avatar": "https://static.intercomassets.com/app/pseudonym_avatars_2019/yellow-guitar.png",
            "owner_id": 4423433,
            "social_profiles": {"type": "list", "data": []},
            "has_hard_bounced": False,
            "marked_email_as_spam": False,
            "unsubscribed_from_emails": False,
            "created_at": 1607553237,
            "updated_at": 1607553237,
            "signed_up_at": None,
            "last_seen_at": 1607553236,
            "last_replied_at": None,
            "browser": "chrome",
            "os": "OS X 10.15.7",
            "location": {
                "type": "location",
                "country": "Ukraine",
                "region": "Kyiv City",
                "city": "Kyiv",
                "country_code": "UKR",
                "continent_code": "EU",
            },
            "custom_attributes": {},
            "tags": {
                "type": "list",
                "data": [{"type": "tag", "id": "7800292", "url": "/tags/7800292"}],
                "url": "/contacts/5fd150d50697b6d0bbc4a2c2/tags",
                "total_count": 1,
                "has_more": False,
            },
            "notes": {"type": "list", "data": [], "url": "/contacts/5fd150d50697b6d0bbc4a2c2/notes"},
            "companies": {"type": "list", "data": [], "url": "/contacts/5fd150d50697b6d0bbc4a2c2/companies"},
            "sms_consent": False,
            "unsubscribed_from_sms": False,
        },
        {
            "type": "contact",
            "id": "5fd1ae2e8e5e5c6cc8e8a9f1",
            "workspace_id": "abc12def",
            "role": "user",
            "email": "someone@example.com",
            "avatar": None,
            "owner_id": None,
            "created_at": 1607577134,
            "updated_at": 1607577134,
            "custom_attributes": {},  # S1: every recorded contact sends it
            "sms_consent": False,
            "unsubscribed_from_sms": False,
        },
    ],
    "total_count": 2,
    "pages": {"type": "pages", "page": 1, "per_page": 150, "total_pages": 1},
}

# S2 (conversations.yml, a recorded POST /conversations/search, 2.2) and S3: teammates are listed
# under "admins"; unassigned conversations send null assignee ids; statistics are null until the
# event happens; a lead author sends "email": ""; priority is "not_priority" on 2.x; S7: ai_topics null.
CONVERSATION_SEARCH_PAGE: dict[str, Any] = {
    "type": "conversation.list",
    "conversations": [
        {
            "type": "conversation",
            "id": "1",
            "title": None,
            "created_at": 1607553243,
            "updated_at": 1626346673,
            "waiting_since": None,
            "snoozed_until": None,
            "open": False,
            "state": "closed",
            "read": True,
            "priority": "not_priority",
            "admin_assignee_id": None,
            "team_assignee_id": None,
            "source": {
                "type": "conversation",
                "id": "701718739",
                "delivered_as": "customer_initiated",
                "subject": "",
                "body": "<p>hey there</p>",
                "author": {"type": "lead", "id": "5fd150d50697b6d0bbc4a2c2", "name": None, "email": ""},
                "attachments": [],
                "url": "http://localhost:63342/",
                "redacted": False,
            },
            "contacts": {"type": "contact.list", "contacts": [{"type": "contact", "id": "5fd150d50697b6d0bbc4a2c2"}]},
            "teammates": {"type": "admin.list", "admins": [{"type": "admin", "id": "4423433"}]},
            "first_contact_reply": {"created_at": 1607553243, "type": "conversation", "url": None},
            "sla_applied": None,
            "statistics": {
                "type": "conversation_statistics",
                "time_to_assignment": None,
                "time_to_admin_reply": 4317957,
                "time_to_first_close": None,
                "time_to_last_close": None,
                "median_time_to_reply": 4317954,
                "first_contact_reply_at": 1607553243,
                "first_assignment_at": None,
                "first_admin_reply_at": 1611871200,
                "first_close_at": None,
                "last_assignment_at": None,
                "last_assignment_admin_reply_at": None,
                "last_contact_reply_at": 1607553246,
                "last_admin_reply_at": 1611871200,
                "last_close_at": None,
                "last_closed_by_id": None,
                "count_reopens": 0,
                "count_assignments": 0,
                "count_conversation_parts": 3,
            },
            "conversation_rating": None,
            "tags": {"type": "tag.list", "tags": []},
        },
        {
            "type": "conversation",
            "id": "2",
            "created_at": 1607553600,
            "updated_at": 1607553600,
            "open": True,
            "state": "open",
            "read": False,
            "priority": "not_priority",
            "admin_assignee_id": 4423433,
            "team_assignee_id": None,
            "teammates": {"type": "admin.list", "admins": []},
            "statistics": None,
        },
    ],
    "total_count": 2,
    "pages": {"type": "pages", "page": 1, "per_page": 20, "total_pages": 1},
}

# S3 (expected_records.jsonl, tickets read at 2.11): ticket_state is a string, assignee ids are "0"
# strings, the state's labels are flat fields; the embedded ticket type lists its attributes under
# "data" (S7: every Preview ticket-type example does too) and carries is_internal.
TICKET: dict[str, Any] = {
    "type": "ticket",
    "id": "61",
    "ticket_id": "9",
    "category": "Tracker",
    "ticket_attributes": {"_default_title_": "Printer on fire", "_default_description_": None},
    "ticket_state": "submitted",
    "ticket_state_internal_label": "Submitted",
    "ticket_state_external_label": "Submitted",
    "ticket_type": {
        "type": "ticket_type",
        "id": "7",
        "name": "Bug",
        "description": "",
        "icon": "🐞",
        "workspace_id": "abc12def",
        "archived": False,
        "is_internal": False,
        "category": "Tracker",
        "created_at": 1706195843,
        "updated_at": 1706195843,
        "ticket_type_attributes": {
            "type": "list",
            "data": [
                {
                    "type": "ticket_type_attribute",
                    "id": "6594164",
                    "workspace_id": "abc12def",
                    "name": "_default_title_",
                    "description": "",
                    "data_type": "string",
                    "input_options": {"multiline": False},
                    "order": 0,
                    "required_to_create": False,
                    "required_to_create_for_contacts": False,
                    "visible_on_create": True,
                    "visible_to_contacts": True,
                    "default": True,
                    "ticket_type_id": 1,
                    "archived": False,
                    "created_at": 1706195843,
                    "updated_at": 1706195843,
                }
            ],
        },
    },
    "contacts": {"type": "contact.list", "contacts": [{"type": "contact", "id": "65b2a3a7a9a1b1c2d3e4f5a6"}]},
    "admin_assignee_id": "0",
    "team_assignee_id": "0",
    "created_at": 1706196012,
    "updated_at": 1706196012,
    "open": True,
    "is_shared": False,
}

# S3 (admins read at 2.10): GET /admins without display_avatar sends no avatar; job_title may be absent.
ADMIN_LIST: dict[str, Any] = {
    "type": "admin.list",
    "admins": [
        {
            "type": "admin",
            "id": "4423433",
            "name": "Jane Agent",
            "email": "jane@example.com",
            "away_mode_enabled": False,
            "away_mode_reassign": False,
            "has_inbox_seat": True,
            "team_ids": [],
            "team_priority_level": {},
        },
        {
            "type": "admin",
            "id": "4423434",
            "name": "Operator",
            "email": "operator+abc12def@intercom.io",
            "away_mode_enabled": False,
            "away_mode_reassign": False,
            "has_inbox_seat": False,
            "team_ids": [],
        },
    ],
}

# S5 (Intercom's SDK override: "server responses show it as an object") and S6 8ca4732: an admin's
# avatar is an object with image_url when asked for; S7: away_status_reason_id as a string.
ADMIN_WITH_AVATAR: dict[str, Any] = {
    "type": "admin",
    "id": "4423433",
    "name": "Jane Agent",
    "email": "jane@example.com",
    "away_mode_enabled": True,
    "away_mode_reassign": False,
    "away_status_reason_id": "12345",
    "has_inbox_seat": True,
    "team_ids": [814865],
    "avatar": {"image_url": "https://static.intercomassets.com/avatars/4423433/square_128/jane.png"},
}

# S3 (companies read at 2.10): plan is {} when none is set; S11: monthly_spend is a float attribute.
COMPANY: dict[str, Any] = {
    "type": "company",
    "company_id": "6",
    "id": "63ac64a31e30a58bd4a2b7e4",
    "app_id": "abc12def",
    "name": "Acme",
    "created_at": 1672242339,
    "updated_at": 1707736437,
    "monthly_spend": 1234.56,
    "session_count": 0,
    "user_count": 1,
    "tags": {"type": "tag.list", "tags": []},
    "segments": {"type": "segment.list", "segments": []},
    "plan": {},
    "custom_attributes": {"creation_source": "api"},
}

# S7: the Preview examples of GET /visitors send last_request_at (the schema misspells it) and "email": "".
VISITOR: dict[str, Any] = {
    "type": "visitor",
    "id": "6762f30c1bb69f9f2193bc2c",
    "user_id": "3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3",
    "email": "",
    "last_request_at": None,
    "created_at": 1734537996,
    "updated_at": 1734537996,
}

# S12 (Intercom's 2.5 reference, a completed content data export) and S7 (the Preview examples): the job
# id is sent as "job_identifier" (the schema misspells it "job_identfier").
DATA_EXPORT: dict[str, Any] = {
    "job_identifier": "v5xsp8c19ji0s82",
    "status": "completed",
    "download_expires_at": "1530545400",
    "download_url": "https://api.intercom.io/download/content/data/v5xsp8c19ji0s82",
}

# S3 (data_attributes read at 2.10): built-in attributes have no id, created_at or updated_at.
DATA_ATTRIBUTES: dict[str, Any] = {
    "type": "list",
    "data": [
        {
            "type": "data_attribute",
            "name": "name",
            "full_name": "name",
            "label": "Company name",
            "description": "The name of a company",
            "data_type": "string",
            "api_writable": True,
            "ui_writable": False,
            "messenger_writable": True,
            "custom": False,
            "archived": False,
            "model": "company",
        },
        {
            "type": "data_attribute",
            "id": 12878,
            "name": "monthly_spend",
            "full_name": "monthly_spend",
            "label": "Monthly spend",
            "data_type": "float",
            "custom": True,
            "archived": False,
            "model": "company",
            "created_at": 1671028894,
            "updated_at": 1671028894,
        },
    ],
}


def _contacts(page: Any) -> None:
    lead, user = page.data
    assert lead.avatar == CONTACT_SEARCH_PAGE["data"][0]["avatar"] and isinstance(lead.avatar, str)
    assert lead.email is None and user.email == "someone@example.com"
    assert lead.owner_id == 4423433
    assert lead.sms_consent is False and lead.unsubscribed_from_sms is False
    assert lead.tags.type_ == "list" and lead.tags.data[0].id == "7800292"
    assert lead.location.country_code == "UKR"
    assert lead.id == "5fd150d50697b6d0bbc4a2c2" and lead.role == "lead" and lead.workspace_id == "abc12def"


def _conversations(page: Any) -> None:
    first, second = page.conversations
    # A searched conversation is a Conversation (correction conversation_list_item = conversation), its parts unsent.
    assert type(first) is Conversation and type(second) is Conversation and first.conversation_parts is None
    assert [admin.id for admin in first.teammates.admins] == ["4423433"]
    assert second.teammates.admins == []
    assert first.admin_assignee_id is None and second.admin_assignee_id == 4423433
    assert first.priority == "not_priority"
    assert first.statistics.time_to_assignment is None and first.statistics.count_conversation_parts == 3
    assert first.source.author.email == ""


def _ticket(ticket: Any) -> None:
    assert ticket.ticket_state == "submitted"
    assert ticket.admin_assignee_id == "0"
    assert ticket.ticket_state_internal_label == "Submitted"
    assert ticket.ticket_type.is_internal is False
    assert ticket.ticket_type.ticket_type_attributes.data[0].name == "_default_title_"


def _admins(admins: Any) -> None:
    assert [admin.avatar for admin in admins.admins] == [None, None]
    assert admins.admins[0].name == "Jane Agent"


def _admin_with_avatar(admin: Any) -> None:
    assert admin.avatar.image_url.endswith("/jane.png")
    assert admin.away_status_reason_id == "12345"


def _company(company: Any) -> None:
    assert company.monthly_spend == 1234.56
    assert company.plan.to_dict() == {}


def _visitor(visitor: Any) -> None:
    assert visitor.last_request_at is None and visitor.email == ""


def _data_export(export: Any) -> None:
    assert export.job_identifier == "v5xsp8c19ji0s82" and export.additional_properties == {}


def _data_attributes(attributes: Any) -> None:
    built_in, custom = attributes.data
    assert built_in.id is None and custom.id == 12878
    assert built_in.name == "name"


REAL_SHAPES: list[tuple[str, type[Any], dict[str, Any], Callable[[Any], None]]] = [
    ("contacts search page (S1)", ContactList, CONTACT_SEARCH_PAGE, _contacts),
    ("conversations search page (S2, S3)", ConversationList, CONVERSATION_SEARCH_PAGE, _conversations),
    ("ticket at 2.11 (S3)", Ticket, TICKET, _ticket),
    ("admins without avatars (S3)", AdminList, ADMIN_LIST, _admins),
    ("admin with an avatar object (S5)", Admin, ADMIN_WITH_AVATAR, _admin_with_avatar),
    ("company without a plan (S3, S11)", Company, COMPANY, _company),
    ("visitor (S7)", Visitor, VISITOR, _visitor),
    ("data attributes with built-ins (S3)", DataAttributeList, DATA_ATTRIBUTES, _data_attributes),
    ("completed content data export (S12, S7)", DataExport, DATA_EXPORT, _data_export),
]
_decoded: list[str] = []


@pytest.mark.parametrize(("label", "model", "body", "check"), REAL_SHAPES, ids=[shape[0] for shape in REAL_SHAPES])
def test_real_shape_decodes_typed_and_round_trips(
    label: str, model: type[Any], body: dict[str, Any], check: Callable[[Any], None]
) -> None:
    decoded = model.from_dict(body)
    assert decoding_issues(decoded) == []
    check(decoded)
    assert _comparable(decoded.to_dict()) == _comparable(body)
    _decoded.append(label)
    if len(_decoded) == len(REAL_SHAPES):
        SUMMARY_LINES.append(f"real-shape responses: {len(_decoded)}/{len(REAL_SHAPES)} decoded")


def test_without_the_corrections_the_avatar_is_kept_as_received_and_reported() -> None:
    """What the decoding policy does where no correction applies: keep, report, never lose the page."""
    body = {**CONTACT_SEARCH_PAGE, "data": [{**CONTACT_SEARCH_PAGE["data"][1], "location": "Kyiv"}]}
    page = ContactList.from_dict(body)
    assert page.data[0].location == "Kyiv"
    assert page.data[0].email == "someone@example.com"  # the rest of the contact is decoded
    assert [(issue.path, issue.reason.split(",")[0]) for issue in decoding_issues(page)] == [
        (("data", 0, "location"), "expected object")
    ]
