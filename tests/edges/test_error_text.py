"""What ``str(e)`` of a status error says: the status, the request (method and path), and the reason.

A mock's or gateway's JSON error body (every Prism validation 422) used to be cut at 200 characters,
before its reason, and no status error named the request. Now the message names ``METHOD /path``
(never the query, which may carry secrets; the token redacted wherever it appears) and shows up to
2,000 characters of a JSON body in another format than Intercom's; text and HTML stay at 200. Tried on
the three clients against a byte-level server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from intercom_client import APIStatusError, AsyncIntercom, Intercom, UnprocessableEntityError
from tests.faults.server import FaultServer, reply
from tests.faults.test_faults import CLIENTS
from tests.test_client_support import TOKEN

# Prism's answer to an invalid request: the reason comes after a ~250-character preamble.
PRISM_422 = {
    "type": "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
    "title": "Invalid request",
    "status": 422,
    "detail": "Your request is not valid and no HTTP validation response was found in the spec, so Prism "
    "is generating this error for you.",
    "validation": [
        {
            "location": ["body", "query"],
            "severity": "Error",
            "code": "required",
            "message": "must have required property 'field'",
        }
    ],
}


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(default=reply(422, PRISM_422, reason="Unprocessable Entity")) as running:
        yield running


def raised(client: str, server: FaultServer, call: Callable[[Any], Any]) -> APIStatusError:
    """The status error ``call(intercom)`` raises on ``client`` (``call`` returns an awaitable on the async ones)."""

    async def main() -> None:
        if client == "sync":
            with Intercom(token=TOKEN, base_url=server.url, max_retries=0) as intercom:
                result = await asyncio.to_thread(call, intercom)
                if hasattr(result, "first_page"):  # a sync paginator sends when asked for a page
                    await asyncio.to_thread(result.first_page)
        else:
            async with AsyncIntercom(token=TOKEN, base_url=server.url, max_retries=0, http_backend=client) as aclient:  # type: ignore[arg-type]
                await call(aclient)

    with pytest.raises(APIStatusError) as caught:
        asyncio.run(main())
    return caught.value


@pytest.mark.parametrize("client", CLIENTS)
def test_a_json_error_body_shows_its_reason_and_the_request(client: str, server: FaultServer) -> None:
    error = raised(client, server, lambda c: c.contacts.search(query={"operator": "=", "value": "x"}))
    assert isinstance(error, UnprocessableEntityError)
    text = str(error)
    assert text.startswith("422 Unprocessable Entity (POST /contacts/search): ")
    assert "must have required property 'field'" in text  # past the 200 characters the excerpt used to keep
    assert error.operation == "POST /contacts/search"


@pytest.mark.parametrize("client", CLIENTS)
def test_the_message_names_no_query_and_no_token(client: str, server: FaultServer) -> None:
    secret = "sk_live_query_secret_9f8e"
    error = raised(client, server, lambda c: c.contacts.retrieve(TOKEN, extra_query={"api_key": secret}))
    text = str(error)
    assert text.startswith("422 Unprocessable Entity (GET /contacts/[secure]): ")
    assert secret not in text and "api_key" not in text
    assert TOKEN not in text and TOKEN not in repr(error)


@pytest.mark.parametrize("client", CLIENTS)
def test_the_message_stays_bounded(client: str, server: FaultServer) -> None:
    server.script.append(reply(422, {"detail": "x" * 1_000_000, "reason": "y" * 10}, reason="Unprocessable Entity"))
    server.script.append(reply(502, "<html>" + "z " * 100_000 + "</html>", reason="Bad Gateway"))
    big_json = raised(client, server, lambda c: c.admins.identify())
    html = raised(client, server, lambda c: c.admins.identify())
    assert len(str(big_json)) < 2_100 and str(big_json).endswith("...")
    assert len(str(html)) < 300
