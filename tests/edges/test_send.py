"""An attempt on the SDK's own httpx client goes straight to its transport (``_send.py``), and loses nothing.

What ``httpx.Client.send`` gave, the direct path gives too, on both clients: a response's ``request``
and ``elapsed`` (``send`` left ``elapsed`` unset for a body a transport made in memory), and the
request named on a transport's error. A body already in memory is held to ``max_response_bytes``
(``send`` never bounded a body a transport made with ``content=``). An ``http_client`` you pass still
sends through ``send`` (its event hooks run); a cookie a server sets is neither kept nor sent back.
"""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from intercom_client import APIConnectionError, AsyncIntercom, Intercom, ResponseTooLargeError
from tests.test_client_support import TOKEN, Harness

KINDS = ("async", "sync")
BASE = "https://api.intercom.io"


def mock(
    kind: str, handler: Callable[[httpx.Request], httpx.Response]
) -> httpx.BaseTransport | httpx.AsyncBaseTransport:
    if kind == "sync":
        return httpx.MockTransport(handler)

    async def respond(request: httpx.Request) -> httpx.Response:
        return handler(request)

    return httpx.MockTransport(respond)


def run(kind: str, handler: Callable[[httpx.Request], httpx.Response], path: str, **options: Any) -> Any:
    """The response of ``GET path`` (or the error it raised) on a ``kind`` client over ``handler``."""

    async def go() -> Any:
        h = Harness(kind, token=TOKEN, transport=mock(kind, handler), max_retries=0, **options)
        try:
            return await h.request("GET", path)
        except Exception as exc:
            return exc
        finally:
            await h.close()

    return asyncio.run(go())


@pytest.mark.parametrize("kind", KINDS)
def test_a_transport_error_names_the_request_it_was_sending(kind: str) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused")  # as httpx's transports raise it: no request

    error = run(kind, refuse, "/admins/7")
    assert isinstance(error, APIConnectionError), repr(error)
    cause = error.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert cause.request.url == f"{BASE}/admins/7"  # no RuntimeError: the request is set, as send() set it
    assert error.request is cause.request


@pytest.mark.parametrize("kind", KINDS)
def test_a_response_says_how_long_it_took(kind: str) -> None:
    response = run(kind, lambda request: httpx.Response(200, json={"type": "admin", "id": "7"}), "/admins/7")
    assert isinstance(response, httpx.Response), repr(response)
    assert isinstance(response.elapsed, datetime.timedelta)
    assert datetime.timedelta(0) <= response.elapsed < datetime.timedelta(seconds=30)
    assert response.request.url == f"{BASE}/admins/7"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("size", "fits"), [(1000, True), (1001, False)])
def test_a_body_already_in_memory_is_bounded_too(kind: str, size: int, fits: bool) -> None:
    # MockTransport's body is in memory (as the aiohttp transport's is): it is not decoded piece by
    # piece, but its size is still held to max_response_bytes.
    outcome = run(kind, lambda request: httpx.Response(200, content=b"x" * size), "/big", max_response_bytes=1000)
    if fits:
        assert isinstance(outcome, httpx.Response) and outcome.content == b"x" * size
    else:
        assert isinstance(outcome, ResponseTooLargeError), repr(outcome)
        assert (outcome.limit, outcome.option, outcome.path, outcome.status) == (
            1000,
            "max_response_bytes",
            "/big",
            200,
        )
        assert outcome.__cause__ is None and outcome.__context__ is None


@pytest.mark.parametrize("kind", KINDS)
def test_a_coded_body_in_memory_is_still_decoded(kind: str) -> None:
    import gzip

    body = gzip.compress(b'{"type": "admin", "id": "7"}')
    outcome = run(
        kind, lambda request: httpx.Response(200, content=body, headers={"Content-Encoding": "gzip"}), "/admins/7"
    )
    assert isinstance(outcome, httpx.Response), repr(outcome)
    assert outcome.json() == {"type": "admin", "id": "7"}
    assert "content-encoding" not in outcome.headers


@pytest.mark.parametrize("kind", KINDS)
def test_a_cookie_the_server_sets_is_never_sent_back(kind: str) -> None:
    sent: list[str | None] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("cookie"))
        return httpx.Response(200, json={"type": "admin"}, headers={"Set-Cookie": "lb=node-3; Path=/"})

    async def go() -> None:
        h = Harness(kind, token=TOKEN, transport=mock(kind, answer))
        try:
            await h.request("GET", "/admins/1")
            await h.request("GET", "/admins/2")
            assert not h.http.cookies  # not even kept
        finally:
            await h.close()

    asyncio.run(go())
    assert sent == [None, None]


def answer_admin(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"type": "admin"})


def test_your_sync_http_client_still_runs_its_event_hooks() -> None:
    seen: list[int] = []
    hooks: dict[str, list[Callable[[httpx.Response], None]]] = {"response": [lambda r: seen.append(r.status_code)]}
    http = httpx.Client(transport=httpx.MockTransport(answer_admin), event_hooks=hooks)
    with http, Intercom(token=TOKEN, http_client=http) as client:
        client.request("GET", "/admins/1")
    assert seen == [200]


def test_your_async_http_client_still_runs_its_event_hooks() -> None:
    seen: list[int] = []

    async def hook(response: httpx.Response) -> None:
        seen.append(response.status_code)

    async def respond(request: httpx.Request) -> httpx.Response:
        return answer_admin(request)

    async def go() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(respond), event_hooks={"response": [hook]})
        async with http, AsyncIntercom(token=TOKEN, http_client=http) as client:
            await client.request("GET", "/admins/1")

    asyncio.run(go())
    assert seen == [200]


@pytest.mark.parametrize("kind", KINDS)
def test_without_httpxs_choice_of_transport_the_attempt_goes_through_send(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # _send.py asks httpx's own (private) Client._transport_for_url; were a later httpx to drop it,
    # _transport would give None and every attempt would go through send() as before.
    import intercom_client._send

    monkeypatch.setattr(intercom_client._send, "_transport", lambda http, request: None)

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"type": "admin"}, headers={"Set-Cookie": "lb=1"})

    async def go() -> httpx.Response:
        h = Harness(kind, token=TOKEN, transport=mock(kind, answer))
        try:
            return await h.request("GET", "/admins/1")
        finally:
            assert h.http.cookies.get("lb") == "1"  # send() filled the jar: it was the way taken
            await h.close()

    response = asyncio.run(go())
    assert response.json() == {"type": "admin"}
    assert response.request.url == f"{BASE}/admins/1"
