"""Redirects: every 3xx ends a call with a typed ``RedirectError``, never followed, on the three clients.

A redirect that the SDK followed (or returned as a success, leaving the caller to follow it) could take
the request, and the access token, to a place the caller did not name. Each case answers with a 3xx
whose ``Location`` is a second loopback server, and asserts: the error class and what it names (status,
method, path, where it pointed), that the API server got exactly one request per call and the
``Location`` none, through ``request``, ``request_json``, ``stream`` and a generated method. The one
redirect an operation documents (``calls.retrieve_recording``: its 302 is the recording's URL) is
returned by that operation, and by nothing else.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

import httpx
import pytest

from intercom_client import (
    APIStatusError,
    AsyncIntercom,
    Intercom,
    RedirectError,
    UnexpectedStatusError,
)
from tests.faults.server import FaultServer, reply
from tests.faults.test_faults import CLIENTS, assert_token_nowhere, make_harness
from tests.test_client_support import TOKEN

REDIRECTS = (301, 302, 303, 307, 308)
REASONS = {
    301: "Moved Permanently",
    302: "Found",
    303: "See Other",
    307: "Temporary Redirect",
    308: "Permanent Redirect",
}
ENTRIES = ("request", "request_json", "stream", "method")


async def call(client: AsyncIntercom | Intercom, entry: str) -> Any:
    """One call through ``entry``; returns what it returned (the sync client's calls run in a thread)."""
    if isinstance(client, AsyncIntercom):
        if entry == "request":
            return await client.request("POST", "/contacts", json={"email": "ada@example.com"})
        if entry == "request_json":
            return await client.request_json("GET", "/me")
        if entry == "stream":
            async with client.stream("GET", "/download/content/data/abc") as response:
                return await response.aread()
        return await client.admins.identify()

    def sync() -> Any:
        assert isinstance(client, Intercom)
        if entry == "request":
            return client.request("POST", "/contacts", json={"email": "ada@example.com"})
        if entry == "request_json":
            return client.request_json("GET", "/me")
        if entry == "stream":
            with client.stream("GET", "/download/content/data/abc") as response:
                return response.read()
        return client.admins.identify()

    return await asyncio.to_thread(sync)


async def outcome_async(awaitable: Awaitable[Any]) -> Any:
    """What ``awaitable`` returned or raised."""
    try:
        return await awaitable
    except Exception as exc:  # the outcome is what the test asserts on
        return exc


@pytest.mark.parametrize("with_body", [True, False], ids=["body", "no-body"])
@pytest.mark.parametrize("status", REDIRECTS)
@pytest.mark.parametrize("client", CLIENTS)
def test_a_redirect_is_a_typed_error_and_is_never_followed(
    client: str, status: int, with_body: bool, caplog: pytest.LogCaptureFixture
) -> None:
    with FaultServer(default=reply(200, {"stolen": True})) as elsewhere:
        location = f"{elsewhere.url}/steal?sig=abc123"
        body: Any = {"moved": "here"} if with_body else b""
        plan = reply(status, body, {"Location": location}, reason=REASONS[status])
        with FaultServer(default=plan) as api:
            harness = make_harness(client, base_url=api.url, max_retries=2)

            async def each() -> list[tuple[str, Any, int]]:
                seen = []
                for entry in ENTRIES:
                    before = api.attempts
                    outcome = await outcome_async(call(harness.client, entry))
                    seen.append((entry, outcome, api.attempts - before))
                await harness.close()
                return seen

            for entry, outcome, requests in asyncio.run(each()):
                assert isinstance(outcome, RedirectError), (entry, outcome)
                assert isinstance(outcome, UnexpectedStatusError) and isinstance(outcome, APIStatusError)
                assert outcome.status_code == status and outcome.location == location
                message = str(outcome)
                method = "POST" if entry == "request" else "GET"
                assert f"{status} {REASONS[status]}" in message and f"{method} " in message, message
                assert f"{elsewhere.url}/steal" in message and "not followed" in message, message
                assert "abc123" not in message  # a signed URL's query is not repeated in the message
                assert requests == 1, (entry, requests)  # one request, no retry
                assert_token_nowhere(outcome, caplog.records)
        assert elsewhere.attempts == 0  # nothing went to the Location


@pytest.mark.parametrize("client", CLIENTS)
def test_the_documented_redirect_of_an_operation_is_its_answer(client: str) -> None:
    """``calls.retrieve_recording`` documents a 302: it returns the Location; request_json raises on it."""
    with FaultServer(default=reply(200)) as elsewhere:
        location = f"{elsewhere.url}/recording.mp3"
        with FaultServer(default=reply(302, b"", {"Location": location}, reason="Found")) as api:
            harness = make_harness(client, base_url=api.url)

            async def both() -> tuple[Any, Any]:
                intercom = harness.client
                if isinstance(intercom, AsyncIntercom):
                    answer = await intercom.calls.retrieve_recording("c1")
                    other = await outcome_async(intercom.request_json("GET", "/calls/c1/recording"))
                else:
                    answer = await asyncio.to_thread(intercom.calls.retrieve_recording, "c1")
                    other = await outcome_async(asyncio.to_thread(intercom.request_json, "GET", "/calls/c1/recording"))
                await harness.close()
                return answer, other

            answer, other = asyncio.run(both())
            assert answer == location
            assert isinstance(other, RedirectError) and other.location == location
            assert api.attempts == 2
        assert elsewhere.attempts == 0


@pytest.mark.parametrize("kind", ["async", "sync"])
def test_a_redirect_is_not_followed_over_your_own_http_client_that_follows_them(kind: str) -> None:
    """An ``http_client`` made with ``follow_redirects=True``: the SDK's requests still stop at the 3xx."""
    with FaultServer(default=reply(307, b"", {"Location": "/elsewhere"}, reason="Temporary Redirect")) as api:

        async def main() -> Any:
            if kind == "async":
                async with httpx.AsyncClient(follow_redirects=True) as http:
                    intercom = AsyncIntercom(token=TOKEN, base_url=api.url, http_client=http)
                    try:
                        return await intercom.request_json("GET", "/me")
                    except RedirectError as exc:
                        return exc
            with httpx.Client(follow_redirects=True) as sync_http:
                sync_intercom = Intercom(token=TOKEN, base_url=api.url, http_client=sync_http)
                try:
                    return sync_intercom.request_json("GET", "/me")
                except RedirectError as exc:
                    return exc

        outcome = asyncio.run(main())
        assert isinstance(outcome, RedirectError) and outcome.location == "/elsewhere"
        assert [r.path for r in api.received] == ["/me"]  # /elsewhere was never asked for


@pytest.mark.parametrize("client", CLIENTS)
def test_304_is_returned_to_a_conditional_request_only(client: str) -> None:
    not_modified = reply(304, b"", content_length=False, reason="Not Modified")
    with FaultServer(script=[not_modified, not_modified]) as api:
        harness = make_harness(client, base_url=api.url)

        async def main() -> tuple[Any, Any]:
            conditional = await harness.request("GET", "/me", headers={"If-None-Match": '"v1"'})
            try:
                plain: Any = await harness.request("GET", "/me")
            except UnexpectedStatusError as exc:
                plain = exc
            await harness.close()
            return conditional, plain

        conditional, plain = asyncio.run(main())
    assert conditional.status_code == 304
    assert type(plain) is UnexpectedStatusError and plain.status_code == 304


@pytest.mark.parametrize(
    "written",
    [TOKEN, "".join(f"%{b:02X}" for b in TOKEN.encode()), "".join(f"%{b:02x}" for b in TOKEN.encode())],
    ids=["as-is", "percent-encoded", "percent-encoded-lower"],
)
def test_a_location_that_repeats_the_token_is_redacted(written: str) -> None:
    """As written, or percent-encoded (as a URL may carry it), the token is replaced in ``location``."""
    location = f"https://evil.example/?t={written}"
    with FaultServer(default=reply(302, b"", {"Location": location}, reason="Found")) as api:
        outcome = asyncio.run(outcome_async(call(make_harness("httpx", base_url=api.url).client, "request_json")))
    assert isinstance(outcome, RedirectError)
    assert outcome.location == "https://evil.example/?t=[secure]"
    assert written not in str(outcome) + repr(outcome) + repr(outcome.args)
    # (The response's own headers, kept as received on every APIStatusError, still hold it.)
    assert TOKEN not in str(outcome) + repr(outcome) + repr(outcome.args)
