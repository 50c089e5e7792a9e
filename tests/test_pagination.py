"""Typed pagination: every paginated resource method walked over mocked pages, and the paginators' behaviour.

Each case names its operation by its key in the pagination table (``api.contacts.list_contacts``);
``paginate``/``paginate_sync`` below call the operation's resource method (``client.contacts.list``),
which is what users call.
"""

from __future__ import annotations

import copy
import gc
import importlib
import inspect
import json
import shutil
import sys
import typing
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from codegen import pagination as pt
from codegen.generate.names import names, python_identifier
from codegen.spec import example_values, parameters, resolve
from intercom_client import AsyncIntercom, Intercom, IntercomError, NotFoundError
from intercom_client._exceptions import ConfigurationError
from intercom_client.pagination import AsyncPaginator, Page, PaginationError, SyncPaginator

from .operations import absent, method_of, request_of, require_model, send, type_hints

table_module = pytest.importorskip(
    "intercom_client.generated.pagination_table", reason="the generated package has no pagination table: regenerate"
)
TABLE: dict[str, Any] = table_module.PAGINATED_OPERATIONS
GENERATED = "intercom_client.generated"
BASE_URL = "http://127.0.0.1:9"
MARK = "x_test_seq"  # an unknown field: every model keeps it in additional_properties
PAGES = 3
PER_PAGE = 2


@dataclass(frozen=True)
class Endpoint:
    """A paginated operation, by its key in the pagination table (``api.contacts.list_contacts``)."""

    key: str

    @property
    def surface(self) -> tuple[str, str]:
        """(resource, method name) of its resource method."""
        row = TABLE.get(self.key)
        if row is None:
            absent(f"the paginated operation {self.key}")
        return SURFACE[(row["method"], row["path"])]


def _method_of(operation: Endpoint, client: Any) -> Any:
    """The resource method of ``operation`` on ``client``."""
    resource, name = operation.surface
    return getattr(getattr(client, resource), name)


def _given(kwargs: dict[str, Any]) -> dict[str, Any]:
    # A method whose operation has no page size has no per_page parameter at all.
    return {k: v for k, v in kwargs.items() if not (k == "per_page" and v is None)}


def paginate(operation: Any, *, client: AsyncIntercom, **kwargs: Any) -> AsyncPaginator[Any]:
    paginator = _method_of(operation, client)(**_given(kwargs))
    assert isinstance(paginator, AsyncPaginator)
    return paginator


def paginate_sync(operation: Any, *, client: Intercom, **kwargs: Any) -> SyncPaginator[Any]:
    paginator = _method_of(operation, client)(**_given(kwargs))
    assert isinstance(paginator, SyncPaginator)
    return paginator


SURFACE: dict[tuple[str, str], tuple[str, str]] = {}


@pytest.fixture(scope="module")
def spec(normalised_spec: dict[str, Any]) -> dict[str, Any]:
    SURFACE.update({(e.method, e.path): (e.resource, e.name) for e in names(normalised_spec)})
    return normalised_spec


@pytest.fixture(autouse=True)
def _surface(spec: dict[str, Any]) -> None:
    """Every test needs the surface names (the spec fixture fills them in)."""


@pytest.fixture
async def client() -> Any:
    async with AsyncIntercom(token="test-token", base_url=BASE_URL, max_retries=0) as c:
        yield c


@pytest.fixture
def sync_client() -> Iterator[Intercom]:
    with Intercom(token="test-token", base_url=BASE_URL, max_retries=0) as c:
        yield c


def endpoint(key: str) -> Endpoint:
    return Endpoint(key)


# -- minimal valid JSON from the spec ------------------------------------------------------------------


