"""The fake behind httpx: transports for ``Intercom`` and ``AsyncIntercom``, no sockets, no threads.

Each request is handed to the core as it is; its answer becomes an ``httpx.Response``. ``delay`` is
slept (``asyncio.sleep`` on the async transport), a reset raises httpx's ``ReadError`` as a reset
connection does, and webhook notifications for subscribed URLs are posted after the answer is made
(with an httpx client of the same kind, so a receiver served by the same event loop can answer).
"""

from __future__ import annotations

import asyncio
import time

import httpx

from ._core import FakeCore
from ._wire import FakeResponse

__all__ = ["AsyncFakeTransport", "FakeTransport"]

_DELIVERY_TIMEOUT = 10.0


def delivery_options(deliveries: list[tuple[str, bytes, dict[str, str]]]) -> dict[str, object]:
    """httpx client options for posting these notifications: certificates are loaded (some 30 ms of CPU
    per client) only when one of the URLs is https."""
    https = any(url.startswith("https://") for url, _, _ in deliveries)
    return {"timeout": _DELIVERY_TIMEOUT, "verify": https, "trust_env": False}


def deliver(core: FakeCore, deliveries: list[tuple[str, bytes, dict[str, str]]]) -> None:
    """Post the notifications for subscribed URLs (sync); a failure is kept in ``fake.webhooks.failures``."""
    with httpx.Client(**delivery_options(deliveries)) as client:  # type: ignore[arg-type]
        for url, body, headers in deliveries:
            try:
                _check(core, url, client.post(url, content=body, headers=headers))
            except httpx.HTTPError as exc:
                core.webhooks.record_failure(url, f"{type(exc).__name__}: {exc}")


async def deliver_async(core: FakeCore, deliveries: list[tuple[str, bytes, dict[str, str]]]) -> None:
    """Post the notifications for subscribed URLs (async); a failure is kept in ``fake.webhooks.failures``."""
    async with httpx.AsyncClient(**delivery_options(deliveries)) as client:  # type: ignore[arg-type]
        for url, body, headers in deliveries:
            try:
                _check(core, url, await client.post(url, content=body, headers=headers))
            except httpx.HTTPError as exc:
                core.webhooks.record_failure(url, f"{type(exc).__name__}: {exc}")


def _check(core: FakeCore, url: str, response: httpx.Response) -> None:
    if not response.is_success:
        core.webhooks.record_failure(url, f"answered {response.status_code}")


def _target(request: httpx.Request) -> str:
    return request.url.raw_path.decode("ascii")


def _response(request: httpx.Request, answer: FakeResponse) -> httpx.Response:
    if answer.reset:
        raise httpx.ReadError("connection reset by peer (FakeIntercom.fail_next(..., reset=True))", request=request)
    return httpx.Response(answer.status, headers=answer.headers, content=answer.body, request=request)


class FakeTransport(httpx.BaseTransport):
    """The sync transport: ``Intercom(transport=fake.transport(), token=fake.token)``."""

    def __init__(self, core: FakeCore) -> None:
        self._core = core

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._core.handle(request.method, _target(request), dict(request.headers), request.read())
        if answer.delay > 0:
            time.sleep(answer.delay)
        if answer.deliveries:
            deliver(self._core, answer.deliveries)
        return _response(request, answer)


class AsyncFakeTransport(httpx.AsyncBaseTransport):
    """The async transport: ``AsyncIntercom(transport=fake.async_transport(), token=fake.token)``."""

    def __init__(self, core: FakeCore) -> None:
        self._core = core

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._core.handle(request.method, _target(request), dict(request.headers), await request.aread())
        if answer.delay > 0:
            await asyncio.sleep(answer.delay)
        if answer.deliveries:
            await deliver_async(self._core, answer.deliveries)
        return _response(request, answer)
