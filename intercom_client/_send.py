"""One attempt on the wire: straight to the transport of the SDK's own httpx client, or through yours.

Around its transport, ``httpx.Client.send`` does what the SDK's own client never needs: auth flows and
redirects (the SDK follows none and sends its token as a header), event hooks (it has none), a cookie
jar (the SDK builds its requests without it, so nothing stored there is ever sent; yet filling it
turns every response's headers into an ``email.message.Message`` and a ``urllib.request.Request``)
and an INFO log line (the SDK logs each attempt itself, the token redacted). Going around it took
SDK/raw at c=1 from 0.94x to 1.05x over httpx and from 0.88x to 1.08x over aiohttp (``make bench``, CPU
time, with ``_body.py`` checking the size of a body already in memory instead of decoding it).

So on the SDK's own client a buffered request goes straight to the transport httpx would pick for its
URL (a proxy's mount included), and the response gets what ``send`` would have given it: its
``request`` (also on a transport's error) and its ``elapsed``. A streamed request, and every request
over an ``http_client`` you pass, goes through ``send``: your hooks, auth and cookies apply.
"""

from __future__ import annotations

import datetime
import time
from typing import Any

import httpx

from ._body import read_body_async, read_body_sync

__all__ = ["send_async", "send_sync"]


async def send_async(http: httpx.AsyncClient, request: httpx.Request, *, stream: bool, direct: bool) -> httpx.Response:
    """Send ``request`` and read its body within its bound (a streamed success's is left to the caller).

    ``direct``: ``http`` is the SDK's own client, whose transport may be used without ``send``.
    """
    transport: httpx.AsyncBaseTransport | None = _transport(http, request) if direct and not stream else None
    if transport is None:
        return await read_body_async(await http.send(request, stream=True, follow_redirects=False), stream=stream)
    started = time.perf_counter()
    try:
        response = await transport.handle_async_request(request)
    except httpx.RequestError as exc:
        _name_request(exc, request)
        raise
    response.request = request
    await read_body_async(response, stream=False)
    response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
    return response


def send_sync(http: httpx.Client, request: httpx.Request, *, stream: bool, direct: bool) -> httpx.Response:
    """The sync twin of :func:`send_async`."""
    transport: httpx.BaseTransport | None = _transport(http, request) if direct and not stream else None
    if transport is None:
        return read_body_sync(http.send(request, stream=True, follow_redirects=False), stream=stream)
    started = time.perf_counter()
    try:
        response = transport.handle_request(request)
    except httpx.RequestError as exc:
        _name_request(exc, request)
        raise
    response.request = request
    read_body_sync(response, stream=False)
    response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
    return response


def _transport(http: httpx.Client | httpx.AsyncClient, request: httpx.Request) -> Any:
    """The transport ``http`` would send ``request`` on (its mounts first), or None to go through ``send``.

    ``_transport_for_url`` is httpx's own choice of transport (httpx 0.18 to 0.28); were it gone, every
    request would go through ``send`` as before.
    """
    pick = getattr(http, "_transport_for_url", None)
    return None if pick is None else pick(request.url)


def _name_request(error: httpx.RequestError, request: httpx.Request) -> None:
    """Give a transport's error its request, as ``send`` does (httpx's transports raise it without)."""
    try:
        error.request  # noqa: B018 (raises RuntimeError when unset)
    except RuntimeError:
        error.request = request
