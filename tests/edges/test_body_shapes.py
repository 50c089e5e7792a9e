"""The body shapes of tests/typing/bodies_program.py run, and send what they say.

That program is what the type checkers accept (tests/test_typing.py); here each of its functions runs
against a byte-level server on 127.0.0.1 and the JSON each request carried is checked: a body held in
a variable, ``search_body(...)``, an inline AND, tuples for arrays, free-form maps, the body's fields as
keyword arguments, a prebuilt model. Also: a body given both as ``body=`` and as fields, and a required
body given neither way, are RequestBodyErrors naming a field, raised before anything is sent.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

import pytest

from intercom_client import AsyncIntercom, Intercom, RequestBodyError
from tests.faults.server import FaultServer, reply
from tests.operations import absent
from tests.test_client_support import TOKEN

PAGE = {"type": "list", "data": [], "total_count": 0, "pages": {"type": "pages", "page": 1, "total_pages": 1}}


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(default=reply(200, PAGE)) as running:
        yield running


@pytest.fixture
def program() -> Any:
    """tests/typing/bodies_program.py, which names the pinned spec's request models: on a package generated
    from another spec without them, the test is skipped saying so (failed on the pinned spec)."""
    try:
        from tests.typing import bodies_program
    except ImportError as exc:
        absent(f"a model of tests/typing/bodies_program.py ({exc})")
    return bodies_program


def sent(server: FaultServer, start: int) -> list[tuple[str, str, Any]]:
    return [(r.method, r.path, json.loads(r.body) if r.body else None) for r in server.received[start:]]


def run_async(server: FaultServer, backend: str, make: Callable[[AsyncIntercom], Coroutine[Any, Any, Any]]) -> Any:
    async def main() -> Any:
        async with AsyncIntercom(token=TOKEN, base_url=server.url, max_retries=0, http_backend=backend) as client:  # type: ignore[arg-type]
            return await make(client)

    return asyncio.run(main())


BACKENDS = ("httpx", "aiohttp")


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_body_held_in_a_variable_and_search_body(server: FaultServer, backend: str, program: Any) -> None:
    run_async(server, backend, program.held_in_a_variable)
    run_async(server, backend, program.built_with_search_body)
    requests = sent(server, 0)
    assert requests[0] == (
        "POST",
        "/contacts/search",
        {"query": {"field": "email", "operator": "~", "value": "@example.com"}, "pagination": {"per_page": 100}},
    )
    searched = [(path, body) for _, path, body in requests[1:]]
    assert [path for path, _ in searched] == [
        "/contacts/search",
        "/companies/search",
        "/conversations/search",
        "/tickets/search",
    ]
    assert searched[0][1]["query"] == {
        "operator": "AND",
        "value": [
            {"field": "role", "operator": "=", "value": "user"},
            {"field": "updated_at", "operator": ">", "value": 1_700_000_000},
        ],
    }
    assert searched[2][1]["query"]["operator"] == "OR"


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_inline_and_and_tuples_go_as_json_arrays(server: FaultServer, backend: str, program: Any) -> None:
    run_async(server, backend, program.inline_and_of_two_filters)
    run_async(server, backend, lambda client: program.filters_from_a_list(client, ["a@x.io", "b@x.io"]))
    (_, _, first), (_, _, second) = sent(server, 0)
    assert first["query"]["value"][1] == {"field": "updated_at", "operator": ">", "value": 1_700_000_000}
    assert second["query"] == {
        "operator": "OR",
        "value": [
            {"field": "email", "operator": "=", "value": "a@x.io"},
            {"field": "email", "operator": "=", "value": "b@x.io"},
            {"field": "email", "operator": "IN", "value": ["a@x.io", "b@x.io"]},
        ],
    }


@pytest.mark.parametrize("backend", BACKENDS)
def test_free_form_maps_keyword_fields_and_a_prebuilt_model(server: FaultServer, backend: str, program: Any) -> None:
    server.script.extend([reply(202), reply(202)])  # POST /events answers 202
    run_async(server, backend, program.free_form_maps)
    run_async(server, backend, lambda client: program.fields_as_keyword_arguments(client, "c-1", "t-1"))
    run_async(server, backend, program.prebuilt_model)
    bodies = sent(server, 0)
    assert bodies[0][1:] == (
        "/events",
        {
            "event_name": "order-placed",
            "user_id": "u-1",
            "created_at": 1_700_000_000,
            "metadata": {"order_id": "A-1", "total": 12.5},
        },
    )
    assert bodies[1][2]["metadata"] == {"order_id": "A-1"}
    assert bodies[2][1:] == ("/contacts", {"email": "a@example.com", "custom_attributes": {"plan": "pro", "seats": 3}})
    assert bodies[3][1:] == ("/tickets", {"ticket_type_id": "1234", "contacts": [{"id": "c-1"}]})
    assert bodies[4][1:] == ("/contacts/c-1/tags", {"id": "t-1"})
    assert bodies[5][1:] == ("/contacts", {"email": "b@example.com", "role": "lead"})


def test_the_sync_twin_takes_the_same_fields(server: FaultServer, program: Any) -> None:
    with Intercom(token=TOKEN, base_url=server.url, max_retries=0) as client:
        program.sync_twin(client)
    bodies = sent(server, 0)
    assert bodies[0][2] == {"email": "c@example.com", "custom_attributes": {"plan": "free"}}
    assert bodies[1][2] == {"query": {"field": "email", "operator": "=", "value": "c@example.com"}}


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_body_given_twice_or_not_at_all_is_refused_before_sending(server: FaultServer, backend: str) -> None:
    async def twice(client: AsyncIntercom) -> Any:
        return await client.contacts.create(body={"email": "a@example.com"}, role="user")

    async def neither(client: AsyncIntercom) -> Any:
        return await client.tickets.create()  # a required body its fields may stand for: checked at run time

    with pytest.raises(RequestBodyError, match="both as body= and as keyword arguments") as given_twice:
        run_async(server, backend, twice)
    assert given_twice.value.field == "role"
    with pytest.raises(RequestBodyError, match="needs the field") as missing:
        run_async(server, backend, neither)
    assert missing.value.field in ("contacts", "ticket_type_id")
    assert server.received == []


def test_the_callers_containers_are_not_changed(server: FaultServer) -> None:
    nested = {"order": ("A-1", "A-2")}
    server.script.append(reply(202))
    with Intercom(token=TOKEN, base_url=server.url, max_retries=0) as client:
        client.data_events.create(event_name="e", user_id="u", metadata=nested)
    assert nested == {"order": ("A-1", "A-2")}
    assert sent(server, 0)[0][2]["metadata"] == {"order": ["A-1", "A-2"]}
