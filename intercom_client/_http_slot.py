"""The httpx clients behind an SDK client: made on first use, one per process and (async) per event loop.

An SDK client and the clients derived from it (``with_options``) share one *slot*. The slot makes the
httpx client on first use (creating one loads the CA bundle and the transport's modules: tens of
milliseconds a client that never sends does not pay), and keeps three rules:

- **A process never uses its parent's connections.** After ``os.fork()`` both processes hold the same
  sockets: a child sending on a pooled connection writes into its parent's conversation and either may
  read the other's answer. The slot remembers the process id it made its clients in and, on the first
  use in another process, sets them aside without closing or finalizing anything (that would run
  protocol and event-loop code on sockets the parent still uses) and makes new ones. The check is a
  ``getpid()`` per call: no registry of live clients, and it holds whatever made the fork.
- **An event loop never uses another loop's connections** (async). Each loop that uses the client gets
  its own httpx client (its own pool, and the semaphore of ``ShardedTransport``), made on its first
  call there. A loop that ends closes its pool as ``asyncio.run`` shuts it down (through an async
  generator the loop finalizes, which is the one hook asyncio gives); a loop closed without that is
  dropped by the next loop that comes. An ``http_client`` or ``transport`` you passed is used as given
  in every loop: it is yours to make fit.
- **A closed client stays closed**: every later use raises ``ClientClosedError``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import AsyncGenerator, Callable
from typing import TYPE_CHECKING, Any

import httpx

from ._exceptions import ClientClosedError

if TYPE_CHECKING:
    import asyncio

__all__ = ["AsyncHTTPSlot", "SyncHTTPSlot"]

# What a forked child inherited of its parent's pools: kept alive and never used. Letting it be
# collected would run library finalizers on the parent's sockets (aiohttp's connector closes its
# connections when collected, which takes them out of the epoll set that parent and child share:
# the parent's reads then wait forever). Process-wide by nature; it only grows in forked children,
# by what the parent held at the fork.
_INHERITED: list[Any] = []


def _closed_error(name: str) -> ClientClosedError:
    return ClientClosedError(
        f"this {name} was closed (close()/aclose() or the end of its with block) and cannot send requests: "
        "make a new client"
    )


class SyncHTTPSlot:
    """The ``httpx.Client`` of an ``Intercom`` and of the clients derived from it."""

    __slots__ = ("_factory", "_lock", "_pid", "client", "closed", "enforces_deadlines", "given")

    def __init__(self, factory: Callable[[], httpx.Client], given: httpx.Client | None = None) -> None:
        self._factory = factory
        # Threads that make their first calls at once must share one client (each making its own
        # left all but one unclosed, their connections open), and close() must see the one made.
        self._lock = threading.Lock()
        self.given = given  # an http_client the caller passed: used as it is, never closed here
        self.client: httpx.Client | None = given
        self.closed = False
        self.enforces_deadlines = given is None
        self._pid = os.getpid()

    def check_open(self) -> None:
        """Raise ``ClientClosedError`` if the client was closed."""
        if self.closed:
            raise _closed_error("Intercom")

    def get(self) -> httpx.Client:
        """The client to send with: made on first use, made again in a forked child."""
        self.check_open()
        if self._pid != os.getpid():
            self._after_fork()
        client = self.client
        if client is None:
            with self._lock:
                self.check_open()
                if self.client is None:
                    self.client = self._factory()
                client = self.client
        return client

    def _after_fork(self) -> None:
        from ._transport import forget_connections

        self._pid = os.getpid()
        self._lock = threading.Lock()  # another thread of the parent may have held it at the fork
        if self.client is None:
            return
        # The parent's pooled connections are its conversations: forgotten, not closed (the pool of a
        # transport the caller passed too, which the factory reuses). A client the slot made is set aside.
        _INHERITED.append(forget_connections(self.client))
        if self.given is None:
            _INHERITED.append(self.client)
            self.client = None

    def close(self) -> None:
        """Close the pool this slot made (not a given one); every later use raises ``ClientClosedError``."""
        if self._pid != os.getpid():
            self._after_fork()  # the parent's client is set aside (not closed), and the lock made again
        with self._lock:
            if self.closed:
                return
            self.closed = True
            client = self.client
        if client is not None and self.given is None:
            client.close()


class _LoopState:
    """What one event loop holds of a slot: its httpx client and the attempts its callers gave up on."""

    __slots__ = ("background", "closer", "http", "owned")

    def __init__(self, http: httpx.AsyncClient, owned: bool) -> None:
        self.http = http
        self.owned = owned  # made for this loop (closed with it), or shared by every loop
        self.background: set[Any] = set()
        self.closer: AsyncGenerator[None, None] | None = None

    async def close(self) -> None:
        """End the attempts left running, then close this loop's pool (in this loop)."""
        import asyncio

        pending = list(self.background)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
        if self.owned:
            await self.http.aclose()


