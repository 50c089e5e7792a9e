"""Helpers shared by the client tests (this module holds no tests).

``Harness`` drives an AsyncIntercom or an Intercom through one awaitable interface, with the client's
sleeps recorded instead of taken, so that every behaviour is tested on both clients in no real time.
"""

from __future__ import annotations

import asyncio
import inspect
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from intercom_client import AsyncIntercom, Intercom
from intercom_client._rate_limit import PROBE_WAIT
from tests.operations import resource_class

# Distinctive, so that finding it anywhere (reprs, errors, logs) is certainly a leak.
TOKEN = "tok_Zq8xSECRETx7f3b91c2e4d5"
US = "https://api.intercom.io"
KINDS = ("async", "sync")


def use_client(client: str, base_url: str, use: Callable[[Any], Any]) -> Any:
    """``use(intercom)`` on a client of kind ``client`` ("httpx", "aiohttp" or "sync") at ``base_url``, without
    retries: awaited on the async clients, run in a thread on the sync one; the client is closed after."""

    async def main() -> Any:
        if client == "sync":
            with Intercom(token=TOKEN, base_url=base_url, max_retries=0) as intercom:
                return await asyncio.to_thread(use, intercom)
        async with AsyncIntercom(token=TOKEN, base_url=base_url, max_retries=0, http_backend=client) as aclient:  # type: ignore[arg-type]
            return await use(aclient)

    return asyncio.run(main())


