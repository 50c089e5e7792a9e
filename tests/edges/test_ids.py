"""The ids a caller passes as path parameters never take a request off its endpoint.

``retrieve("..")`` used to send ``GET /`` and ``tags.detach_from_contact("..", "123")`` ``DELETE /tags/123``:
percent-encoding keeps ``.`` and ``..``, and the HTTP client resolves them as dot segments. Every
operation of the pinned spec is walked here through the resource surface (``client.<resource>.<method>``,
arguments built as tests/test_contract.py builds them), on a client whose transport records each
request's raw path: a hostile id (a dot segment, empty, None, a float, a bool) is a typed
``InvalidParameterError`` naming the parameter and nothing is sent; a tricky but valid id reaches the
wire as exactly one segment that decodes back to the value.
"""

from __future__ import annotations

import asyncio
import functools
import re
import traceback
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

from codegen.generate.names import python_identifier
from intercom_client import AsyncIntercom, Intercom, IntercomError, InvalidParameterError, NotFoundError
from tests.conftest import SUMMARY_LINES, needs_spec
from tests.faults.server import FaultServer, reply
from tests.test_client_support import TOKEN
from tests.test_contract import OPERATIONS, build_call, surface_name

pytestmark = needs_spec

HOSTILE: list[Any] = [".", "..", "", None, 1.5, True]
TRICKY: list[Any] = ["a/b", "../x", "%2e%2e", "a?b#c", " ", "é", "...", 0]
PROBLEMS = {
    ".": "is '.', a dot segment",
    "..": "is '..', a dot segment",
    "": "is empty",
    None: "is None",
    1.5: "must be str or int, got float",
    True: "must be str or int, got bool",
}
VALID = "x1"  # the other path parameters of an operation, while one of them is hostile
NOT_FOUND = {"type": "error.list", "errors": [{"code": "not_found", "message": "Resource Not Found"}]}


def path_names(path: str) -> list[str]:
    """The path parameters of a path template, in order."""
    return re.findall(r"{([^}]+)}", path)


@functools.cache
def arguments(index: int) -> dict[str, Any]:
    """The operation's arguments without its path parameters (built once per operation and process)."""
    path, method, operation = OPERATIONS[index]
    kwargs, _ = build_call(path, method, operation)
    for name in path_names(path):
        kwargs.pop(python_identifier(name), None)
    return kwargs


async def call(client: AsyncIntercom, index: int, ids: dict[str, Any]) -> None:
    """Call operation ``index`` as ``client.<resource>.<method>(...)`` with ``ids`` as its path parameters."""
    path, method, _ = OPERATIONS[index]
    resource_name, method_name = surface_name(path, method)
    bound = getattr(getattr(client, resource_name), method_name)
    await bound(**{python_identifier(name): value for name, value in ids.items()}, **arguments(index))


def recording_client(sent: list[httpx.Request]) -> AsyncIntercom:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(404, json=NOT_FOUND)

    transport = httpx.MockTransport(answer)
    return AsyncIntercom(token=TOKEN, base_url="http://127.0.0.1:9", max_retries=0, transport=transport)


def raw_path(request: httpx.Request) -> bytes:
    return request.url.raw_path.split(b"?", 1)[0]


@pytest.mark.parametrize("value", HOSTILE, ids=repr)
def test_every_operation_refuses_a_hostile_id_before_sending(value: Any) -> None:
    """Each path parameter of each operation in turn gets the hostile value, the others a valid id."""
    checked = {"operations": 0, "with_ids": 0, "parameters": 0}

    async def main() -> None:
        sent: list[httpx.Request] = []
        async with recording_client(sent) as client:
            for index, (path, method, _) in enumerate(OPERATIONS):
                checked["operations"] += 1
                names = path_names(path)
                checked["with_ids"] += bool(names)
                for name in names:
                    ids = {other: (value if other == name else VALID) for other in names}
                    with pytest.raises(InvalidParameterError) as caught:
                        await call(client, index, ids)
                    error = caught.value
                    label = f"{method.upper()} {path}"
                    assert isinstance(error, IntercomError) and isinstance(error, ValueError)
                    assert error.parameter == python_identifier(name), label
                    assert error.operation == label
                    assert PROBLEMS[value] in str(error), (label, str(error))
                    assert sent == [], f"{label} sent {sent[0].url.raw_path!r} for {value!r}"
                    checked["parameters"] += 1

    asyncio.run(main())
    assert checked["operations"] == len(OPERATIONS) > 0
    assert checked["parameters"] >= checked["with_ids"] > 0
    line = (
        f"ids: {checked['operations']} operations walked, {checked['parameters']} path parameters of "
        f"{checked['with_ids']} operations refuse each of {len(HOSTILE)} hostile ids before sending"
    )
    if line not in SUMMARY_LINES:
        SUMMARY_LINES.append(line)


