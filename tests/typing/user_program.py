# pyright: strict
"""A user's program, type-checked by mypy --strict and pyright (strict) in `make test`.

It must pass both with no cast and no ignore: the types users meet say what the API sends. The
everyday tasks (list all contacts, search conversations, reply as an admin, create a ticket, tag a
contact, handle a 404) are written as a user would, through the resource surface.
"""

from typing import assert_type

from intercom_client import (
    DEFAULT_API_VERSION,
    ApiVersion,
    AsyncIntercom,
    DecodingIssue,
    Intercom,
    NewerApiVersion,
    NotFoundError,
    Page,
    RawResponse,
    Region,
    decoding_issues,
)
from intercom_client.models import (
    Admin,
    Contact,
    ContactAvatar,
    ContactList,
    Conversation,
    SearchRequestDict,
    Tag,
    TagBasic,
    Ticket,
)
from intercom_client.types import JSONValue


def greeting(contact: Contact) -> str:
    return f"{contact.name or contact.id} <{contact.email or 'no email'}>"


async def show(client: AsyncIntercom, contact_id: str) -> str:
    contact = await client.contacts.retrieve(contact_id)
    assert_type(contact.id, str)
    assert_type(contact.role, str)
    assert_type(contact.created_at, int)
    assert_type(contact.email, str | None)
    assert_type(contact.avatar, ContactAvatar | str | None)  # the live API sends a URL string
    assert_type(contact.custom_attributes["plan"], JSONValue)  # always sent: no None check (was ... | None)
    assert_type(contact.custom_attributes.get("seats"), JSONValue)
    issues = decoding_issues(contact)
    assert_type(issues, list[DecodingIssue])
    return greeting(contact)  # the retrieved contact is a Contact


async def all_emails(client: AsyncIntercom) -> list[str]:
    emails: list[str] = []
    async for contact in client.contacts.list(per_page=50):
        assert_type(contact, Contact)
        if contact.email is not None:
            emails.append(contact.email)
    return emails


async def first_page(client: AsyncIntercom) -> str | None:
    page = await client.contacts.list(max_pages=1)
    assert_type(page, Page[Contact, ContactList])
    assert_type(page.parsed.total_count, int | None)  # was Any
    return page.items[0].email if page.items else None


async def open_conversations(client: AsyncIntercom) -> list[str]:
    found: list[str] = []
    query: SearchRequestDict = {"query": {"field": "state", "operator": "=", "value": "open"}}
    async for conversation in client.conversations.search(body=query, max_items=100):
        assert_type(conversation, Conversation)  # a listed conversation is a conversation (was ConversationListItem)
        found.append(conversation.id)
    return found


def summary(conversation: Conversation) -> str:
    """A helper written once for a conversation, however it was obtained."""
    return f"{conversation.id}: {conversation.state} ({conversation.title or 'untitled'})"


async def search_then_summarise(client: AsyncIntercom, conversation_id: str) -> list[str]:
    """Issue 24, item 3: what search and list yield is what a helper typed Conversation takes (no cast)."""
    lines = [summary(await client.conversations.retrieve(conversation_id))]
    async for found in client.conversations.search(query={"field": "open", "operator": "=", "value": True}):
        lines.append(summary(found))  # was: incompatible type "ConversationListItem"; expected "Conversation"
    async for listed in client.conversations.list(per_page=20, max_items=20):
        lines.append(summary(listed))
    page = await client.conversations.search(query={"field": "state", "operator": "=", "value": "open"}, max_pages=1)
    lines.extend(summary(item) for item in page.items)
    return lines


async def search_then_act(client: AsyncIntercom) -> list[Conversation]:
    """Issue 24, item 3: an id read from one response is what the next call takes (no cast)."""
    me = await client.admins.identify()
    admin = await client.admins.retrieve(me.id)  # Admin.id: str, the path's id: str
    handled: list[Conversation] = []
    async for item in client.conversations.search(query={"field": "state", "operator": "=", "value": "open"}):
        assert_type(item.id, str)
        assert_type(item.open, bool)  # was bool | None: always sent, listed or retrieved
        full = await client.conversations.retrieve(item.id)  # was id: int
        await client.conversations.reply(
            item.id, body={"message_type": "note", "type": "admin", "admin_id": admin.id, "body": "Looking"}
        )
        handled.append(await client.conversations.update(full.id, read=True))
        if full.admin_assignee_id is not None:  # an int on the wire, where Admin.id is a str: the path takes both
            assignee = await client.admins.retrieve(full.admin_assignee_id)
            assert_type(assignee.id, str)
        await client.conversations.convert_to_ticket(full.id, ticket_type_id="1")
    return handled


async def always_sent(client: AsyncIntercom) -> list[str]:
    """Issue 24, item 5: what the API always sends is not optional."""
    admins = await client.admins.list()
    assert_type(admins.admins, list[Admin])  # was list[Admin | None] | None
    ids = [admin.id for admin in admins.admins]
    async for ticket in client.tickets.search(query={"field": "open", "operator": "=", "value": True}):
        assert_type(ticket, Ticket)  # was Ticket | None
        ids.append(ticket.id)
    return ids


async def reply_as_admin(client: AsyncIntercom, conversation_id: str, admin_id: str) -> Conversation:
    return await client.conversations.reply(
        conversation_id, body={"message_type": "comment", "admin_id": admin_id, "body": "Thanks, fixed!"}
    )


async def open_ticket(client: AsyncIntercom, contact_id: str) -> Ticket:
    ticket = await client.tickets.create(body={"ticket_type_id": "1234", "contacts": [{"id": contact_id}]})
    assert_type(ticket.id, str)
    return ticket


async def tag_vip(client: AsyncIntercom, contact_id: str, tag_id: str) -> Tag:
    return await client.tags.attach_to_contact(contact_id, body={"id": tag_id})


async def find_or_none(client: AsyncIntercom, contact_id: str) -> Contact | None:
    try:
        return await client.contacts.retrieve(contact_id)
    except NotFoundError as error:
        print(error.status_code, [e.code for e in error.errors])
        return None


async def rate_limit_of_one_call(client: AsyncIntercom, tag_id: str) -> int | None:
    raw = await client.tags.with_raw_response.retrieve(tag_id, timeout=5.0)
    assert_type(raw, RawResponse[TagBasic])
    assert_type(raw.status_code, int)
    return raw.rate_limit.remaining if raw.rate_limit else None


def emails(client: Intercom) -> list[str]:
    return [contact.email for contact in client.contacts.list(per_page=50) if contact.email is not None]


def clients_of_each_version_and_region() -> list[Intercom]:
    """Every known version and region type-checks; a version newer than the SDK goes through NewerApiVersion."""
    known: ApiVersion = "2.14"
    region: Region = "au"
    return [
        Intercom(version=known, region=region),
        Intercom(version="Preview", region="eu").with_options(version="2.11"),
        Intercom(version=NewerApiVersion("2.17")),
        Intercom(version=DEFAULT_API_VERSION),
    ]
