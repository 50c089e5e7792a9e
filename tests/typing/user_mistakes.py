# pyright: strict
"""Mistakes a type checker must flag: each line marked `# expect-error` must draw an error, and no other."""

from intercom_client import AsyncIntercom
from intercom_client.generated.api.contacts import show_contact
from intercom_client.models import Contact


async def mistakes(client: AsyncIntercom, contact: Contact) -> None:
    print(contact.emial)  # expect-error
    contact.id = 5  # expect-error
    email: str = contact.email  # expect-error
    when: str = contact.created_at  # expect-error
    await show_contact.asyncio(123, client=client)  # expect-error
    await show_contact.asyncio("1", client=client, include_merge_histroy=True)  # expect-error
    print(email, when)
