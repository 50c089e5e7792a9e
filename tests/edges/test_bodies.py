"""Body values that are not JSON: a typed error naming the field, raised before anything is sent.

A ``datetime``, ``Decimal``, ``set``, ``bytes``, NaN, infinity, a container inside itself, a body nested
absurdly deep, a key JSON refuses or a string UTF-8 cannot encode used to raise a bare ``TypeError``,
``ValueError``, ``RecursionError`` or ``UnicodeEncodeError`` from the encoder, naming no field. Now each
raises ``RequestBodyValueError`` (a ``RequestBodyError``: an ``IntercomError`` and a ``TypeError``) with
the path (``body.custom_attributes.signed_up``, ``body.items[3]``), the value's type and a hint.

The check is in code both clients share (``_BaseIntercom._build_request`` and ``_json_body.py``), the
one place every JSON body passes; it is exercised here through a generated method (its ``to_dict()``),
``extra_body=``, ``request_json(json=...)`` and ``client.request(json=...)`` on the three clients, and
every case asserts that the server received nothing.
"""

from __future__ import annotations

import asyncio
import datetime
import decimal
import json
import math
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from intercom_client import AsyncIntercom, Intercom, IntercomError, RequestBodyError, RequestBodyValueError
from tests.faults.server import FaultServer, reply
from tests.faults.test_faults import CLIENTS
from tests.test_client_support import TOKEN


def cycle() -> dict[str, Any]:
    value: dict[str, Any] = {"name": "loop"}
    value["again"] = value
    return value


def list_cycle() -> list[Any]:
    value: list[Any] = [1]
    value.append(value)
    return value


def deep(levels: int) -> dict[str, Any]:
    root: dict[str, Any] = {}
    node = root
    for _ in range(levels):
        node["n"] = {}
        node = node["n"]
    return root


@dataclass(frozen=True)
class Bad:
    name: str
    make: Callable[[], Any]
    value_type: str
    says: str  # in the message
    inner: str = ""  # the path below the value's own (a cycle's, a deep body's)


BAD = [
    Bad("datetime", lambda: datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC), "datetime", "int(dt.timestamp())"),
    Bad("date", lambda: datetime.date(2024, 5, 1), "date", "Unix seconds"),
    Bad("Decimal", lambda: decimal.Decimal("9.99"), "Decimal", "float(d)"),
    Bad("set", lambda: {"a", "b"}, "set", "list(s)"),
    Bad("bytes", lambda: b"\x00\x01", "bytes", "decode"),
    Bad("NaN", lambda: math.nan, "float", "JSON has no NaN or Infinity"),
    Bad("inf", lambda: math.inf, "float", "JSON has no NaN or Infinity"),
    Bad("-inf", lambda: -math.inf, "float", "JSON has no NaN or Infinity"),
    Bad("self-containing dict", cycle, "dict", "a cycle", ".again"),
    Bad("self-containing list", list_cycle, "list", "a cycle", "[1]"),
    Bad("absurdly deep", lambda: deep(10_000), "dict", "nested more than 100 levels deep", ".n"),
    Bad("tuple key", lambda: {(1, 2): "x"}, "dict", "has a key of type tuple"),
    Bad("lone surrogate", lambda: "caf\ud800", "str", "UTF-8 cannot encode"),
    Bad("huge int", lambda: 10**5000, "int", "more digits than Python writes out"),
]
ENTRIES = ("method", "extra_body", "request_json", "request")


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    with FaultServer(default=reply(200, {"type": "contact", "id": "1"})) as running:
        yield running


def body_and_path(entry: str, value: Any) -> tuple[dict[str, Any], str]:
    if entry in ("method", "extra_body"):
        return {
            "email": "ada@example.com",
            "custom_attributes": {"signed_up": value},
        }, "body.custom_attributes.signed_up"
    return {"items": [1, 2, 3, value]}, "body.items[3]"


async def send(intercom: AsyncIntercom | Intercom, entry: str, body: dict[str, Any]) -> Any:
    """Send ``body`` through ``entry`` (the sync client's call runs in a thread)."""

    def sync_call(client: Intercom) -> Any:
        if entry == "method":
            return client.contacts.create(body=body)
        if entry == "extra_body":
            return client.contacts.create(body={"email": "ada@example.com"}, extra_body=body)
        if entry == "request_json":
            return client.request_json("POST", "/things", json=body)
        return client.request("POST", "/things", json=body)

    if isinstance(intercom, Intercom):
        return await asyncio.to_thread(sync_call, intercom)
    if entry == "method":
        return await intercom.contacts.create(body=body)
    if entry == "extra_body":
        return await intercom.contacts.create(body={"email": "ada@example.com"}, extra_body=body)
    if entry == "request_json":
        return await intercom.request_json("POST", "/things", json=body)
    return await intercom.request("POST", "/things", json=body)


def run(client: str, server: FaultServer, entry: str, body: dict[str, Any]) -> Any:
    async def main() -> Any:
        if client == "sync":
            intercom: AsyncIntercom | Intercom = Intercom(token=TOKEN, base_url=server.url, max_retries=0)
        else:
            intercom = AsyncIntercom(token=TOKEN, base_url=server.url, max_retries=0, http_backend=client)  # type: ignore[arg-type]
        try:
            return await send(intercom, entry, body)
        except Exception as exc:  # the outcome is what the test asserts on
            return exc
        finally:
            if isinstance(intercom, AsyncIntercom):
                await intercom.aclose()
            else:
                intercom.close()

    return asyncio.run(main())


@pytest.mark.parametrize("entry", ENTRIES)
@pytest.mark.parametrize("bad", BAD, ids=[b.name for b in BAD])
@pytest.mark.parametrize("client", CLIENTS)
def test_a_value_that_is_not_json_is_a_typed_error_naming_its_field(
    client: str, bad: Bad, entry: str, server: FaultServer
) -> None:
    body, path = body_and_path(entry, bad.make())
    before = server.attempts
    outcome = run(client, server, entry, body)
    assert server.attempts == before  # nothing was sent
    assert isinstance(outcome, RequestBodyValueError), repr(outcome)
    assert isinstance(outcome, RequestBodyError) and isinstance(outcome, IntercomError)
    assert isinstance(outcome, TypeError)
    assert outcome.path.startswith(path + bad.inner), (outcome.path, path)
    assert outcome.value_type == bad.value_type
    message = str(outcome)
    assert message.startswith(path) and bad.says in message, message
    # No bare error chained to it (a traceback would show the encoder's TypeError first).
    assert outcome.__cause__ is None and (outcome.__context__ is None or outcome.__suppress_context__)


@pytest.mark.parametrize("client", CLIENTS)
def test_json_bodies_still_go_as_they_did(client: str, server: FaultServer) -> None:
    """The values JSON takes (subclasses included: OrderedDict, tuples, int keys, str enums) are sent as json encodes them."""
    import enum

    class Plan(enum.StrEnum):
        PRO = "pro"

    body = {"items": [1, 2.5, "x", None, True, (3, 4)], "plan": Plan.PRO, "o": OrderedDict(a=1), "by_id": {7: "seven"}}
    before = server.attempts
    outcome = run(client, server, "request_json", body)
    assert outcome == {"type": "contact", "id": "1"}
    assert server.attempts == before + 1
    sent = server.received[-1].body
    assert json.loads(sent) == {
        "items": [1, 2.5, "x", None, True, [3, 4]],
        "plan": "pro",
        "o": {"a": 1},
        "by_id": {"7": "seven"},
    }
