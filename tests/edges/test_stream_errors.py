"""A streamed body whose reading fails ends in the SDK's typed error, not httpx's.

Before its headers arrive a call's failures are typed (``APITimeoutError``, ``APIConnectionError``);
they used to stop being so once the caller read a streamed body (an export's download): a server that
stalls, or closes the connection half-way through the body, raised ``httpx.ReadTimeout`` or
``httpx.RemoteProtocolError`` from ``aiter_bytes``. Over the byte-level server, on the three clients.
"""

from __future__ import annotations

import asyncio
import traceback
from typing import Any

import httpx
import pytest

from intercom_client import APIConnectionError, APITimeoutError, AsyncIntercom, Intercom
from tests.faults.server import Close, FaultServer, Plan, Send, Wait
from tests.test_client_support import TOKEN

CLIENTS = ("httpx", "aiohttp", "sync")
HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 100000\r\n\r\n"
STALLS: Plan = [Send(HEAD + b"x" * 1000), Wait(5.0)]  # then nothing, past the read timeout
BREAKS: Plan = [Send(HEAD + b"x" * 1000), Close()]  # the connection ends 99,000 bytes short


def read_stream(client: str, url: str) -> tuple[int, BaseException]:
    """Stream a download, reading every chunk; the bytes read before the failure, and the failure."""
    options: dict[str, Any] = {"token": TOKEN, "base_url": url, "max_retries": 0, "timeout": 0.5}
    got = 0
    if client == "sync":
        with Intercom(**options) as sync, sync.stream("GET", "/download/content/data/abc") as response:
            try:
                for chunk in response.iter_bytes():
                    got += len(chunk)
            except Exception as exc:
                return got, exc
        raise AssertionError("the body was read to its end")

    async def main() -> tuple[int, BaseException]:
        nonlocal got
        async with (
            AsyncIntercom(**options, http_backend=client) as async_client,
            async_client.stream("GET", "/download/content/data/abc") as response,
        ):
            try:
                async for chunk in response.aiter_bytes():
                    got += len(chunk)
            except Exception as exc:
                return got, exc
        raise AssertionError("the body was read to its end")

    return asyncio.run(main())


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize(
    ("plan", "expected"), [(STALLS, APITimeoutError), (BREAKS, APIConnectionError)], ids=["stalls", "breaks"]
)
def test_a_failure_while_reading_a_streamed_body_is_typed(client: str, plan: Plan, expected: type[Exception]) -> None:
    with FaultServer(script=[plan]) as server:
        got, error = read_stream(client, server.url)
    # What arrived before the failure was given on (aiohttp hands a streamed body on in 64 KiB pieces: the
    # 1,000 bytes of a connection that breaks may go down with it).
    assert got == 1000 or (client == "aiohttp" and got == 0)
    assert type(error) is expected
    assert isinstance(error.__cause__, httpx.TransportError)  # httpx's error, kept as the cause
    assert "GET /download/content/data/abc" in str(error)
    assert TOKEN not in "".join(traceback.format_exception(error))
