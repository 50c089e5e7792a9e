# pyright: strict
"""A user's program, type-checked by mypy --strict and pyright (strict) in `make test`.

It must pass both with no cast and no ignore: the types users meet say what the API sends.
"""

from typing import assert_type

from intercom_client import AsyncIntercom, DecodingIssue, Intercom, decoding_issues
from intercom_client.generated.api.contacts import list_contacts, show_contact
from intercom_client.models import Contact, ContactAvatar


def greeting(contact: Contact) -> str:
    return f"{contact.name or contact.id} <{contact.email or 'no email'}>"


async def show(client: AsyncIntercom, contact_id: str) -> str:
    contact = await show_contact.asyncio(contact_id, client=client)
    assert_type(contact.id, str)
    assert_type(contact.role, str)
    assert_type(contact.created_at, int)
    assert_type(contact.email, str | None)
    assert_type(contact.avatar, ContactAvatar | str | None)  # the live API sends a URL string
    issues = decoding_issues(contact)
    assert_type(issues, list[DecodingIssue])
    return greeting(contact)  # the show operation's contact is a Contact


def emails(client: Intercom) -> list[str]:
    page = list_contacts.sync(client=client, per_page=50)
    return [contact.email for contact in page.data or [] if contact.email is not None]
