"""The route of one call: ``await client.contacts.retrieve(id)`` runs its operation in one generated unit.

A ``sys.setprofile`` trace of one warm call (``httpx.MockTransport``: no network) lists the files of
``intercom_client/`` that run, in order, and the generated functions among them. CONTRIBUTING.md ("How
a request flows") documents the route these tests measure; ``python -m tests.test_route`` prints it.
"""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import httpx
import pytest

import intercom_client
from intercom_client import AsyncIntercom, Intercom

pytestmark = pytest.mark.pinned  # the pinned spec's names, counts and committed files

PACKAGE = Path(intercom_client.__file__).resolve().parent
TOKEN = "tok_route_0123456789abcdef"
CONTACT = {"type": "contact", "id": "6762f0d51bb69f9f2193bb7f", "email": "ada@example.com"}

# The runtime's sending machinery (what AsyncIntercomBase.request runs): the route of the operation
# itself is everything else.
SEND = frozenset(
    {
        "_client.py",
        "_deadline.py",
        "_http_slot.py",
        "_transport.py",
        "_send.py",
        "_body.py",
        "_rate_limit.py",
        "_retry.py",
        "_outcome.py",
        "_redirects.py",
    }
)


@dataclass
class Route:
    """The files of the package one call ran, in first-entered order, and the moves between them."""

    files: list[str] = field(default_factory=list)
    moves: int = 0
    generated_functions: set[tuple[str, str]] = field(default_factory=set)
    # (runtime file, generated file, function): generated code the hand-written runtime called
    called_back: set[tuple[str, str, str]] = field(default_factory=set)

    def operation_files(self) -> list[str]:
        return [f for f in self.files if f not in SEND]


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=CONTACT)


def _tracer(route: Route) -> Any:
    last: list[str] = []

    def profile(frame: FrameType, event: str, arg: object) -> None:
        if event != "call":
            return
        path = Path(frame.f_code.co_filename)
        if not path.is_relative_to(PACKAGE):
            return
        name = path.relative_to(PACKAGE).as_posix()
        if name not in route.files:
            route.files.append(name)
        if last and last[0] != name:
            route.moves += 1
        last[:] = [name]
        if name.startswith("generated/"):
            route.generated_functions.add((name, frame.f_code.co_name))
            caller = Path(frame.f_back.f_code.co_filename) if frame.f_back is not None else None
            if caller is not None and caller.is_relative_to(PACKAGE):
                by = caller.relative_to(PACKAGE).as_posix()
                if not by.startswith("generated/"):
                    route.called_back.add((by, name, frame.f_code.co_name))

    return profile


def trace_async() -> Route:
    route = Route()

    async def main() -> None:
        async with AsyncIntercom(token=TOKEN, transport=httpx.MockTransport(_answer)) as client:
            await client.contacts.retrieve(CONTACT["id"])  # warm: what the first call imports is imported
            sys.setprofile(_tracer(route))
            try:
                contact = await client.contacts.retrieve(CONTACT["id"])
            finally:
                sys.setprofile(None)
            assert contact.email == CONTACT["email"]

    asyncio.run(main())
    return route


def trace_sync() -> Route:
    route = Route()
    with Intercom(token=TOKEN, transport=httpx.MockTransport(_answer)) as client:
        client.contacts.retrieve(CONTACT["id"])
        sys.setprofile(_tracer(route))
        try:
            contact = client.contacts.retrieve(CONTACT["id"])
        finally:
            sys.setprofile(None)
    assert contact.email == CONTACT["email"]
    return route


@pytest.mark.parametrize("trace", [trace_async, trace_sync], ids=["async", "sync"])
def test_the_operation_is_one_generated_unit(trace: Any) -> None:
    route = trace()
    generated = [f for f in route.files if f.startswith("generated/")]
    # The resource property and the method (the whole operation): no module per operation beside the
    # method, and the model's decoding is the runtime's (_model.py reads the model's field table).
    assert generated == [
        "generated/api/__init__.py",
        "generated/api/contacts/__init__.py",
    ]
    api_functions = {f for f in route.generated_functions if f[0].startswith("generated/api/")}
    # (the comprehension that drops unset query parameters is part of the method)
    assert api_functions == {
        ("generated/api/__init__.py", "contacts"),
        ("generated/api/contacts/__init__.py", "retrieve"),
        ("generated/api/contacts/__init__.py", "<dictcomp>"),
    }


@pytest.mark.parametrize("trace", [trace_async, trace_sync], ids=["async", "sync"])
def test_the_runtime_calls_no_generated_function(trace: Any) -> None:
    route = trace()
    # The method's table names Contact.from_dict, which is the runtime's (the Model base in _model.py, over
    # the model's field table); before, _resource.py called back into the endpoint module's _parse_response.
    assert route.called_back == set()
    assert "_model.py" in route.files


@pytest.mark.parametrize("trace", [trace_async, trace_sync], ids=["async", "sync"])
def test_the_operation_side_of_the_route(trace: Any) -> None:
    route = trace()
    assert route.operation_files() == [
        "generated/api/__init__.py",
        "_resource.py",
        "generated/api/contacts/__init__.py",
        "_paths.py",
        "_responses.py",
        "_decoding.py",
        "_model.py",
    ]


if __name__ == "__main__":
    for label, trace in (("async", trace_async), ("sync", trace_sync)):
        found = trace()
        print(f"{label}: {len(found.files)} files, {found.moves} moves: {', '.join(found.files)}")
