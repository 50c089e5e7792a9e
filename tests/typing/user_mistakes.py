# pyright: strict
"""Mistakes a type checker must flag: each line marked `# expect-error` must draw an error, and no other."""

import httpx

from intercom_client import AsyncIntercom, Intercom
from intercom_client.bulk import Job, iter_export_records, wait_for_job
from intercom_client.models import Contact, ContactSearchRequestDict


async def mistakes(client: AsyncIntercom, contact: Contact) -> None:
    print(contact.emial)  # expect-error
    contact.id = 5  # expect-error
    email: str = contact.email  # expect-error
    when: str = contact.created_at  # expect-error
    await client.contacts.retreive("1")  # expect-error
    await client.contacts.retrieve(123)  # expect-error
    await client.contacts.retrieve("1", include_merge_histroy=True)  # expect-error
    client.contacts.list(perpage=50)  # expect-error
    async for listed in client.contacts.list(per_page=50):
        print(listed.emial)  # expect-error
    await client.tags.attach_to_contact("1", body={"tag_id": "5"})  # expect-error
    await client.conversations.reply("1", body={"message_type": "comment", "admin_id": 991})  # expect-error
    await client.tickets.create(body={"contacts": []})  # expect-error
    page = await client.contacts.list()
    print(page.items[0].emial)  # expect-error
    print(email, when)


async def body_mistakes(client: AsyncIntercom) -> None:
    """A wrong body key or value is flagged by both checkers, naming the key (the fields as keyword arguments)."""
    await client.contacts.create(emial="a@example.com")  # expect-error: emial
    await client.contacts.create(email=5)  # expect-error: email
    client.contacts.search(query={"fild": "email", "operator": "=", "value": "a@example.com"})  # expect-error: fild
    client.contacts.search(query={"field": "email", "operator": "===", "value": "a"})  # expect-error
    await client.tags.attach_to_contact("1", tag_id="5")  # expect-error: tag_id
    await client.data_events.create(event_name="e", user_id="1", metadat={"a": 1})  # expect-error: metadat
    search: ContactSearchRequestDict = {"query": {"field": "email"}, "paginaton": {}}  # expect-error: paginaton
    await client.conversations.reply("1")  # expect-error
    await client.contacts.create(body={"emial": "a@example.com"})  # expect-error
    print(search)


async def union_body_mistakes(client: AsyncIntercom) -> None:
    """Where a body, or an item inside one, may be one of several models, both checkers flag the mistake but
    neither names the key (test_typing.py, test_a_key_in_a_union_is_flagged_but_not_named; README, Request bodies).

    mypy 2.4.1 and pyright 1.1.414 say, for the three lines below:
      mypy:    Argument "body" has incompatible type "dict[str, str]";
               expected "ContactReplyIntercomUserIdRequest | ContactReplyIntercomUserIdRequestDict | ..."
      pyright: Argument of type "dict[str, str]" cannot be assigned to parameter "body" of type
               "ContactReplyIntercomUserIdRequest | ... | AdminReplyConversationRequestDict"
      mypy:    List item 0 has incompatible type "dict[str, str]"; expected "... | ..."   (ticket contacts)
      pyright: Argument of type "list[dict[str, str]]" cannot be assigned to parameter "contacts" ...
      mypy:    Incompatible types (expression has type "int", TypedDict item "id" has type "str")   (named)
      pyright: Argument of type "list[dict[str, int]]" cannot be assigned to parameter "contacts" ...
    Overloads per union member (keyword arguments) make mypy name it ('Unexpected keyword argument
    "admin_idd" for overloaded function; did you mean "admin_id"?') but not pyright ('No overloads for
    "reply" match the provided arguments'); one method per member would make both name it.
    """
    reply = client.conversations.reply
    await reply("1", body={"message_type": "comment", "type": "admin", "admin_idd": "5"})  # expect-error
    await client.tickets.create(ticket_type_id="1", contacts=[{"idd": "1"}])  # expect-error
    await client.tickets.create(ticket_type_id="1", contacts=[{"id": 1}])  # expect-error


def sync_mistakes(client: Intercom) -> None:
    for contact in client.contacts.list():
        print(contact.naem)  # expect-error
    print(client.contacts.retrieve("1").emial)  # expect-error


async def bulk_mistakes(client: AsyncIntercom, sync_client: Intercom, raw: httpx.AsyncClient) -> None:
    job: Job = wait_for_job(client, "1", kind="job")  # expect-error
    await wait_for_job(sync_client, job)  # expect-error
    await wait_for_job(raw, job)  # expect-error
    for _row in iter_export_records(client, job):  # expect-error
        pass
    async for _record in iter_export_records(sync_client, job):  # expect-error
        pass


def option_mistakes() -> None:
    Intercom(version="2.99")  # expect-error
    Intercom(version="preview")  # expect-error
    AsyncIntercom(region="europe")  # expect-error
    Intercom(region="EU").with_options(version="3.0")  # expect-error