class Harness:
    """An AsyncIntercom (kind "async") or Intercom (kind "sync") whose sleeps are recorded, not taken."""

    def __init__(
        self,
        kind: str,
        client: AsyncIntercom | Intercom | None = None,
        on_sleep: Callable[[float], None] | None = None,
        clock: Callable[[], float] | None = None,
        **options: Any,
    ) -> None:
        self.kind = kind
        self.sleeps: list[float] = []
        self._on_sleep = on_sleep
        self._clock = clock
        if client is None:
            options.setdefault("token", TOKEN)
            client = AsyncIntercom(**options) if kind == "async" else Intercom(**options)
        self.client = client
        self.slept = 0.0  # the client's deadline clock moves on by what it slept
        client._monotonic = lambda: time.monotonic() + self.slept
        if clock is not None:
            client._clock = clock  # the wall clock the pacer and Retry-After dates are read on
        if isinstance(client, AsyncIntercom):

            async def record_async(seconds: float) -> None:
                self._record(seconds)
                await asyncio.sleep(0)  # a sleep lets the other tasks run, even one that takes no time

            client._sleep = record_async
        else:
            client._sleep = self._record

    def _record(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.slept += seconds
        if self._on_sleep is not None:
            self._on_sleep(seconds)
        if self.kind == "sync":
            time.sleep(0)  # let the other threads run

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        if isinstance(self.client, AsyncIntercom):
            return await self.client.request(method, url, **kwargs)
        return self.client.request(method, url, **kwargs)

    async def call(self, operation: Operation, **kwargs: Any) -> Any:
        """Call a generated operation (its resource method) through ``with_raw_response``."""
        method = getattr(getattr(self.client, operation.resource).with_raw_response, operation.name)
        if isinstance(self.client, AsyncIntercom):
            return await method(**kwargs)
        return method(**kwargs)

    def with_options(self, **options: Any) -> Harness:
        """A harness around ``client.with_options(...)``; its sleeps are recorded here too."""
        derived = Harness(
            self.kind, client=self.client.with_options(**options), on_sleep=self._on_sleep, clock=self._clock
        )
        derived.sleeps = self.sleeps
        return derived

    async def close(self) -> None:
        if isinstance(self.client, AsyncIntercom):
            await self.client.aclose()
        else:
            self.client.close()

    @property
    def http(self) -> httpx.AsyncClient | httpx.Client:
        """The httpx client underneath (the connection pool)."""
        return self.client._http


class Harnesses:
    """Makes harnesses of one kind and closes them at the end of the test."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._made: list[Harness] = []

    def __call__(
        self, on_sleep: Callable[[float], None] | None = None, clock: Callable[[], float] | None = None, **options: Any
    ) -> Harness:
        harness = Harness(self.kind, on_sleep=on_sleep, clock=clock, **options)
        self._made.append(harness)
        return harness

    async def close_all(self) -> None:
        for harness in self._made:
            await harness.close()


@dataclass(frozen=True)
class Operation:
    """A generated operation, as its resource and method name (``client.<resource>.<name>``)."""

    resource: str
    name: str


def _operations() -> Iterator[tuple[Operation, Any]]:
    from intercom_client.generated.api import RESOURCES

    # Likely names first, so the scan of every method is only the fallback.
    likely = ("admins", "tags", "teams", "segments")
    for resource in (*likely, *(r for r in RESOURCES if r not in likely)):
        cls = resource_class(resource, is_async=True)
        for name, method in sorted(vars(cls).items()):
            if not name.startswith("_") and inspect.iscoroutinefunction(method):
                yield Operation(resource, name), method


def find_get_operation(*, decodes_json: bool) -> Operation:
    """A generated GET operation that takes no argument but ``intercom_version`` and the per-call options.

    The generated package is regenerated as the spec moves, so it is found by scanning, not named.
    With ``decodes_json``, one whose 200 response is decoded from JSON (into a model).
    """
    for operation, method in _operations():
        parameters = inspect.signature(method).parameters
        required = [p for p in parameters.values() if p.default is inspect.Parameter.empty and p.name != "self"]
        if required or "intercom_version" not in parameters:
            continue
        source = inspect.getsource(method)
        if '"method": "get"' not in source:
            continue
        if decodes_json and not re.search(r"\{200: \w+\.from_dict\}", source):
            continue
        return operation
    pytest.fail("the generated package has no GET operation without required arguments")


class WindowedRateLimit:
    """A server's rate limit: ``limit`` requests per window, on a clock that the client's sleeps move on.

    The client under test sleeps through a recorder; the recorder calls ``slept`` so that the server's
    clock jumps to where the sleep would have ended, and the window it waited for really is over. The
    client reads the same clock (``time``, passed as the harness's ``clock``).
    """

    def __init__(self, limit: int, window: float = 1000.0) -> None:
        self.limit = limit
        self.window = window
        self.start = float(int(time.time()))
        self.rejected = 0
        self.counts: dict[int, int] = {}
        self.sleep_ends: list[float] = []
        self._clock = time.time()
        self._lock = threading.Lock()

    def time(self) -> float:
        """The server's clock: real time, moved on by the client's sleeps."""
        return max(self._clock, time.time())

    def _index(self) -> int:
        return int((self.time() - self.start) // self.window)

    def _reset(self, index: int) -> float:
        return self.start + self.window * (index + 1)

    def slept(self, seconds: float) -> None:
        """The client slept ``seconds``: move the server's clock on as far."""
        with self._lock:
            end = self.time() + seconds
            if seconds != PROBE_WAIT:  # waits for a new window's first answer end at no reset
                self.sleep_ends.append(end)
            self._clock = max(self._clock, end + 1e-3)

    def sleeps_ended_at_resets(self) -> bool:
        """Whether every sleep lasted until a reset the server announced (to within a second)."""
        windows = [(end - self.start) / self.window for end in self.sleep_ends]
        return all(round(w) >= 1 and abs(w - round(w)) * self.window < 1.0 for w in windows)

    def take(self) -> tuple[int, dict[str, str]]:
        """Count one request: its status (429 over the limit) and the rate-limit headers of its response."""
        with self._lock:
            index = self._index()
            count = self.counts[index] = self.counts.get(index, 0) + 1
            status = 200 if count <= self.limit else 429
            if status == 429:
                self.rejected += 1
        headers = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(max(0, self.limit - count)),
            "X-RateLimit-Reset": str(int(self._reset(index))),
        }
        return status, headers