async def _close_with_loop(
    loops: dict[asyncio.AbstractEventLoop, _LoopState], loop: asyncio.AbstractEventLoop, state: _LoopState
) -> AsyncGenerator[None, None]:
    """Suspended until the loop shuts down its async generators (``asyncio.run`` does), then closes ``state``.

    ``state.closer`` is set to None to abandon it (a closed loop, a forked child): it then closes nothing.
    """
    import asyncio

    try:
        yield
    finally:
        if loops.get(loop) is state:
            del loops[loop]
        running: asyncio.AbstractEventLoop | None
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:  # finalized without a loop (a loop without asyncgen hooks): nothing to await in
            running = None
        if state.closer is not None and running is loop:
            await state.close()


def _finish(closer: AsyncGenerator[None, None]) -> None:
    """Run an abandoned closer to its end without a loop (it awaits nothing once abandoned)."""
    step = closer.aclose()
    try:
        step.send(None)
    except StopIteration:
        return
    step.close()


class AsyncHTTPSlot:
    """The ``httpx.AsyncClient`` of an ``AsyncIntercom`` and its derived clients, one per event loop.

    ``factory`` makes a client for a loop; with ``per_loop=False`` (a transport or client the caller
    passed) one client serves every loop.
    """

    __slots__ = ("_factory", "_loops", "_pid", "_shared", "closed", "enforces_deadlines", "given", "per_loop")

    def __init__(
        self,
        factory: Callable[[], httpx.AsyncClient],
        given: httpx.AsyncClient | None = None,
        *,
        per_loop: bool = True,
        enforces_deadlines: bool = True,
    ) -> None:
        self._factory = factory
        self.given = given
        self.per_loop = per_loop and given is None
        self.enforces_deadlines = enforces_deadlines
        self.closed = False
        self._shared: httpx.AsyncClient | None = given
        self._loops: dict[asyncio.AbstractEventLoop, _LoopState] = {}
        self._pid = os.getpid()

    def get(self) -> httpx.AsyncClient:
        """The running loop's client (made on its first use there)."""
        return self._state().http

    @property
    def background(self) -> set[Any]:
        """The running loop's attempts whose callers gave up on them (``aclose`` ends them)."""
        import asyncio

        state = self._loops.get(asyncio.get_running_loop())
        return state.background if state is not None else set()

    def check_open(self) -> None:
        """Raise ``ClientClosedError`` if the client was closed."""
        if self.closed:
            raise _closed_error("AsyncIntercom")

    def _state(self) -> _LoopState:
        import asyncio

        self.check_open()
        if self._pid != os.getpid():
            self._after_fork()
        loop = asyncio.get_running_loop()
        state = self._loops.get(loop)
        if state is None:
            self._drop_closed_loops()
            state = self._loops[loop] = self._new_state(loop)
        return state

    def _new_state(self, loop: asyncio.AbstractEventLoop) -> _LoopState:
        if not self.per_loop:
            if self._shared is None:
                self._shared = self._factory()
            return _LoopState(self._shared, owned=False)
        state = _LoopState(self._factory(), owned=True)
        closer = _close_with_loop(self._loops, loop, state)
        # The first step registers the generator with the running loop (its asyncgen hook) and stops at
        # its yield; asyncio.run's shutdown_asyncgens then resumes it, in the loop, before closing it.
        step = closer.__anext__()
        try:
            step.send(None)
        except StopIteration:
            state.closer = closer
        return state

    def _drop_closed_loops(self) -> None:
        """Forget the loops that were closed without shutting down their async generators."""
        for loop, state in list(self._loops.items()):
            if loop.is_closed() and self._loops.pop(loop, None) is state:
                self._abandon(state)

    @staticmethod
    def _abandon(state: _LoopState) -> None:
        closer, state.closer = state.closer, None
        if closer is not None:
            _finish(closer)

    def _after_fork(self) -> None:
        from ._transport import forget_connections

        self._pid = os.getpid()
        states, self._loops = list(self._loops.values()), {}
        for state in states:
            self._abandon(state)  # the parent's loops: nothing of theirs is touched
        _INHERITED.append(states)
        if self._shared is not None:
            _INHERITED.append(forget_connections(self._shared))

    async def aclose(self) -> None:
        """Close the running loop's pool, and those of other loops where that is safe; then stay closed.

        A loop running in another thread is asked to close its own; a closed loop's pool is dropped; a
        loop that is not running closes its pool when it shuts down.
        """
        import asyncio

        if self.closed:
            return
        self.closed = True
        if self._pid != os.getpid():
            self._after_fork()
        current = asyncio.get_running_loop()
        for loop, state in list(self._loops.items()):
            if loop is current:
                self._loops.pop(loop, None)
                self._abandon(state)  # closed here and now, rather than when the loop ends
                await state.close()
            elif loop.is_closed():
                self._loops.pop(loop, None)
                self._abandon(state)
            elif loop.is_running() and state.closer is not None:
                asyncio.run_coroutine_threadsafe(state.closer.aclose(), loop)
        if self._shared is not None and self.given is None:
            await self._shared.aclose()