def synth(spec: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """A minimal JSON value valid for ``schema``: required fields (and enum-typed ones, often discriminators)."""
    raw = resolve(spec, schema)
    s = pt.unwrap(spec, raw)
    for key in ("anyOf", "oneOf"):
        variants = [v for v in s.get(key) or [] if resolve(spec, v).get("type") != "null"]
        if variants:
            return synth(spec, variants[0], depth + 1)
    enum = [v for v in s.get("enum") or [] if v is not None]
    if enum:
        return enum[0]
    kind = pt.schema_type(s)
    if kind == "object" or (kind is None and "properties" in s):
        if depth > 6:
            return {}
        required = set(s.get("required") or [])
        out = {}
        for name, prop in pt.properties(spec, s).items():
            if name in required or prop.get("enum"):
                out[name] = synth(spec, prop, depth + 1)
        return out
    if kind == "array":
        return []
    if kind == "string":
        fmt = s.get("format")
        example = s.get("example")
        if fmt == "date-time":
            return "2024-01-01T00:00:00Z"
        if fmt == "date":
            return "2024-01-01"
        if fmt == "uuid":
            return "00000000-0000-4000-8000-000000000000"
        return example if isinstance(example, str) else "x"
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    return {}


def dig(data: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        if not isinstance(data, dict):
            return None
        data = data.get(name)
    return data


def put(data: dict[str, Any], path: tuple[str, ...], value: Any) -> dict[str, Any]:
    out = copy.deepcopy(data)
    node = out
    for name in path[:-1]:
        if not isinstance(node.get(name), dict):
            node[name] = {}
        node = node[name]
    node[path[-1]] = value
    return out


def drop(data: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
    out = copy.deepcopy(data)
    node = dig(out, path[:-1]) if len(path) > 1 else out
    if isinstance(node, dict):
        node.pop(path[-1], None)
    return out


def mark_of(item: Any) -> Any:
    if isinstance(item, dict):
        return item.get(MARK)
    extra = getattr(item, "additional_properties", None)
    return extra.get(MARK) if isinstance(extra, dict) else None


def operation_of(spec: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    return resolve(spec, spec["paths"][row["path"]])[row["method"].lower()]


def success_status(operation: dict[str, Any]) -> int:
    return min(int(s) for s in operation["responses"] if str(s).startswith("2"))


def argument_value(spec: dict[str, Any], annotation: Any, schema: Any) -> Any:
    """A value for a required argument: a model built from minimal JSON, or a plain scalar."""
    for candidate in typing.get_args(annotation) or (annotation,):
        if isinstance(candidate, type) and hasattr(candidate, "from_dict"):
            return candidate.from_dict(synth(spec, schema))
        if typing.get_origin(candidate) is typing.Literal:
            return typing.get_args(candidate)[0]
    if annotation is int or int in typing.get_args(annotation):
        return 1
    if annotation is bool:
        return True
    return "2024-01-01" if "created_at" in str(schema) else "abc"


def body_value(spec: dict[str, Any], operation: dict[str, Any], annotation: Any) -> Any:
    """The request model: from the spec's request example when it decodes, else from minimal JSON."""
    body = resolve(spec, operation.get("requestBody") or {})
    media = (body.get("content") or {}).get("application/json") or {}
    examples = example_values(spec, media)
    model = next(c for c in typing.get_args(annotation) or (annotation,) if hasattr(c, "from_dict"))
    for example in examples:
        if isinstance(example, dict):
            try:
                return model.from_dict(example)
            except IntercomError:
                continue
    return model.from_dict(synth(spec, media.get("schema", {})))


@dataclass
class Case:
    """One operation's three-page walk: the pages to serve, the requests and items to expect."""

    key: str
    row: dict[str, Any]
    module: Endpoint
    arguments: dict[str, Any]
    per_page: int | None
    pages: list[dict[str, Any]]
    status: int
    expected_requests: list[tuple[str, str, dict[str, str], Any]]
    expected_marks: list[int]


def build_case(spec: dict[str, Any], key: str) -> Case:
    row = TABLE[key]
    module = endpoint(key)
    operation = operation_of(spec, row)
    status = success_status(operation)
    params = {p["name"]: p for p in parameters(spec, row["path"], operation)}
    method = method_of(*module.surface, is_async=True)
    hints = type_hints(method)
    signature = inspect.signature(method)
    arguments: dict[str, Any] = {}
    for name, parameter in signature.parameters.items():
        if name == "self" or (row["request_in"] == "query" and name in (row["request_arg"], row["per_page_arg"])):
            continue
        needs_body = name == "body" and row["request_in"] == "body"
        if parameter.default is inspect.Parameter.empty or needs_body:
            if name == "body":
                arguments[name] = body_value(spec, operation, hints[name])
            else:
                original = next((p for p in params.values() if python_identifier(p["name"]) == name), {})
                arguments[name] = argument_value(spec, hints[name], original.get("schema", {}))
    per_page = PER_PAGE if row["per_page"] is not None else None

    # The page skeleton: the response schema's required fields; the items: the spec's example item if it
    # parses, else a synthesised one.
    response_schema = pt.response_schema(spec, operation)
    skeleton = synth(spec, response_schema)
    candidates = [
        dig(example, tuple(row["items"]))[0]
        for example in pt.response_examples(spec, operation)
        if isinstance(dig(example, tuple(row["items"])), list) and dig(example, tuple(row["items"]))
    ]
    item_schema = pt.unwrap(spec, dig(response_schema, ()) or {})
    for name in row["items"]:
        item_schema = pt.properties(spec, item_schema)[name]
    candidates.append(synth(spec, item_schema.get("items", {})))
    item = choose_item(module, arguments, status, skeleton, tuple(row["items"]), candidates)

    count = PAGES + (1 if row["style"] == "scroll" else 0)  # a scroll ends with an empty page
    pages = []
    marks = []
    tokens: list[Any] = [None]
    for number in range(1, count + 1):
        last = number == count
        n_items = 0 if (row["style"] == "scroll" and last) else PER_PAGE
        items = [{**copy.deepcopy(item), MARK: number * 10 + i} for i in range(n_items)]
        marks += [it[MARK] for it in items]
        page = put(skeleton, tuple(row["items"]), items)
        page, token = paginate_fields(spec, response_schema, row, page, number, last)
        if not last:
            tokens.append(token)
        pages.append(page)

    expected = []
    base = request_of(*module.surface, **arguments)  # the method's request, before the paginator's fields
    for token in tokens:
        query = dict(base.url.params.multi_items())
        body = json.loads(base.content) if base.content else None
        if row["request_in"] == "query":
            if per_page is not None:
                query[row["per_page"][-1]] = str(per_page)
            if token is not None:
                query[row["request"][-1]] = str(token)
        else:
            body = arguments["body"].to_dict()
            if per_page is not None:
                body = put(body, tuple(row["per_page"]), per_page)
            if token is not None:
                body = put(body, tuple(row["request"]), token)
        expected.append((row["method"], base.url.path, query, body))
    return Case(key, row, module, arguments, per_page, pages, status, expected, marks)


def paginate_fields(
    spec: dict[str, Any],
    response_schema: dict[str, Any],
    row: dict[str, Any],
    page: dict[str, Any],
    number: int,
    last: bool,
) -> tuple[dict[str, Any], Any]:
    """Page ``number`` with its paging fields set; and what asks for the next page."""
    style = row["style"]
    nxt = tuple(row["next"])
    if style in ("cursor", "search"):
        token = f"cursor-{number}"
        holder = dig(page, nxt[:-2]) or {}  # pages: page numbers, where required, agree with the cursor
        for name, value in (("page", number), ("total_pages", PAGES)):
            if name in holder:
                page = put(page, (*nxt[:-2], name), value)
        page = drop(page, nxt[:-1]) if last else put(page, nxt, token)
        return page, token
    if style == "scroll":
        return put(page, nxt, "scroll-token"), "scroll-token"
    if style == "next_cursor":
        token = f"cursor-{number}"
        page = put(page, nxt, None if last else token)
        if row["has_more_attr"] is not None:
            page = put(page, ("has_more",), not last)
        return page, token
    # page numbers
    info_schema = response_schema
    for name in nxt:
        info_schema = pt.properties(spec, info_schema)[name]
    link = pt.properties(spec, info_schema).get("next")
    for name, value in (("page", number), ("total_pages", PAGES), ("per_page", PER_PAGE)):
        page = put(page, (*nxt, name), value)
    if link is not None and pt.schema_type(link) == "string" and not last:
        page = put(page, (*nxt, "next"), f"https://api.intercom.io{row['path']}?page={number + 1}")
    else:
        page = drop(page, (*nxt, "next"))
    return page, number + 1


def choose_item(
    module: Endpoint,
    arguments: dict[str, Any],
    status: int,
    skeleton: dict[str, Any],
    items: tuple[str, ...],
    candidates: list[Any],
) -> Any:
    errors = []
    for candidate in candidates:
        marked = {**candidate, MARK: 0} if isinstance(candidate, dict) else candidate
        try:
            parsed, _ = send(*module.surface, httpx.Response(status, json=put(skeleton, items, [marked])), **arguments)
        except IntercomError as exc:
            errors.append(exc)
            continue
        found = dig_attr(parsed.parsed, items)
        if isinstance(found, list) and found and mark_of(found[0]) == 0:
            return candidate
    raise AssertionError(f"no item of the spec parses into a model that keeps {MARK}: {errors}")


def dig_attr(obj: Any, names: tuple[str, ...]) -> Any:
    for name in names:
        obj = getattr(obj, python_identifier(name), None)
    return obj


def describe(request: httpx.Request) -> tuple[str, str, dict[str, str], Any]:
    body = json.loads(request.content) if request.content else None
    return request.method, request.url.path, dict(request.url.params.multi_items()), body


# -- every operation of the table ----------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(TABLE))
async def test_walks_every_paginated_operation(
    key: str, spec: dict[str, Any], client: AsyncIntercom, httpx_mock: HTTPXMock
) -> None:
    case = build_case(spec, key)
    for page in case.pages:
        httpx_mock.add_response(status_code=case.status, json=page)
    paginator = paginate(case.module, client=client, per_page=case.per_page, **case.arguments)
    assert paginator.style == case.row["style"]
    marks = [mark_of(item) async for item in paginator]
    assert marks == case.expected_marks
    assert [describe(r) for r in httpx_mock.get_requests()] == case.expected_requests


@pytest.mark.parametrize("key", sorted(TABLE))
def test_walks_every_paginated_operation_sync(
    key: str, spec: dict[str, Any], sync_client: Intercom, httpx_mock: HTTPXMock
) -> None:
    case = build_case(spec, key)
    for page in case.pages:
        httpx_mock.add_response(status_code=case.status, json=page)
    pages = list(paginate_sync(case.module, client=sync_client, per_page=case.per_page, **case.arguments).pages())
    assert [mark_of(item) for page in pages for item in page.items] == case.expected_marks
    assert [page.number for page in pages] == list(range(1, len(case.pages) + 1))
    assert pages[-1].next_cursor is None
    assert [describe(r) for r in httpx_mock.get_requests()] == case.expected_requests


# -- behaviour, on GET /contacts (cursor) and friends --------------------------------------------------

list_contacts = Endpoint("api.contacts.list_contacts")
search_contacts = Endpoint("api.contacts.search_contacts")
retrieve_company = Endpoint("api.companies.list_all_companies")  # POST /companies/list: page numbers
scroll_over_all_companies = Endpoint("api.companies.scroll_over_all_companies")
list_articles = Endpoint("api.articles.list_articles")


def contacts_page(ids: list[int], next_cursor: str | None = None, **pages: Any) -> dict[str, Any]:
    info: dict[str, Any] = {"type": "pages", "per_page": len(ids), **pages}
    if next_cursor is not None:
        info["next"] = {"starting_after": next_cursor}
    return {"type": "list", "data": [{"type": "contact", "id": str(i)} for i in ids], "pages": info}


def companies_page(ids: list[int], page: int, total_pages: int) -> dict[str, Any]:
    return {
        "type": "list",
        "data": [{"type": "company", "id": str(i)} for i in ids],
        "pages": {"type": "pages", "page": page, "per_page": len(ids), "total_pages": total_pages},
    }


def params_of(httpx_mock: HTTPXMock) -> list[dict[str, str]]:
    return [dict(r.url.params) for r in httpx_mock.get_requests()]


async def test_a_consumer_that_stops_early_causes_no_further_request(
    client: AsyncIntercom, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=contacts_page([1, 2, 3], "c1"))
    httpx_mock.add_response(json=contacts_page([4, 5, 6], "c2"))
    httpx_mock.add_response(json=contacts_page([7, 8, 9]), is_optional=True)
    seen = []
    async for contact in paginate(list_contacts, client=client, per_page=3):
        seen.append(contact.id)
        if len(seen) == 5:
            break
    gc.collect()
    assert seen == ["1", "2", "3", "4", "5"]
    assert params_of(httpx_mock) == [
        {"per_page": "3"},
        {"per_page": "3", "starting_after": "c1"},
    ]


async def test_the_next_page_is_fetched_only_when_the_current_one_is_used_up(
    client: AsyncIntercom, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=contacts_page([1, 2], "c1"))
    httpx_mock.add_response(json=contacts_page([3]))
    iterator = aiter(paginate(list_contacts, client=client))
    assert (await anext(iterator)).id == "1"
    assert len(httpx_mock.get_requests()) == 1
    assert (await anext(iterator)).id == "2"
    assert len(httpx_mock.get_requests()) == 1
    assert (await anext(iterator)).id == "3"
    assert len(httpx_mock.get_requests()) == 2
    with pytest.raises(StopAsyncIteration):
        await anext(iterator)
    assert len(httpx_mock.get_requests()) == 2


async def test_only_one_page_is_held_while_the_next_is_fetched(client: AsyncIntercom, httpx_mock: HTTPXMock) -> None:
    first: list[weakref.ref[Any]] = []
    alive_during_fetch: list[bool] = []

    def second_page(request: httpx.Request) -> httpx.Response:
        gc.collect()
        alive_during_fetch.append(first[0]() is not None)
        return httpx.Response(200, json=contacts_page([3, 4]))

    httpx_mock.add_response(json=contacts_page([1, 2], "c1"))
    httpx_mock.add_callback(second_page)
    async for contact in paginate(list_contacts, client=client):
        if contact.id == "1":
            first.append(weakref.ref(contact))
    assert alive_during_fetch == [False], "page 1 was still held while page 2 was fetched"


def test_only_one_page_is_held_while_the_next_is_fetched_sync(sync_client: Intercom, httpx_mock: HTTPXMock) -> None:
    first: list[weakref.ref[Any]] = []
    alive_during_fetch: list[bool] = []

    def second_page(request: httpx.Request) -> httpx.Response:
        gc.collect()
        alive_during_fetch.append(first[0]() is not None)
        return httpx.Response(200, json=contacts_page([3, 4]))

    httpx_mock.add_response(json=contacts_page([1, 2], "c1"))
    httpx_mock.add_callback(second_page)
    for contact in paginate_sync(list_contacts, client=sync_client):
        if contact.id == "1":
            first.append(weakref.ref(contact))
    assert alive_during_fetch == [False], "page 1 was still held while page 2 was fetched"


async def test_a_used_page_is_freed_without_waiting_for_the_garbage_collector(
    client: AsyncIntercom, httpx_mock: HTTPXMock
) -> None:
    # httpx ties each response to its stream in a reference cycle; left as is, every page would wait
    # for a full garbage collection, and memory would grow with the number of pages between them.
    responses: list[weakref.ref[httpx.Response]] = []
    alive_during_fetch: list[bool] = []

    def second_page(request: httpx.Request) -> httpx.Response:
        alive_during_fetch.append(responses[0]() is not None)
        return httpx.Response(200, json=contacts_page([3, 4]))

    httpx_mock.add_response(json=contacts_page([1, 2], "c1"))
    httpx_mock.add_callback(second_page)
    gc.collect()
    gc.disable()
    try:
        async for page in paginate(list_contacts, client=client).pages():
            responses.append(weakref.ref(page.http_response))
            assert page.http_response.content and page.http_response.json()["type"] == "list"
            del page
    finally:
        gc.enable()
    assert alive_during_fetch == [False]


async def test_a_page_that_repeats_its_cursor_stops_with_a_typed_error(
    client: AsyncIntercom, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=contacts_page([1], "c1"))
    httpx_mock.add_response(json=contacts_page([2], "c1"))
    seen = []
    with pytest.raises(PaginationError) as caught:
        async for contact in paginate(list_contacts, client=client):
            seen.append(contact.id)
    assert seen == ["1"]
    assert isinstance(caught.value, IntercomError)
    assert (caught.value.operation, caught.value.cursor, caught.value.page_number) == (
        "GET /contacts",
        "c1",
        2,
    )
    assert "repeats its own cursor 'c1'" in str(caught.value)
    assert caught.value.response is not None and caught.value.response.status_code == 200
    assert len(httpx_mock.get_requests()) == 2


async def test_an_empty_page_that_says_there_is_a_next_one_stops_with_a_typed_error(
    client: AsyncIntercom, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=contacts_page([], "c1"))
    with pytest.raises(PaginationError, match="is empty but says there is a next page"):
        async for _ in paginate(list_contacts, client=client):
            pass
    assert len(httpx_mock.get_requests()) == 1


async def test_a_page_number_that_does_not_advance_stops_with_a_typed_error(
    client: AsyncIntercom, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=companies_page([1], page=1, total_pages=3))
    httpx_mock.add_response(json=companies_page([2], page=1, total_pages=3))
    with pytest.raises(PaginationError, match="is page 1 again"):
        async for _ in paginate(retrieve_company, client=client):
            pass
    assert params_of(httpx_mock)[1]["page"] == "2"


async def test_max_items_stops_without_fetching_more(client: AsyncIntercom, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=contacts_page([1, 2, 3], "c1"))
    httpx_mock.add_response(json=contacts_page([4, 5, 6], "c2"))
    assert [c.id async for c in paginate(list_contacts, client=client, max_items=4)] == ["1", "2", "3", "4"]
    assert len(httpx_mock.get_requests()) == 2


async def test_max_items_at_a_page_boundary_fetches_nothing_more(client: AsyncIntercom, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=contacts_page([1, 2, 3], "c1"))
    assert [c.id async for c in paginate(list_contacts, client=client, max_items=3)] == ["1", "2", "3"]
    pages = [p async for p in paginate(list_contacts, client=client, max_items=0).pages()]
    assert pages == [] and len(httpx_mock.get_requests()) == 1


async def test_max_pages(client: AsyncIntercom, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=contacts_page([1, 2], "c1"))
    httpx_mock.add_response(json=contacts_page([3, 4], "c2"))
    assert [c.id async for c in paginate(list_contacts, client=client, max_pages=2)] == ["1", "2", "3", "4"]
    assert len(httpx_mock.get_requests()) == 2


async def test_pages_carry_the_model_the_raw_response_and_the_rate_limit(
    client: AsyncIntercom, httpx_mock: HTTPXMock
) -> None:
    limits = {"X-RateLimit-Limit": "1000", "X-RateLimit-Remaining": "998", "X-RateLimit-Reset": "1700000000"}
    httpx_mock.add_response(json=contacts_page([1, 2], "c1"), headers=limits)
    httpx_mock.add_response(json=contacts_page([3]), headers={**limits, "X-RateLimit-Remaining": "997"})
    pages = [page async for page in paginate(list_contacts, client=client).pages()]
    assert [type(p) for p in pages] == [Page, Page]
    first, second = pages
    assert isinstance(first.parsed, require_model("ContactList"))
    assert [c.id for c in first.items] == ["1", "2"] and first.items is first.parsed.data
    assert first.http_response.status_code == 200 and first.headers["x-ratelimit-limit"] == "1000"
    assert (first.number, first.cursor, first.next_cursor, first.has_next) == (1, None, "c1", True)
    assert first.rate_limit is not None and first.rate_limit.remaining == 998 and first.rate_limit.limit == 1000
    assert (second.number, second.cursor, second.next_cursor, len(second)) == (2, "c1", None, 1)
    assert second.rate_limit is not None and second.rate_limit.remaining == 997


async def test_resume_from_a_saved_cursor(client: AsyncIntercom, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=contacts_page([1, 2], "c1"))
    async for page in paginate(list_contacts, client=client, max_pages=1).pages():
        saved = page.next_cursor
    httpx_mock.add_response(json=contacts_page([3, 4]))
    resumed = [c.id async for c in paginate(list_contacts, client=client, start_cursor=saved)]
    assert resumed == ["3", "4"]
    assert params_of(httpx_mock)[1] == {"starting_after": "c1"}


async def test_resume_a_page_numbered_operation_from_a_page_number(
    client: AsyncIntercom, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=companies_page([5], page=3, total_pages=4))
    httpx_mock.add_response(json=companies_page([6], page=4, total_pages=4))
    pages = [p async for p in paginate(retrieve_company, client=client, per_page=1, start_cursor=3).pages()]
    assert [p.cursor for p in pages] == [3, 4] and pages[-1].next_cursor is None
    assert [r["page"] for r in params_of(httpx_mock)] == ["3", "4"]
    assert all(r["per_page"] == "1" for r in params_of(httpx_mock))


async def test_resume_a_search_from_a_cursor_without_touching_the_callers_body(
    client: AsyncIntercom, httpx_mock: HTTPXMock
) -> None:
    body = require_model("ContactSearchRequest").from_dict(
        {"query": {"field": "email", "operator": "=", "value": "a@b.c"}}
    )
    before = body.to_dict()
    httpx_mock.add_response(json=contacts_page([7], "c8"))
    httpx_mock.add_response(json=contacts_page([8]))
    ids = [c.id async for c in paginate(search_contacts, client=client, body=body, per_page=1, start_cursor="c7")]
    assert ids == ["7", "8"]
    sent = [json.loads(r.content) for r in httpx_mock.get_requests()]
    assert [s["pagination"] for s in sent] == [
        {"per_page": 1, "starting_after": "c7"},
        {"per_page": 1, "starting_after": "c8"},
    ]
    assert all(s["query"] == before["query"] for s in sent)
    assert body.to_dict() == before


async def test_the_cursor_argument_belongs_to_the_paginator(client: AsyncIntercom, httpx_mock: HTTPXMock) -> None:
    # The operation's own cursor argument is not a parameter of the method: start_cursor is the one way.
    with pytest.raises(TypeError, match="starting_after"):
        client.conversations.list(starting_after="saved")  # type: ignore[call-arg]
    httpx_mock.add_response(json={"type": "conversation.list", "conversations": [], "pages": {"type": "pages"}})
    assert [c async for c in client.conversations.list(start_cursor="saved")] == []
    assert params_of(httpx_mock)[0]["starting_after"] == "saved"


async def test_awaiting_a_paginator_gives_the_first_page(client: AsyncIntercom, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=contacts_page([1, 2], "c1"), headers={"X-RateLimit-Limit": "10"})
    page = await client.contacts.list(per_page=2)
    assert [c.id for c in page.items] == ["1", "2"]
    assert page.next_cursor == "c1" and page.number == 1 and page.cursor is None
    assert page.http_response.status_code == 200 and page.rate_limit is not None
    assert isinstance(page.parsed, require_model("ContactList"))
    assert len(httpx_mock.get_requests()) == 1


def test_sync_first_page(sync_client: Intercom, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=contacts_page([1], "c1"))
    page = sync_client.contacts.list(start_cursor="c0").first_page()
    assert [c.id for c in page.items] == ["1"] and page.next_cursor == "c1"
    assert params_of(httpx_mock) == [{"starting_after": "c0"}]


async def test_a_scroll_ends_on_an_empty_page_and_may_repeat_its_token(
    client: AsyncIntercom, httpx_mock: HTTPXMock
) -> None:
    for ids in ([1, 2], [3], []):
        httpx_mock.add_response(
            json={"type": "list", "data": [{"type": "company", "id": str(i)} for i in ids], "scroll_param": "s"}
        )
    assert [c.id async for c in paginate(scroll_over_all_companies, client=client)] == ["1", "2", "3"]
    assert [r.get("scroll_param") for r in params_of(httpx_mock)] == [None, "s", "s"]


async def test_a_cursor_operation_that_answers_with_page_numbers_is_followed_by_number(
    client: AsyncIntercom, httpx_mock: HTTPXMock
) -> None:
    # The spec only guesses that GET /articles pages by cursor; a response that counts pages instead
    # is followed by page number.

    for page in (1, 2):
        httpx_mock.add_response(
            json={
                "type": "list",
                "data": [{"type": "article", "id": str(page)}],
                "pages": {"type": "pages", "page": page, "per_page": 1, "total_pages": 2},
            }
        )
    pages = [p async for p in paginate(list_articles, client=client, per_page=1).pages()]
    assert [p.next_cursor for p in pages] == [2, None]
    assert params_of(httpx_mock) == [{"per_page": "1"}, {"per_page": "1", "page": "2"}]


async def test_a_typed_error_mid_iteration(client: AsyncIntercom, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=contacts_page([1, 2], "c1"))
    httpx_mock.add_response(
        status_code=404, json={"type": "error.list", "errors": [{"code": "not_found", "message": "gone"}]}
    )
    seen = []
    with pytest.raises(NotFoundError) as caught:
        async for contact in paginate(list_contacts, client=client):
            seen.append(contact.id)
    assert seen == ["1", "2"]
    assert caught.value.status_code == 404 and caught.value.request is not None
    assert caught.value.request.url.params["starting_after"] == "c1"


def test_sync_twin_stops_early_and_raises_the_same_errors(sync_client: Intercom, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=contacts_page([1, 2, 3], "c1"))
    httpx_mock.add_response(json=contacts_page([4, 5, 6], "c2"))
    seen = []
    for contact in paginate_sync(list_contacts, client=sync_client, per_page=3):
        seen.append(contact.id)
        if len(seen) == 5:
            break
    assert seen == ["1", "2", "3", "4", "5"] and len(httpx_mock.get_requests()) == 2

    httpx_mock.add_response(json=contacts_page([1], "c1"))
    httpx_mock.add_response(json=contacts_page([2], "c1"))
    with pytest.raises(PaginationError):
        list(paginate_sync(list_contacts, client=sync_client))

    httpx_mock.add_response(json=contacts_page([1], "c1"))
    httpx_mock.add_response(status_code=404, json={"type": "error.list", "errors": []})
    with pytest.raises(NotFoundError):
        list(paginate_sync(list_contacts, client=sync_client))


def test_paginated_methods_are_paginators_and_others_are_not(client: AsyncIntercom) -> None:
    assert isinstance(client.contacts.list(), AsyncPaginator)
    assert isinstance(client.companies.scroll(), AsyncPaginator)
    # GET /segments looks paginated, but the rules cannot classify it: a plain coroutine method.
    coroutine = client.segments.list()
    assert not isinstance(coroutine, AsyncPaginator)
    coroutine.close()


def test_options_that_do_not_fit_the_operation(client: AsyncIntercom) -> None:
    with pytest.raises(TypeError, match="per_page"):  # a scroll has no page size: no such parameter
        client.companies.scroll(per_page=10)  # type: ignore[call-arg]
    with pytest.raises(ConfigurationError, match="per_page"):
        paginate(list_contacts, client=client, per_page=0)
    with pytest.raises(ConfigurationError, match="page number"):
        paginate(retrieve_company, client=client, start_cursor="abc")
    with pytest.raises(ConfigurationError, match="max_items"):
        paginate(list_contacts, client=client, max_items=-1)


async def test_works_when_the_package_is_vendored_under_another_name(
    tmp_path: Path, httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = Path(__file__).resolve().parent.parent / "intercom_client"
    shutil.copytree(source, tmp_path / "vendored_sdk", ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.syspath_prepend(tmp_path)
    try:
        vendored = importlib.import_module("vendored_sdk")
        httpx_mock.add_response(json=contacts_page([1], "c1"))
        httpx_mock.add_response(json=contacts_page([2]))
        async with vendored.AsyncIntercom(token="t", base_url=BASE_URL) as vendored_client:
            ids = [c.id async for c in vendored_client.contacts.list()]
        assert ids == ["1", "2"]
        assert params_of(httpx_mock)[1]["starting_after"] == "c1"
    finally:
        for name in [n for n in sys.modules if n == "vendored_sdk" or n.startswith("vendored_sdk.")]:
            del sys.modules[name]


async def test_a_list_answering_with_a_next_link_and_page_numbers_is_walked_by_number(
    client: AsyncIntercom, httpx_mock: HTTPXMock
) -> None:
    """Page-numbered lists send ``pages.next`` as the next page's URL: it decodes, and pages follow by number."""

    def page(number: int, ids: list[str]) -> dict[str, Any]:
        pages: dict[str, Any] = {"type": "pages", "page": number, "per_page": 2, "total_pages": 2}
        if number < 2:
            pages["next"] = f"{BASE_URL}/articles?per_page=2&page={number + 1}"
        return {"type": "list", "total_count": 3, "pages": pages, "data": [{"type": "article", "id": i} for i in ids]}

    httpx_mock.add_response(json=page(1, ["a1", "a2"]))
    httpx_mock.add_response(json=page(2, ["a3"]))
    seen = [article.id async for article in paginate(list_articles, client=client, per_page=2)]
    assert seen == ["a1", "a2", "a3"]
    queries = [dict(r.url.params) for r in httpx_mock.get_requests()]
    assert queries == [{"per_page": "2"}, {"per_page": "2", "page": "2"}]
