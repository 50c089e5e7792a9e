"""Fault injection: every case against the byte-level fault server, on the three clients.

Each case is run on AsyncIntercom over httpx, AsyncIntercom over aiohttp (``http_backend="aiohttp"``)
and the sync Intercom, and asserts the outcome class, how many requests reached the server, the
delays the client asked for between attempts (recorded instead of slept: the client's sleep is
injected), the time the call took where that is the point, and that the access token appears in no
exception, chained exception, traceback or log record at DEBUG (of every logger). ``conftest.py``
counts the results into the ``faults: N/N cases passed ...`` line.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from intercom_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncIntercom,
    BadRequestError,
    Intercom,
    IntercomError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    RedirectError,
    ResponseDecodingError,
    UnexpectedStatusError,
    UnprocessableEntityError,
)
from tests.faults.server import (
    OK,
    Call,
    Close,
    FaultServer,
    Plan,
    Received,
    Reset,
    Send,
    Trickle,
    Wait,
    closed_port,
    epoch_in,
    reply,
    response,
)
from tests.test_client_support import TOKEN, Harness, WindowedRateLimit, find_get_operation

CLIENTS = ("httpx", "aiohttp", "sync")
ASYNC_CLIENTS = ("httpx", "aiohttp")
B0 = (0.375, 0.5)  # the first backoff: 0.5 s less up to 25% jitter
B1 = (0.75, 1.0)
Bounds = tuple[float, float]


@dataclass
class Case:
    """One fault and what every client must make of it.

    ``expect``, ``attempts`` and ``sleeps`` may be dicts by client name (``"default"`` for the rest)
    where the backends legitimately differ (e.g. aiohttp refuses more than 128 headers, h11 does not).
    """

    name: str
    script: list[Plan]
    expect: type | dict[str, type]  # httpx.Response for success (or the type run returns), else the error class
    attempts: int | dict[str, int]  # requests that reached the server
    sleeps: list[Bounds] | dict[str, list[Bounds]] = field(default_factory=list)  # each retry delay's bounds
    method: str = "GET"
    options: dict[str, Any] = field(default_factory=dict)
    warm_up: bool | Plan = False  # one successful call first (answered by this plan, or OK if True)
    pause: float = 0.0  # seconds between the warm-up and the checked call
    elapsed: Bounds | None = None  # wall time of the checked call
    run: str = "request"  # "request", "operation" (a generated GET) or "paginate"
    check: Callable[[Any], None] | None = None
    base_url: str | None = None
    default: Plan | None = None  # the answer after the script is used up
    clients: tuple[str, ...] = CLIENTS


def per_client(value: Any, client: str) -> Any:
    if isinstance(value, dict) and ("default" in value or client in value):
        return value.get(client, value.get("default"))
    return value


def status_line(status: int, reason: str, headers: dict[str, str] | None = None) -> Plan:
    return reply(status, {"type": "error.list", "errors": [{"code": "x", "message": reason}]}, headers, reason=reason)


def retry_after_date(seconds: float) -> Plan:
    return [
        Call(lambda r: reply(429, headers={"Retry-After": email.utils.formatdate(time.time() + seconds, usegmt=True)}))
    ]


def with_reset(status: int, seconds: float, extra: dict[str, str] | None = None) -> Plan:
    return [
        Call(
            lambda r: reply(
                status,
                headers={
                    "X-RateLimit-Limit": "10",
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": epoch_in(seconds),
                    **(extra or {}),
                },
            )
        )
    ]


def echo_token(received: Received) -> Plan:
    return reply(
        400, f"bad request, you sent {received.headers.get('authorization')}".encode(), {"Content-Type": "text/plain"}
    )


def contacts_page(ids: list[int], next_cursor: str | None = None) -> Plan:
    info: dict[str, Any] = {"type": "pages", "per_page": len(ids)}
    if next_cursor is not None:
        info["next"] = {"starting_after": next_cursor}
    return reply(200, {"type": "list", "data": [{"type": "contact", "id": str(i)} for i in ids], "pages": info})


def message_has(*parts: str) -> Callable[[Any], None]:
    def check(error: Any) -> None:
        for part in parts:
            assert part in str(error), (part, str(error))

    return check


def check_422(error: Any) -> None:
    assert isinstance(error, UnprocessableEntityError)
    assert "Email is invalid" in str(error) and "[request_id=req-422]" in str(error)
    assert error.first_error is not None and error.first_error.field == "email"
    assert error.message == "Email is invalid"


def check_html_502(error: Any) -> None:
    assert isinstance(error, InternalServerError)
    assert error.first_error is None and error.errors == []
    assert error.message == "Bad gateway nginx"
    assert str(error) == f"502 Bad Gateway ({error.operation}): Bad gateway nginx"
    assert error.operation.split(" ")[0] in ("GET", "POST", "PUT", "DELETE")


def check_plain_404(error: Any) -> None:
    assert isinstance(error, NotFoundError)
    assert error.request_id == "req-404" and error.first_error is None
    assert error.message == "Not Found"


def check_echo(error: Any) -> None:
    assert "[secure]" in str(error) and "[secure]" in error.body


def check_status(status: int) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        assert result.status_code == status

    return check


HEAD_200 = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
GARBAGE = b"HTTP/1.1 abc OK\r\n\r\n"
BIG_HEADER = HEAD_200 + b"X-Big: " + b"a" * 200_000 + b"\r\nContent-Length: 2\r\n\r\n{}"
HEADER_9K = HEAD_200 + b"X-Big: " + b"a" * 9_000 + b"\r\nContent-Length: 2\r\n\r\n{}"
MANY_HEADERS = HEAD_200 + b"".join(b"X-H%d: v\r\n" % i for i in range(200)) + b"Content-Length: 2\r\n\r\n{}"
SLOW = {"timeout": 0.25, "max_retries": 0}

CASES = [
    Case("ok", [], httpx.Response, 1),
    # -- 429 and every header variant ----------------------------------------------------------------
    Case("429 Retry-After 1", [reply(429, headers={"Retry-After": "1"})], httpx.Response, 2, [(1.0, 1.0)]),
    Case("429 Retry-After -5", [reply(429, headers={"Retry-After": "-5"})] * 3, RateLimitError, 3, [B0, B1]),
    Case("429 Retry-After 0", [reply(429, headers={"Retry-After": "0"})], httpx.Response, 2, [B0]),
    Case("429 Retry-After nan", [reply(429, headers={"Retry-After": "nan"})], httpx.Response, 2, [B0]),
    Case("429 Retry-After inf", [reply(429, headers={"Retry-After": "inf"})], httpx.Response, 2, [B0]),
    Case("429 Retry-After garbage", [reply(429, headers={"Retry-After": "soon-ish"})], httpx.Response, 2, [B0]),
    Case("429 Retry-After 1e12", [reply(429, headers={"Retry-After": "1e12"})], RateLimitError, 1, []),
    Case("429 Retry-After HTTP date", [retry_after_date(3)], httpx.Response, 2, [(1.9, 3.05)]),
    Case("429 Retry-After date in the past", [retry_after_date(-30)], httpx.Response, 2, [B0]),
    Case("429 X-RateLimit-Reset", [with_reset(429, 3)], httpx.Response, 2, [(1.9, 3.05)]),
    Case("429 X-RateLimit-Reset in the past", [with_reset(429, -30)], httpx.Response, 2, [B0]),
    Case("429 X-RateLimit-Reset absurd", [reply(429, headers={"X-RateLimit-Reset": "9" * 25})], RateLimitError, 1, []),
    Case(
        "429 Retry-After wins over the reset",
        [with_reset(429, 30, {"Retry-After": "1"})],
        httpx.Response,
        2,
        [(1.0, 1.0)],
    ),
    Case(
        "429 POST is retried",
        [reply(429, headers={"Retry-After": "1"})],
        httpx.Response,
        2,
        [(1.0, 1.0)],
        method="POST",
    ),
    # -- 5xx and 408: Retry-After only, never X-RateLimit-Reset --------------------------------------
    Case("503 ignores X-RateLimit-Reset", [with_reset(503, 8)], httpx.Response, 2, [B0]),
    Case("503 with a reset 120 s away is retried", [with_reset(503, 120)], httpx.Response, 2, [B0]),
    Case("408 ignores X-RateLimit-Reset", [with_reset(408, 8)], httpx.Response, 2, [B0]),
    Case("503 Retry-After 2", [reply(503, headers={"Retry-After": "2"})], httpx.Response, 2, [(2.0, 2.0)]),
    Case(
        "500 502 504 exhaust the retries",
        [status_line(500, "Oops"), status_line(502, "Bad Gateway"), status_line(504, "Timeout")],
        InternalServerError,
        3,
        [B0, B1],
    ),
    Case("501 is not retried", [status_line(501, "Not Implemented")], InternalServerError, 1),
    Case("POST 500 is not retried", [status_line(500, "Oops")], InternalServerError, 1, method="POST"),
    # -- resets ---------------------------------------------------------------------------------------
    Case("close before the head", [[Close()]] * 3, APIConnectionError, 3, [B0, B1]),
    Case("RST before the head", [[Reset()]] * 3, APIConnectionError, 3, [B0, B1]),
    Case("POST close before the head is not resent", [[Close()]], APIConnectionError, 1, method="POST"),
    Case("close mid-head", [[Send(b"HTTP/1.1 200 OK\r\nContent-Ty"), Close()]] * 3, APIConnectionError, 3, [B0, B1]),
    Case(
        "close mid-body",
        [[Send(HEAD_200 + b'Content-Length: 100\r\n\r\n{"type": '), Close()]] * 3,
        APIConnectionError,
        3,
        [B0, B1],
    ),
    Case(
        "RST mid-body",
        [[Send(HEAD_200 + b'Content-Length: 100\r\n\r\n{"type": '), Reset()]] * 3,
        APIConnectionError,
        3,
        [B0, B1],
    ),
    Case(
        "reused connection reset: no retry but the SDK's",
        [[Close()]] * 3,
        APIConnectionError,
        3,
        [B0, B1],
        warm_up=True,
    ),
    Case("connection refused", [], APIConnectionError, 0, [B0, B1], base_url="refused"),
    Case("POST connection refused is retried", [], APIConnectionError, 0, [B0, B1], method="POST", base_url="refused"),
    Case(
        "stale keep-alive connection",
        [],
        httpx.Response,
        1,
        [],
        warm_up=[*OK, Wait(0.05), Close()],  # the server closes the idle connection after 50 ms
        pause=0.2,
    ),
    # -- slow and trickling ---------------------------------------------------------------------------
    Case(
        "slow head",
        [[Wait(2.0)], [Wait(2.0)]],
        APITimeoutError,
        2,
        [B0],
        options={"timeout": 0.25, "max_retries": 1},
        elapsed=(0.45, 1.3),
    ),
    Case(
        "slow body",
        [[Send(HEAD_200 + b"Content-Length: 2\r\n\r\n"), Wait(2.0)]],
        APITimeoutError,
        1,
        options=SLOW,
        elapsed=(0.2, 0.8),
    ),
    Case(
        "trickling head",
        [[Trickle(response(200, {"type": "admin"}), 0.05)]],
        APITimeoutError,
        1,
        options=SLOW,
        elapsed=(0.2, 0.8),
    ),
    Case(
        "trickling body",
        [[Send(HEAD_200 + b"Content-Length: 400\r\n\r\n"), Trickle(b" " * 400, 0.05)]],
        APITimeoutError,
        1,
        options=SLOW,
        elapsed=(0.2, 0.8),
    ),
    Case(
        "POST trickling head is not resent",
        [[Trickle(response(200), 0.05)]],
        APITimeoutError,
        1,
        method="POST",
        options={"timeout": 0.25},
        elapsed=(0.2, 0.8),
    ),
    Case(
        "deadline cuts an attempt",
        [[Trickle(response(200), 0.05)]],
        APITimeoutError,
        1,
        options={"timeout": 5.0, "deadline": 0.4},
        elapsed=(0.3, 1.0),
    ),
    Case(
        "deadline stops the retries",
        [status_line(503, "Unavailable")] * 6,
        InternalServerError,
        2,
        [B0],
        options={"max_retries": 5, "deadline": 0.7},
    ),
    # -- malformed heads ------------------------------------------------------------------------------
    Case("garbage status line", [[Send(GARBAGE), Close()]] * 3, APIConnectionError, 3, [B0, B1]),
    Case("no status line", [[Send(b"hello\r\n\r\n"), Close()]] * 3, APIConnectionError, 3, [B0, B1]),
    Case("header over 100 KB", [[Send(BIG_HEADER), Close()]] * 3, APIConnectionError, 3, [B0, B1]),
    Case(
        "header line without colon",
        [[Send(HEAD_200 + b"broken\r\nContent-Length: 2\r\n\r\n{}"), Close()]] * 3,
        APIConnectionError,
        3,
        [B0, B1],
    ),
    Case(
        "bad Content-Length",
        [[Send(HEAD_200 + b"Content-Length: abc\r\n\r\n{}"), Close()]] * 3,
        APIConnectionError,
        3,
        [B0, B1],
    ),
    Case(
        "200 headers",
        [[Send(MANY_HEADERS), Close()]] * 3,
        {"default": httpx.Response, "aiohttp": APIConnectionError},  # aiohttp refuses more than 128 headers
        {"default": 1, "aiohttp": 3},
        {"default": [], "aiohttp": [B0, B1]},
    ),
    Case(
        "header over 8 KB",
        [[Send(HEADER_9K), Close()]] * 3,
        {"default": httpx.Response, "aiohttp": APIConnectionError},  # aiohttp's limit is 8190 bytes a line
        {"default": 1, "aiohttp": 3},
        {"default": [], "aiohttp": [B0, B1]},
    ),
    # -- bodies ---------------------------------------------------------------------------------------
    Case(
        "gzip that is not gzip",
        [reply(200, b"not gzip at all", {"Content-Encoding": "gzip"})],
        ResponseDecodingError,
        1,
    ),
    Case("bad JSON", [reply(200, b'{"type": "admin", ')], ResponseDecodingError, 1, run="operation"),
    Case("empty 200 body", [reply(200, b"")], ResponseDecodingError, 1, run="operation"),
    Case(
        "HTML 200 body",
        [reply(200, b"<html>maintenance</html>", {"Content-Type": "text/html"})],
        ResponseDecodingError,
        1,
        run="operation",
    ),
    Case("JSON of the wrong shape", [reply(200, [1, 2, 3])], ResponseDecodingError, 1, run="operation"),
    Case(
        "HTML 502 page",
        [
            reply(
                502,
                b"<html><body><h1>Bad gateway</h1><p>nginx</p></body></html>",
                {"Content-Type": "text/html"},
                reason="Bad Gateway",
            )
        ]
        * 3,
        InternalServerError,
        3,
        [B0, B1],
        check=check_html_502,
    ),
    Case(
        "422 keeps Intercom's errors",
        [
            reply(
                422,
                {
                    "type": "error.list",
                    "request_id": "req-422",
                    "errors": [{"code": "parameter_invalid", "message": "Email is invalid", "field": "email"}],
                },
                reason="Unprocessable Entity",
            )
        ],
        UnprocessableEntityError,
        1,
        check=check_422,
    ),
    Case(
        "400 in another format keeps the body",
        [reply(400, {"detail": "missing email"}, reason="Bad Request")],
        BadRequestError,
        1,
        check=message_has("missing email"),
    ),
    Case(
        "404 without a body keeps the request id",
        [reply(404, b"", {"X-Request-Id": "req-404"}, reason="Not Found")],
        NotFoundError,
        1,
        check=check_plain_404,
    ),
    Case("a body that echoes the token", [[Call(echo_token)]], BadRequestError, 1, check=check_echo),
    # -- statuses -------------------------------------------------------------------------------------
    Case("unregistered 299", [reply(299, reason="Weird")], UnexpectedStatusError, 1),
    Case("unregistered 299 from an operation", [reply(299, reason="Weird")], UnexpectedStatusError, 1, run="operation"),
    Case("status 600", [reply(600, reason="Beyond")], UnexpectedStatusError, 1),
    Case(
        "103 Early Hints, then 200", [[Send(b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"), *OK]], httpx.Response, 1
    ),
    Case(
        "304 to a request that was not conditional is unexpected",
        [reply(304, b"", content_length=False, reason="Not Modified")],
        UnexpectedStatusError,
        1,
        check=lambda error: (
            check_status(304)(error) if type(error) is UnexpectedStatusError else pytest.fail(repr(error))
        ),
    ),
    Case(
        "redirect to another host is not followed",
        [reply(302, b"", {"Location": "http://203.0.113.9/steal"}, reason="Found")],
        RedirectError,
        1,
        check=message_has("302 Found", "http://203.0.113.9/steal", "not followed"),
    ),
    Case(
        "redirect from an operation is a typed error",
        [reply(302, b"", {"Location": "http://203.0.113.9/steal"}, reason="Found")],
        UnexpectedStatusError,
        1,
        run="operation",
    ),
    # -- pagination -----------------------------------------------------------------------------------
    Case(
        "page 2 answers 503 once",
        [contacts_page([1, 2], "c1"), status_line(503, "Unavailable"), contacts_page([3])],
        list,
        3,
        [B0],
        run="paginate",
        check=lambda ids: ids == ["1", "2", "3"] or pytest.fail(str(ids)),
    ),
    Case(
        "page 2 has a malformed head",
        [contacts_page([1, 2], "c1"), *[[Send(GARBAGE), Close()]] * 3],
        APIConnectionError,
        4,
        [B0, B1],
        run="paginate",
    ),
    Case(
        "page 2 answers 299",
        [contacts_page([1, 2], "c1"), reply(299, reason="Weird")],
        UnexpectedStatusError,
        2,
        run="paginate",
    ),
    Case(
        "page 2 is truncated",
        [contacts_page([1, 2], "c1"), *[[Send(HEAD_200 + b'Content-Length: 50\r\n\r\n{"type"'), Close()]] * 3],
        APIConnectionError,
        4,
        [B0, B1],
        run="paginate",
    ),
]


# -- running a case -------------------------------------------------------------------------------


def make_harness(client: str, **options: Any) -> Harness:
    options.setdefault("token", TOKEN)
    if client == "sync":
        return Harness("sync", **options)
    return Harness("async", http_backend=client, **options)


async def run_call(harness: Harness, case: Case) -> Any:
    if case.run == "operation":
        return await harness.call(find_get_operation(decodes_json=True))
    if case.run == "paginate":
        if isinstance(harness.client, Intercom):
            return [c.id for c in harness.client.contacts.list()]
        return [c.id async for c in harness.client.contacts.list()]
    kwargs: dict[str, Any] = {"json": {"email": "ada@example.com"}} if case.method == "POST" else {}
    return await harness.request(case.method, "/me", **kwargs)


def chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def assert_token_nowhere(outcome: Any, records: list[logging.LogRecord]) -> None:
    if isinstance(outcome, BaseException):
        text = "".join(traceback.format_exception(outcome))
        assert TOKEN not in text
        for error in chain(outcome):
            assert TOKEN not in str(error)
            assert TOKEN not in repr(error)
            assert TOKEN not in repr(error.args)
            assert TOKEN not in repr(vars(error))
    for record in records:
        assert TOKEN not in record.getMessage()
        assert TOKEN not in repr(vars(record))


def run_case(case: Case, client: str, caplog: pytest.LogCaptureFixture) -> None:
    asyncio.run(_run_case(case, client, caplog))


async def _run_case(case: Case, client: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx, httpcore, aiohttp, asyncio
    server = FaultServer(script=list(case.script), default=case.default or list(OK))
    with server:
        base_url = f"http://127.0.0.1:{closed_port()}" if case.base_url == "refused" else server.url
        options = {"timeout": 1.0, "max_retries": 2, **case.options}
        harness = make_harness(client, base_url=base_url, **options)
        try:
            if case.warm_up:
                server.script.insert(0, list(OK) if case.warm_up is True else list(case.warm_up))
                await run_call(harness, Case("warm-up", [], httpx.Response, 1))
                await asyncio.sleep(case.pause)
                harness.sleeps.clear()
            started = time.perf_counter()
            outcome: Any
            try:
                outcome = await run_call(harness, case)
            except Exception as exc:
                outcome = exc
            elapsed = time.perf_counter() - started
        finally:
            await harness.close()
    expected = per_client(case.expect, client)
    assert isinstance(outcome, expected), f"expected {expected.__name__}, got {outcome!r}"
    if isinstance(outcome, Exception):
        assert isinstance(outcome, IntercomError), f"a raw {type(outcome).__name__} escaped"
    assert server.attempts == per_client(case.attempts, client) + (1 if case.warm_up else 0)
    sleeps = per_client(case.sleeps, client)
    assert len(harness.sleeps) == len(sleeps), harness.sleeps
    for slept, (low, high) in zip(harness.sleeps, sleeps, strict=True):
        assert low - 1e-6 <= slept <= high + 1e-6, (harness.sleeps, sleeps)
    if case.elapsed is not None:
        low, high = case.elapsed
        assert low <= elapsed <= high, elapsed
    if case.check is not None:
        case.check(outcome)
    assert_token_nowhere(outcome, caplog.records)


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fault(case: Case, client: str, caplog: pytest.LogCaptureFixture) -> None:
    if client not in case.clients:
        pytest.skip(f"{case.name}: not a case for the {client} client")
    run_case(case, client, caplog)


# -- pacing: N tasks never exceed the window --------------------------------------------------------


@pytest.mark.parametrize("client", CLIENTS)
def test_fault_pacing_never_exceeds_the_window(client: str, caplog: pytest.LogCaptureFixture) -> None:
    """40 calls sharing a client against 10 a window: none answered 429, no window over its limit."""
    windows = WindowedRateLimit(limit=10)

    def answer(received: Received) -> Plan:
        status, headers = windows.take()
        return [Wait(0.002), *reply(status, {"type": "list"}, headers)]  # keep calls in flight together

    async def main() -> list[Any]:
        server = FaultServer(default=[Call(answer)])
        with server:
            harness = make_harness(
                client,
                base_url=server.url,
                pace_rate_limits=True,
                max_retries=0,
                max_retry_wait=10_000,
                on_sleep=windows.slept,
                clock=windows.time,
            )
            try:
                if harness.kind == "sync":
                    with ThreadPoolExecutor(max_workers=8) as pool:
                        futures = [pool.submit(harness.client.request, "GET", "/contacts") for _ in range(40)]
                        return [f.exception() or f.result().status_code for f in futures]
                results = await asyncio.gather(
                    *(harness.request("GET", "/contacts") for _ in range(40)), return_exceptions=True
                )
                return [r if isinstance(r, BaseException) else r.status_code for r in results]
            finally:
                await harness.close()

    caplog.set_level(logging.DEBUG)
    results = asyncio.run(main())
    assert results == [200] * 40
    assert windows.rejected == 0
    assert max(windows.counts.values()) <= 10
    assert len(windows.counts) >= 4
    assert windows.sleeps_ended_at_resets()
    assert_token_nowhere(None, caplog.records)


# -- cancellation cannot poison the pool --------------------------------------------------------------


@pytest.mark.parametrize("client", ASYNC_CLIENTS)
def test_fault_cancelled_calls_leave_the_pool_usable(client: str, caplog: pytest.LogCaptureFixture) -> None:
    """300 calls cancelled mid-flight (wait_for timeouts and task.cancel), then 100 calls: all succeed, fast."""

    def answer(received: Received) -> Plan:
        return [Wait(0.2), *OK] if received.path.startswith("/slow") else list(OK)

    async def main() -> tuple[list[Any], float, int]:
        server = FaultServer(default=[Call(answer)])
        with server:
            async with AsyncIntercom(token=TOKEN, base_url=server.url, http_backend=client, timeout=2.0) as intercom:  # type: ignore[arg-type]
                tasks = [asyncio.ensure_future(intercom.request("GET", f"/slow/{i}")) for i in range(150)]
                waits = [
                    asyncio.wait_for(intercom.request("GET", f"/slow/w{i}"), 0.01 * (1 + i % 7)) for i in range(150)
                ]
                await asyncio.sleep(0.02)
                for task in tasks:
                    task.cancel()
                cancelled = await asyncio.gather(*tasks, *waits, return_exceptions=True)
                assert all(isinstance(c, (asyncio.CancelledError, TimeoutError)) for c in cancelled), {
                    type(c) for c in cancelled
                }
                started = time.perf_counter()
                results = await asyncio.gather(
                    *(intercom.request("GET", f"/me/{i}") for i in range(100)), return_exceptions=True
                )
                took = time.perf_counter() - started
                return [r if isinstance(r, BaseException) else r.status_code for r in results], took, server.connections

    caplog.set_level(logging.INFO)
    results, took, connections = asyncio.run(main())
    assert results == [200] * 100
    assert took < 3.0, took
    assert connections <= 320  # at most one per call in flight (300) plus a few: no churn
    assert_token_nowhere(None, caplog.records)


# -- keep-alive holds at concurrency ---------------------------------------------------------------


@pytest.mark.parametrize("client", CLIENTS)
def test_fault_keep_alive_holds_at_high_concurrency(client: str) -> None:
    """120 tasks making 5 calls each, back to back (8 threads for the sync client): no more
    connections than calls in flight (the SDK before used to open one for nearly every call)."""
    workers = 8 if client == "sync" else 120

    async def main() -> tuple[list[Any], int]:
        server = FaultServer(default=[Wait(0.01), *OK])
        with server:
            harness = make_harness(client, base_url=server.url)
            try:
                if harness.kind == "sync":

                    def calls() -> list[int]:
                        return [harness.client.request("GET", "/me").status_code for _ in range(5)]  # type: ignore[union-attr]

                    with ThreadPoolExecutor(max_workers=workers) as pool:
                        results = [s for f in [pool.submit(calls) for _ in range(workers)] for s in f.result()]
                else:

                    async def worker() -> list[int]:
                        return [(await harness.request("GET", "/me")).status_code for _ in range(5)]

                    results = [s for batch in await asyncio.gather(*(worker() for _ in range(workers))) for s in batch]
                return results, server.connections
            finally:
                await harness.close()

    results, connections = asyncio.run(main())
    assert results == [200] * (5 * workers)
    assert connections <= workers, connections


def test_fault_a_full_pool_times_out_as_never_sent_and_is_retried() -> None:
    """All connections busy past the pool timeout: PoolTimeout, retried even for a POST (nothing was sent)."""
    from intercom_client import _transport

    async def main() -> tuple[Any, int]:
        server = FaultServer(default=[Wait(0.6), *OK])
        with server:
            limits = _transport.DEFAULT_LIMITS
            _transport.DEFAULT_LIMITS = httpx.Limits(max_connections=1, max_keepalive_connections=1)
            try:
                harness = make_harness(
                    "httpx", base_url=server.url, timeout=httpx.Timeout(2.0, pool=0.1), max_retries=1
                )
                assert harness.http is not None  # the pool is made now, with one connection
            finally:
                _transport.DEFAULT_LIMITS = limits
            try:
                slow = asyncio.ensure_future(harness.request("GET", "/slow"))
                await asyncio.sleep(0.05)
                try:
                    outcome: Any = await harness.request("POST", "/contacts", json={})
                except IntercomError as exc:
                    outcome = exc
                await slow
                return outcome, len(harness.sleeps)
            finally:
                await harness.close()

    outcome, retries = asyncio.run(main())
    assert isinstance(outcome, APITimeoutError) and isinstance(outcome.__cause__, httpx.PoolTimeout)
    assert retries == 1
