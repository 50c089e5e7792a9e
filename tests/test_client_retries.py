"""Retries and logging, each tested on AsyncIntercom and Intercom with the client's sleeps recorded.

Which failures are retried (and for which methods), how long the client waits (backoff with jitter,
Retry-After in seconds or as a date, X-RateLimit-Reset), when it gives up, and what it logs.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import AsyncIterator

import httpx
import pytest
from pytest_httpx import HTTPXMock

from intercom_client import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    RateLimitError,
)
from tests.test_client_support import KINDS, Harnesses


@pytest.fixture(params=KINDS)
async def make(request: pytest.FixtureRequest) -> AsyncIterator[Harnesses]:
    harnesses = Harnesses(request.param)
    yield harnesses
    await harnesses.close_all()


# -- what is retried ------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
async def test_get_is_retried_on_retryable_statuses(make: Harnesses, httpx_mock: HTTPXMock, status: int) -> None:
    httpx_mock.add_response(status_code=status)
    httpx_mock.add_response(status_code=status)
    httpx_mock.add_response(json={"ok": True})
    client = make(max_retries=2)
    response = await client.request("GET", "/contacts")
    assert response.json() == {"ok": True}
    assert len(httpx_mock.get_requests()) == 3
    assert len(client.sleeps) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501])
async def test_other_statuses_are_not_retried(make: Harnesses, httpx_mock: HTTPXMock, status: int) -> None:
    httpx_mock.add_response(status_code=status)
    client = make(max_retries=3)
    with pytest.raises(APIStatusError) as caught:
        await client.request("GET", "/contacts")
    assert caught.value.status_code == status
    assert len(httpx_mock.get_requests()) == 1
    assert client.sleeps == []


@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectError("connection refused"),
        httpx.ConnectTimeout("connect timed out"),
        httpx.ReadTimeout("read timed out"),
        httpx.RemoteProtocolError("server disconnected"),
    ],
    ids=type,
)
async def test_get_is_retried_on_transport_errors(make: Harnesses, httpx_mock: HTTPXMock, error: Exception) -> None:
    httpx_mock.add_exception(error)
    httpx_mock.add_response(json={"ok": True})
    client = make()
    assert (await client.request("GET", "/contacts")).json() == {"ok": True}
    assert len(httpx_mock.get_requests()) == 2
    assert len(client.sleeps) == 1


@pytest.mark.parametrize("method", ["PUT", "DELETE"])
async def test_idempotent_methods_are_retried_on_5xx(make: Harnesses, httpx_mock: HTTPXMock, method: str) -> None:
    httpx_mock.add_response(status_code=502)
    httpx_mock.add_response()
    await make().request(method, "/contacts/1", json={"name": "Ada"})
    assert len(httpx_mock.get_requests()) == 2


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_post_is_not_retried_on_5xx(make: Harnesses, httpx_mock: HTTPXMock, status: int) -> None:
    httpx_mock.add_response(status_code=status)
    client = make(max_retries=3)
    with pytest.raises(InternalServerError):
        await client.request("POST", "/contacts", json={"email": "ada@example.com"})
    assert len(httpx_mock.get_requests()) == 1
    assert client.sleeps == []


async def test_post_is_not_retried_on_read_timeout(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("read timed out"))
    client = make(max_retries=3)
    with pytest.raises(APITimeoutError):
        await client.request("POST", "/contacts", json={"email": "ada@example.com"})
    assert len(httpx_mock.get_requests()) == 1
    assert client.sleeps == []


async def test_post_is_not_retried_when_the_connection_drops(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.RemoteProtocolError("server disconnected without sending a response"))
    client = make(max_retries=3)
    with pytest.raises(APIConnectionError) as caught:
        await client.request("POST", "/contacts", json={"email": "ada@example.com"})
    assert not isinstance(caught.value, APITimeoutError)
    assert len(httpx_mock.get_requests()) == 1


@pytest.mark.parametrize("status", [408, 429])
async def test_post_is_retried_when_the_server_did_not_act(make: Harnesses, httpx_mock: HTTPXMock, status: int) -> None:
    httpx_mock.add_response(status_code=status)
    httpx_mock.add_response(status_code=201, json={"id": "c1"})
    client = make()
    response = await client.request("POST", "/contacts", json={"email": "ada@example.com"})
    assert response.status_code == 201
    first, second = httpx_mock.get_requests()
    assert first.content == second.content == b'{"email":"ada@example.com"}'


@pytest.mark.parametrize("error", [httpx.ConnectError("refused"), httpx.ConnectTimeout("connect")], ids=type)
async def test_post_is_retried_when_it_was_never_sent(make: Harnesses, httpx_mock: HTTPXMock, error: Exception) -> None:
    httpx_mock.add_exception(error)
    httpx_mock.add_response(status_code=201)
    assert (await make().request("POST", "/contacts", json={})).status_code == 201
    assert len(httpx_mock.get_requests()) == 2


async def test_retry_unsafe_methods_retries_post_on_5xx_and_timeouts(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=500)
    httpx_mock.add_exception(httpx.ReadTimeout("read timed out"))
    httpx_mock.add_response(status_code=201)
    client = make(retry_unsafe_methods=True)
    assert (await client.request("POST", "/contacts", json={})).status_code == 201
    assert len(httpx_mock.get_requests()) == 3


async def test_retry_unsafe_methods_through_with_options(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(status_code=201)
    derived = make().with_options(retry_unsafe_methods=True)
    assert (await derived.request("POST", "/contacts", json={})).status_code == 201
    assert len(httpx_mock.get_requests()) == 2


# -- how many attempts, and what is raised at the end --------------------------------------------


async def test_max_retries_zero_means_one_attempt(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=503)
    client = make(max_retries=0)
    with pytest.raises(InternalServerError):
        await client.request("GET", "/contacts")
    assert len(httpx_mock.get_requests()) == 1
    assert client.sleeps == []


async def test_exhausted_retries_raise_the_last_status_error(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=500)
    httpx_mock.add_response(status_code=502)
    httpx_mock.add_response(status_code=429, json={"type": "error.list", "errors": [{"code": "rate_limit_exceeded"}]})
    client = make(max_retries=2)
    with pytest.raises(RateLimitError) as caught:
        await client.request("GET", "/contacts")
    assert caught.value.errors[0].code == "rate_limit_exceeded"
    assert len(httpx_mock.get_requests()) == 3
    assert len(client.sleeps) == 2


@pytest.mark.parametrize(
    ("error", "raised"),
    [(httpx.ConnectError("refused"), APIConnectionError), (httpx.ReadTimeout("slow"), APITimeoutError)],
    ids=["connect", "timeout"],
)
async def test_exhausted_retries_raise_the_typed_transport_error(
    make: Harnesses, httpx_mock: HTTPXMock, error: Exception, raised: type[Exception]
) -> None:
    for _ in range(4):
        httpx_mock.add_exception(error)
    client = make(max_retries=3)
    with pytest.raises(raised) as caught:
        await client.request("GET", "/contacts")
    assert caught.value.__cause__ is error
    assert len(httpx_mock.get_requests()) == 4
    assert len(client.sleeps) == 3


# -- how long it waits ----------------------------------------------------------------------------


async def test_backoff_is_exponential_with_jitter_within_bounds(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=500, is_reusable=True)
    client = make(max_retries=6)
    with pytest.raises(InternalServerError):
        await client.request("GET", "/contacts")
    caps = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]  # doubling from 0.5 s, capped at 8 s
    assert len(client.sleeps) == len(caps)
    for slept, cap in zip(client.sleeps, caps, strict=True):
        assert 0.75 * cap <= slept <= cap


async def test_backoff_jitter_differs_between_runs(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=500, is_reusable=True)
    runs = []
    for seed in (1, 2):
        client = make(max_retries=3)
        client.client._random = random.Random(seed)
        with pytest.raises(InternalServerError):
            await client.request("GET", "/contacts")
        runs.append(client.sleeps)
    assert runs[0] != runs[1]


@pytest.mark.parametrize("status", [429, 503])
async def test_retry_after_seconds_is_honoured(make: Harnesses, httpx_mock: HTTPXMock, status: int) -> None:
    httpx_mock.add_response(status_code=status, headers={"Retry-After": "7"})
    httpx_mock.add_response()
    client = make()
    await client.request("GET", "/contacts")
    assert client.sleeps == [7.0]


async def test_retry_after_http_date_is_honoured(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    httpx_mock.add_response(status_code=429, headers={"Retry-After": when})
    httpx_mock.add_response()
    client = make()
    await client.request("GET", "/contacts")
    assert len(client.sleeps) == 1
    assert 28.0 <= client.sleeps[0] <= 31.0  # the date has whole seconds


async def test_rate_limit_reset_is_honoured_on_429(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    reset = int(time.time()) + 20
    httpx_mock.add_response(status_code=429, headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)})
    httpx_mock.add_response()
    client = make()
    await client.request("GET", "/contacts")
    assert len(client.sleeps) == 1
    assert 18.0 <= client.sleeps[0] <= 20.5


async def test_retry_after_wins_over_rate_limit_reset(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    reset = int(time.time()) + 40
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "3", "X-RateLimit-Reset": str(reset)})
    httpx_mock.add_response()
    client = make()
    await client.request("GET", "/contacts")
    assert client.sleeps == [3.0]


@pytest.mark.parametrize("header", ["Retry-After", "X-RateLimit-Reset"], ids=["retry-after", "ratelimit-reset"])
async def test_wait_beyond_max_retry_wait_raises_at_once(make: Harnesses, httpx_mock: HTTPXMock, header: str) -> None:
    # The reset time is taken when the test runs, not at collection (under xdist that can be minutes before).
    value = "600" if header == "Retry-After" else str(int(time.time()) + 600)
    httpx_mock.add_response(status_code=429, headers={header: value})
    client = make(max_retries=5, max_retry_wait=30)
    with pytest.raises(RateLimitError) as caught:
        await client.request("GET", "/contacts")
    assert client.sleeps == []
    assert len(httpx_mock.get_requests()) == 1
    assert caught.value.retry_after is not None
    assert caught.value.retry_after > 500


async def test_retry_after_within_max_retry_wait_is_waited(make: Harnesses, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "30"})
    httpx_mock.add_response()
    client = make(max_retry_wait=30)
    await client.request("GET", "/contacts")
    assert client.sleeps == [30.0]


# -- logging --------------------------------------------------------------------------------------


async def test_each_attempt_is_logged_with_its_details(
    make: Harnesses, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="intercom_client")
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_response(json={"ok": True})
    await make().request("GET", "/contacts/c1", params={"email": "ada@example.com"})

    records = [r for r in caplog.records if r.name == "intercom_client"]
    assert [(r.levelno, r.status, r.error, r.attempt) for r in records] == [  # type: ignore[attr-defined]
        (logging.INFO, 503, None, 1),
        (logging.INFO, None, "ConnectError", 2),
        (logging.DEBUG, 200, None, 3),
    ]
    for record in records:
        assert (record.method, record.path) == ("GET", "/contacts/c1")  # type: ignore[attr-defined]
        assert isinstance(record.elapsed, float)  # type: ignore[attr-defined]
        assert record.elapsed >= 0  # type: ignore[attr-defined]
        assert "ada@example.com" not in record.getMessage()  # the query string is not logged
    assert records[0].getMessage().startswith("GET /contacts/c1 -> 503 (attempt 1, ")
    assert "retrying in" in records[0].getMessage()
    assert records[0].retry_in is not None  # type: ignore[attr-defined]
    assert records[2].retry_in is None  # type: ignore[attr-defined]


async def test_at_info_only_retries_are_logged(
    make: Harnesses, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="intercom_client")
    httpx_mock.add_response(status_code=500)
    httpx_mock.add_response()
    httpx_mock.add_response(status_code=400)
    client = make()
    await client.request("GET", "/contacts")
    with pytest.raises(BadRequestError):
        await client.request("GET", "/contacts")
    records = [r for r in caplog.records if r.name == "intercom_client"]
    assert [r.status for r in records] == [500]  # type: ignore[attr-defined]


async def test_nothing_is_logged_when_the_logger_is_quiet(
    make: Harnesses, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="intercom_client")
    httpx_mock.add_response(status_code=500)
    httpx_mock.add_response()
    await make().request("GET", "/contacts")
    assert [r for r in caplog.records if r.name == "intercom_client"] == []
