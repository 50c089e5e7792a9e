"""Header values a caller gives (``default_headers=``, ``extra_headers=``, ``request(headers=...)``) are
checked before anything is sent: a ``ConfigurationError`` naming the header and the problem, never the value.

Before, a value that was not a ``str`` raised httpx's bare ``TypeError``, a non-ASCII one a bare
``UnicodeEncodeError``, and one with a line break (an API key read from a file, with its newline) went
as far as h11, whose ``LocalProtocolError`` became an ``APIConnectionError`` whose message was the value
itself: ``Illegal header value b'sk_live_...\\n'``.
"""

from __future__ import annotations

import asyncio
import traceback
from typing import Any

import pytest

from intercom_client import AsyncIntercom, ConfigurationError, Intercom
from tests.faults.server import FaultServer, reply
from tests.test_client_support import TOKEN

CLIENTS = ("httpx", "aiohttp", "sync")
SECRET = "sk_live_Zq8xSECRETx7f3"
BAD_VALUES: dict[str, tuple[Any, str]] = {
    "newline": (SECRET + "\n", "line break or control character"),
    "header injection": (SECRET + "\r\nX-Evil: 1", "line break or control character"),
    "NUL": (SECRET + "\x00", "line break or control character"),
    "non-ascii": (SECRET + "é", "not ASCII"),
    "int": (12345, "must be str, got int"),
    "None": (None, "must be str, got NoneType"),
}
BAD_NAMES: dict[str, str] = {"space": "X Api-Key", "newline": "X-Api\nKey", "colon": "X-Api:Key", "empty": ""}


def texts(error: BaseException) -> str:
    out = ["".join(traceback.format_exception(error))]
    current: BaseException | None = error
    while current is not None:
        out += [str(current), repr(current), repr(current.args)]
        current = current.__cause__ or current.__context__
    return "\n".join(out)


async def outcome(client: str, url: str, how: str, headers: dict[Any, Any]) -> Any:
    """Send GET /me with ``headers`` given ``how``; the error it raised (or the response)."""
    try:
        if client == "sync":
            sync = Intercom(
                token=TOKEN, base_url=url, max_retries=0, **({"default_headers": headers} if how == "default" else {})
            )
            with sync:
                if how == "derived":
                    sync = sync.with_options(default_headers=headers)
                if how == "extra_headers":
                    return await asyncio.to_thread(sync.admins.identify, extra_headers=headers)
                return await asyncio.to_thread(
                    sync.request, "GET", "/me", headers=headers if how == "request" else None
                )
        options: dict[str, Any] = {"default_headers": headers} if how == "default" else {}
        async with AsyncIntercom(token=TOKEN, base_url=url, max_retries=0, http_backend=client, **options) as intercom:  # type: ignore[arg-type]
            if how == "derived":
                intercom = intercom.with_options(default_headers=headers)
            if how == "extra_headers":
                return await intercom.admins.identify(extra_headers=headers)
            return await intercom.request("GET", "/me", headers=headers if how == "request" else None)
    except Exception as exc:
        return exc


HOWS = ("request", "extra_headers", "default", "derived")


@pytest.mark.parametrize("how", HOWS)
@pytest.mark.parametrize("bad", list(BAD_VALUES))
@pytest.mark.parametrize("client", CLIENTS)
def test_a_bad_header_value_is_a_configuration_error_that_never_shows_it(client: str, bad: str, how: str) -> None:
    value, problem = BAD_VALUES[bad]

    async def run() -> tuple[Any, int]:
        with FaultServer(default=reply(200, {"type": "admin", "id": "1"})) as server:
            return await outcome(client, server.url, how, {"X-Api-Key": value}), server.attempts

    error, attempts = asyncio.run(run())
    assert isinstance(error, ConfigurationError), repr(error)
    assert attempts == 0  # nothing was sent
    assert "'X-Api-Key'" in str(error) and problem in str(error), str(error)
    shown = texts(error)
    assert "SECRET" not in shown and "12345" not in shown, shown


@pytest.mark.parametrize("bad", list(BAD_NAMES))
@pytest.mark.parametrize("client", CLIENTS)
def test_a_bad_header_name_is_a_configuration_error(client: str, bad: str) -> None:
    async def run() -> tuple[Any, int]:
        with FaultServer(default=reply(200, {"type": "admin", "id": "1"})) as server:
            return await outcome(client, server.url, "request", {BAD_NAMES[bad]: SECRET}), server.attempts

    error, attempts = asyncio.run(run())
    assert isinstance(error, ConfigurationError), repr(error)
    assert attempts == 0 and "header name" in str(error)
    assert "SECRET" not in texts(error)


@pytest.mark.parametrize("client", CLIENTS)
def test_good_headers_still_go(client: str) -> None:
    async def run() -> tuple[Any, Any]:
        with FaultServer(default=reply(200, {"type": "admin", "id": "1"})) as server:
            got = await outcome(client, server.url, "request", {"X-Api-Key": "a b\tc!~", "X-Raw": b"\xe9t\xe9"})
            return got, server.received[0].headers if server.received else None

    response, received = asyncio.run(run())
    assert getattr(response, "status_code", None) == 200, repr(response)
    assert received is not None and received.get("x-api-key") == "a b\tc!~"
