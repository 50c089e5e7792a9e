"""A testing kit: ``FakeIntercom``, a stateful in-memory Intercom to test your code against.

It answers every operation of the spec: the common objects (contacts, companies, conversations and
their parts, tickets, tags, admins and teams, notes ...) are kept as state, with Intercom's rules (a
duplicate email is 409, an unknown id 404 with ``error.list``, search's query language and limits,
lists paged as the API pages them); every other operation answers the spec's example of its success
response. docs/testing.md lists which operations are stateful.

- In process: ``fake.async_client()`` / ``fake.client()`` (or ``transport=fake.async_transport()``):
  no sockets, no threads.
- As a server on 127.0.0.1: ``with fake.serve() as server: AsyncIntercom(base_url=server.url, ...)``,
  for the aiohttp backend and other processes.
- Faults: ``fake.fail_next("contacts.retrieve", status=503)``, ``status=429, retry_after=1``,
  ``reset=True``; ``fake.rate_limit(100)``; ``fake.latency``.
- Webhooks: ``fake.webhooks.subscribe(receiver, secret=...)``: changes made through the API are
  notified, signed as Intercom signs them.
- pytest: the ``intercom_fake`` fixture: ``pytest_plugins = ["intercom_client.testing.pytest_plugin"]``
  in your top-level conftest.py.
"""

from __future__ import annotations

from ._fake import DEFAULT_TOKEN, FakeIntercom
from ._server import FakeServer
from ._wire import FakeIntercomError, FakeRequest, FakeResponse

__all__ = ["DEFAULT_TOKEN", "FakeIntercom", "FakeIntercomError", "FakeRequest", "FakeResponse", "FakeServer"]