@pytest.mark.parametrize("value", TRICKY, ids=repr)
def test_every_operation_sends_a_tricky_id_as_exactly_one_segment(value: Any) -> None:
    """All path parameters of each operation get the value; the raw path keeps the template's segments."""
    walked = 0

    async def main() -> None:
        nonlocal walked
        sent: list[httpx.Request] = []
        async with recording_client(sent) as client:
            for index, (path, method, _) in enumerate(OPERATIONS):
                sent.clear()
                names = path_names(path)
                with pytest.raises(NotFoundError):  # what the recording transport answers
                    await call(client, index, dict.fromkeys(names, value))
                label = f"{method.upper()} {path}"
                assert len(sent) == 1, label
                template = path.split("/")
                segments = raw_path(sent[0]).decode("ascii").split("/")
                assert len(segments) == len(template), (label, segments)
                for expected, segment in zip(template, segments, strict=True):
                    if expected.startswith("{") and expected.endswith("}"):
                        assert unquote(segment, errors="strict") == str(value), (label, segment)
                    else:
                        assert segment == expected, (label, segment)
                walked += 1

    asyncio.run(main())
    assert walked == len(OPERATIONS) > 0


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ({"token": TOKEN}, "must be str or int, got dict"),
        (TOKEN.encode(), "must be str or int, got bytes"),
        (TOKEN + "\ud800", "is not valid Unicode text"),
        (10**5000, "is an int of more digits than Python writes out"),  # int's str() raises ValueError
    ],
    ids=["dict", "bytes", "lone-surrogate", "huge-int"],
)
def test_the_error_names_the_parameter_and_the_problem_never_the_value(value: Any, problem: str) -> None:
    """A secret pasted as an id by mistake appears in no message, repr or chained exception."""
    with (
        Intercom(token="another-token", base_url="http://127.0.0.1:9", max_retries=0) as client,
        pytest.raises(InvalidParameterError) as caught,
    ):
        client.contacts.retrieve(value)
    text = "".join(traceback.format_exception(caught.value)) + repr(caught.value)
    # the path parameter as this spec names it ('id' of GET /contacts/{id}; 2.15: 'contact_id')
    assert problem in text and re.search(r"'(\w+)' of GET /contacts/\{\1\}", text)
    assert TOKEN not in text
    assert caught.value.__cause__ is None and caught.value.__context__ is None


CLIENTS = ("httpx", "aiohttp", "sync")


@pytest.mark.parametrize("client", CLIENTS)
def test_each_client_sends_nothing_for_a_dot_segment_and_one_segment_for_a_slash(client: str) -> None:
    """Against a real server on 127.0.0.1: ``..`` is never sent; ``../x`` arrives as one segment."""
    server = FaultServer(default=reply(200, {"type": "contact", "id": "../x", "role": "user", "workspace_id": "w"}))

    async def main() -> None:
        options: dict[str, Any] = {"token": TOKEN, "base_url": server.url, "max_retries": 0}
        if client == "sync":
            with Intercom(**options) as sync:
                with pytest.raises(InvalidParameterError, match="'contact_id' of DELETE /contacts"):
                    sync.tags.detach_from_contact("..", "123")
                assert sync.contacts.retrieve("../x").id == "../x"
            return
        async with AsyncIntercom(**options, http_backend=client) as async_client:
            with pytest.raises(InvalidParameterError, match="'contact_id' of DELETE /contacts"):
                await async_client.tags.detach_from_contact("..", "123")
            assert (await async_client.contacts.retrieve("../x")).id == "../x"

    with server:
        asyncio.run(main())
        assert [(r.method, r.path) for r in server.received] == [("GET", "/contacts/..%2Fx")]


@pytest.mark.parametrize("hostile", [".", ".."])
def test_the_bulk_helpers_paths_take_ids_as_one_segment_too(hostile: str) -> None:
    """The bulk helpers' ids (a conversation, a job's status, its cancel, an export's download) refuse dot segments."""
    import io

    from intercom_client.bulk import Job, cancel_job, download_export, fetch_complete_conversation, wait_for_job

    sent: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.raw_path.decode())
        return httpx.Response(404, json=NOT_FOUND)

    transport = httpx.MockTransport(record)
    with Intercom(token=TOKEN, transport=transport, max_retries=0) as client:
        with pytest.raises(InvalidParameterError, match="conversation_id"):
            fetch_complete_conversation(client, hostile)
        with pytest.raises(InvalidParameterError, match="job id"):
            wait_for_job(client, hostile, kind="contacts_bulk")
        # cancel_job is best effort (it answers whether the cancel was sent): False, and nothing sent
        assert cancel_job(client, Job(kind="data_export", id=hostile, state=None)) is False
        # a completed export without a download_url: the download's path is built from its id
        with pytest.raises(InvalidParameterError, match="job id"):
            download_export(client, Job(kind="data_export", id=hostile, state="completed"), io.BytesIO())

    async def cancel_with_the_async_client() -> bool:
        async with AsyncIntercom(token=TOKEN, transport=transport, max_retries=0) as async_client:
            return await cancel_job(async_client, Job(kind="data_export", id=hostile, state=None))

    assert asyncio.run(cancel_with_the_async_client()) is False  # as the sync one: no raise, nothing sent
    assert sent == []
