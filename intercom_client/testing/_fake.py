"""``FakeIntercom``: the stateful fake users test against, its adapters, seeding and inspection.

::

    fake = FakeIntercom()
    alice = fake.contacts.add(email="alice@example.com", custom_attributes={"plan": "pro"})   # a Contact
    async with fake.async_client() as client:                 # AsyncIntercom over the in-process transport
        found = await client.contacts.search(body={"query": {"field": "email", "operator": "=", "value": alice.email}})
    assert [r.operation for r in fake.requests] == ["contacts.search"]

    with fake.serve() as server:                               # a real server on 127.0.0.1
        AsyncIntercom(base_url=server.url, token=fake.token, http_backend="aiohttp")
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Unpack

from ._adapters import AsyncFakeTransport, FakeTransport
from ._core import FakeCore
from ._routes import operation_named
from ._seed import Seeds
from ._server import FakeServer
from ._wire import FakeIntercomError, FakeRequest

if TYPE_CHECKING:
    from .._config import ClientOptions
    from ..generated.client import AsyncIntercom, Intercom

__all__ = ["DEFAULT_TOKEN", "FakeIntercom"]

DEFAULT_TOKEN = "fake-intercom-token"


class FakeIntercom(FakeCore, Seeds):
    """A stateful, in-memory Intercom workspace.

    Args:
        token: The access token it accepts; any other gets Intercom's 401.
        clock: Unix seconds (``time.time`` by default): every ``created_at``/``updated_at``, rate-limit
            window and notification time is read from it.

    Attributes:
        requests: Every request the code under test sent (``FakeRequest``: method, path, query,
            headers with the token redacted, body, and ``operation``, e.g. ``"contacts.retrieve"``);
            the first ``max_recorded_requests`` (10,000) of them. A recorded body keeps its first
            ``max_recorded_body`` bytes (64 KiB), and all recorded bodies together at most
            ``max_recorded_body_total`` (32 MiB; later ones are recorded empty): the handler saw it whole.
        webhooks: ``fake.webhooks.subscribe(receiver_or_url, secret=...)``; ``fake.webhooks.sent`` (the
            notifications made), ``fake.webhooks.failures`` (receivers that raised, answered an error or
            could not be reached: as with Intercom, that never fails the API call).
        latency: Seconds every answer waits (0 by default).
        defects: Exceptions the fake's own handlers raised (answered 500), the first 100; the pytest
            fixture fails on them.
        state: The objects themselves (JSON dicts by kind); read or change them under ``fake.lock``.
        me, contacts, companies, conversations, tickets, tags, admins, teams, segments,
            subscription_types: seeding and reading, typed with the SDK's models
            (``fake.contacts.add(email=...) -> Contact``, ``fake.conversations.get(id) -> Conversation``).
    """

    def __init__(self, *, token: str = DEFAULT_TOKEN, clock: Callable[[], float] | None = None) -> None:
        FakeCore.__init__(self, token=token, clock=clock)
        Seeds.__init__(self)

    # -- adapters ---------------------------------------------------------------------------------------

    def transport(self) -> FakeTransport:
        """An httpx transport for ``Intercom(transport=...)`` (or your own ``httpx.Client``)."""
        return FakeTransport(self)

    def async_transport(self) -> AsyncFakeTransport:
        """An httpx transport for ``AsyncIntercom(transport=...)`` (or your own ``httpx.AsyncClient``)."""
        return AsyncFakeTransport(self)

    def client(self, **options: Unpack[ClientOptions]) -> Intercom:
        """An ``Intercom`` (sync) client over the in-process transport, with the fake's token."""
        from ..generated.client import Intercom

        options.setdefault("token", self.token)
        return Intercom(transport=self.transport(), **options)

    def async_client(self, **options: Unpack[ClientOptions]) -> AsyncIntercom:
        """An ``AsyncIntercom`` client over the in-process transport, with the fake's token."""
        from ..generated.client import AsyncIntercom

        options.setdefault("token", self.token)
        return AsyncIntercom(transport=self.async_transport(), **options)

    def serve(self, *, port: int = 0, max_connections: int = 64, idle_timeout: float = 30.0) -> FakeServer:
        """Serve the fake on 127.0.0.1 (a free port by default) until ``stop()`` or the ``with`` block ends.

        A connection idle for ``idle_timeout`` seconds is closed (its slot of ``max_connections`` freed).
        """
        return FakeServer(self, port=port, max_connections=max_connections, idle_timeout=idle_timeout)

    # -- faults -----------------------------------------------------------------------------------------

    def fail_next(
        self,
        operation: str | None = None,
        *,
        status: int = 503,
        retry_after: float | None = None,
        reset: bool = False,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` calls of ``operation`` (``"contacts.retrieve"``; None: any) fail.

        With ``status`` (an error status, with Intercom's ``error.list`` body and ``Retry-After`` when
        given: ``status=429, retry_after=1``), or, with ``reset=True``, by closing the connection
        without an answer. Checked before the operation runs: a failed call changes nothing.
        """
        if operation is not None and operation_named(operation) is None:
            raise FakeIntercomError(f"no operation is named {operation!r} (e.g. 'contacts.retrieve')")
        with self.lock:
            self.faults.fail_next(operation, status=status, retry_after=retry_after, reset=reset, times=times)

    def rate_limit(self, limit: int | None, *, window: int = 10) -> None:
        """Allow ``limit`` calls per ``window`` seconds (Intercom's windows are 10 s), then 429 with
        ``Retry-After`` until the window resets; every answer carries ``X-RateLimit-Limit``,
        ``-Remaining`` and ``-Reset``. None: no budget and no headers (the default)."""
        with self.lock:
            self.faults.set_rate_limit(limit, window)

    # -- inspection -------------------------------------------------------------------------------------

    def calls(self, operation: str) -> list[FakeRequest]:
        """The recorded requests of ``operation`` (``"conversations.reply"``), in order."""
        if operation_named(operation) is None:
            raise FakeIntercomError(f"no operation is named {operation!r} (e.g. 'contacts.retrieve')")
        with self.lock:
            return [r for r in self.requests if r.operation == operation]

    @contextlib.contextmanager
    def recording(self) -> Iterator[list[FakeRequest]]:
        """The requests sent inside the block (``with fake.recording() as sent: ...``)."""
        with self.lock:
            start = len(self.requests)
        sent: list[FakeRequest] = []
        try:
            yield sent
        finally:
            with self.lock:
                sent.extend(self.requests[start:])
