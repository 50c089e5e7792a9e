"""JSON nested 1,000 levels and more: a typed error, never a raw RecursionError.

Python's json decoder recurses once per level and raises RecursionError near the interpreter's limit
(about 1,000); orjson stops at 1,024 levels. Responses (a generated operation's decoding, with orjson
and with the standard decoder; ``request_json``; the body of an error status) are served by a
byte-level server on 127.0.0.1 to the three clients. A correctly signed webhook body nested as deep
is a WebhookPayloadError, which the receiver and the example receivers (served for real) answer 400
(a 500 would make Intercom redeliver it forever).
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from intercom_client import (
    AsyncIntercom,
    BadRequestError,
    IntercomError,
    InternalServerError,
    ResponseDecodingError,
    _decoding,
)
from intercom_client.webhooks import WebhookPayloadError, WebhookReceiver, construct_event, parse_notification
from tests.faults.server import FaultServer, reply
from tests.test_client_support import TOKEN, Harness, find_get_operation
from tests.test_webhook_receiver_e2e import SERVERS, example
from tests.webhook_helpers import SECRET, encode, hub_signature, notification

CLIENTS = ("httpx", "aiohttp", "sync")
DEPTHS = (1_100, 5_000, 100_000)  # orjson takes up to 1,024 levels; json fewer


def nested(depth: int, *, kind: str = "array") -> bytes:
    """A JSON value ``depth`` levels deep: arrays (``[[[...]]]``) or objects (``{"a":{"a":...}}``)."""
    if kind == "array":
        return b"[" * depth + b"1" + b"]" * depth
    return b'{"a":' * depth + b"1" + b"}" * depth


def harness(client: str, server: FaultServer, **options: Any) -> Harness:
    options = {"token": TOKEN, "base_url": server.url, "timeout": 5.0, **options}
    if client == "sync":
        return Harness("sync", **options)
    return Harness("async", http_backend=client, **options)


def no_recursion_error(error: BaseException) -> None:
    """The error is typed, and no RecursionError is in its chain (cause or context)."""
    assert isinstance(error, IntercomError), repr(error)
    seen: BaseException | None = error
    while seen is not None:
        assert not isinstance(seen, RecursionError), repr(error)
        seen = seen.__cause__ or seen.__context__


async def outcome(h: Harness, how: str) -> Any:
    try:
        if how == "operation":
            return await h.call(find_get_operation(decodes_json=True))
        if isinstance(h.client, AsyncIntercom):
            return await h.client.request_json("GET", "/me")
        return h.client.request_json("GET", "/me")
    except Exception as exc:
        return exc


def run(client: str, body: bytes, how: str, status: int = 200) -> Any:
    async def go() -> Any:
        with FaultServer(default=reply(status, body)) as server:
            h = harness(client, server, max_retries=0)
            try:
                return await outcome(h, how)
            finally:
                await h.close()

    return asyncio.run(go())


# -- responses ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("decoder", ["orjson", "json"])
@pytest.mark.parametrize("depth", DEPTHS)
@pytest.mark.parametrize("client", CLIENTS)
def test_a_deep_success_body_is_a_decoding_error(
    client: str, depth: int, decoder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if decoder == "json":
        monkeypatch.setattr(_decoding, "_fast_loads", None)
    elif _decoding._fast_loads is None:  # pragma: no cover - orjson is in the dev extras
        pytest.fail("orjson is not installed: the orjson path is not tested")
    error = run(client, nested(depth), "operation")
    assert isinstance(error, ResponseDecodingError), repr(error)
    assert "nested too deeply" in str(error)
    no_recursion_error(error)


@pytest.mark.parametrize("decoder", ["orjson", "json"])
@pytest.mark.parametrize("depth", [950, 1_000, 1_020])
@pytest.mark.parametrize("client", CLIENTS)
def test_a_body_about_as_deep_as_the_decoders_go_is_decoded_or_a_decoding_error(
    client: str, depth: int, decoder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if decoder == "json":
        monkeypatch.setattr(_decoding, "_fast_loads", None)
    body = b'{"type": "admin.list", "admins": [], "deep": ' + nested(depth) + b"}"
    result = run(client, body, "operation")
    if isinstance(result, BaseException):  # the standard decoder's limit depends on the stack in use
        assert isinstance(result, ResponseDecodingError) and "nested too deeply" in str(result), repr(result)
        no_recursion_error(result)
    else:
        assert result.status_code == 200


@pytest.mark.parametrize("kind", ["array", "object"])
@pytest.mark.parametrize("client", CLIENTS)
def test_a_deep_body_of_request_json_is_a_decoding_error(client: str, kind: str) -> None:
    error = run(client, nested(5_000, kind=kind), "request_json")
    assert isinstance(error, ResponseDecodingError), repr(error)
    assert "GET /me" in str(error) and "nested too deeply" in str(error)
    no_recursion_error(error)


@pytest.mark.parametrize(("status", "expected"), [(400, BadRequestError), (500, InternalServerError)])
@pytest.mark.parametrize("depth", DEPTHS)
@pytest.mark.parametrize("client", CLIENTS)
def test_an_error_status_with_a_deep_body_is_its_status_error(
    client: str, depth: int, status: int, expected: type[IntercomError]
) -> None:
    body = nested(depth)
    error = run(client, body, "request_json", status=status)
    assert type(error) is expected, repr(error)
    assert error.body == body.decode()  # kept as text: it could not be decoded
    assert str(error).startswith(f"{status} ")
    assert len(error.message) <= 200
    no_recursion_error(error)


def python_nested(depth: int) -> list[Any]:
    """A list ``depth`` levels deep, built without parsing (as a caller's own decoded JSON may be)."""
    value: list[Any] = [1]
    for _ in range(depth):
        value = [value]
    return value


def test_the_error_helpers_show_a_value_too_deep_to_write_out() -> None:
    # A body the decoder took from a shallow stack can be too deep to write out from a deeper one
    # (str, repr and json.dumps recurse too): the error's message and details are built anyway.
    from intercom_client._exceptions import _body_excerpt, _str_or_none

    deep = python_nested(5_000)
    assert _str_or_none(deep) == "(a list nested too deeply to show)"
    assert _body_excerpt({"errors": deep}) == "(a JSON value nested too deeply to show)"
    assert _str_or_none("code") == "code" and _str_or_none(None) is None and _str_or_none(7) == "7"


# -- webhooks -----------------------------------------------------------------------------------------


def deep_notifications() -> dict[str, bytes]:
    """Correctly signed bodies nested too deep: the whole body, a field, the item's contents."""
    item_body = encode(notification({"type": "contact", "id": "c-1"}, id="notif_deep"))
    return {
        "the body": nested(100_000),
        "an object": nested(5_000, kind="object"),
        "the topic": b'{"type":"notification_event","id":"n1","topic":' + nested(1_000) + b"}",
        "the item": item_body.replace(b'"id": "c-1"', b'"id": "c-1", "x": ' + nested(1_000)),
    }


@pytest.mark.parametrize("where", list(deep_notifications()))
def test_a_signed_deep_webhook_body_is_a_payload_error(where: str) -> None:
    body = deep_notifications()[where]
    with pytest.raises(WebhookPayloadError) as caught:
        construct_event(body, hub_signature(body), SECRET, max_age=None)
    assert "nested too deeply" in str(caught.value)
    no_recursion_error(caught.value)


def test_a_decoded_notification_with_a_deep_field_is_a_payload_error() -> None:
    with pytest.raises(WebhookPayloadError, match="nested too deeply to show") as caught:
        parse_notification({"type": python_nested(5_000)})
    no_recursion_error(caught.value)


@pytest.mark.parametrize("where", list(deep_notifications()))
async def test_the_receiver_answers_a_signed_deep_body_400(where: str) -> None:
    called: list[object] = []

    async def handler(notification: object) -> None:
        called.append(notification)

    receiver = WebhookReceiver(SECRET, handler, max_age=None)
    body = deep_notifications()[where]
    answer = await receiver.handle("POST", body, hub_signature(body))
    await receiver.aclose()
    assert answer.status == 400
    assert called == []


@pytest.mark.parametrize("server", SERVERS)
async def test_the_example_receivers_answer_a_signed_deep_body_400(server: str) -> None:
    receiver = example.make_receiver(SECRET, lambda notification: asyncio.sleep(0), max_age=None)
    async with SERVERS[server](receiver) as url, httpx.AsyncClient(timeout=10) as http:
        for where, body in deep_notifications().items():
            answer = await http.post(
                url + example.WEBHOOK_PATH,
                content=body,
                headers={"X-Hub-Signature": hub_signature(body), "Content-Type": "application/json"},
            )
            assert answer.status_code == 400, (where, answer.status_code, answer.text)
