"""The search query builder: the JSON it produces, each rule it enforces, and the fake enforcing the same."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from starlette.applications import Starlette

from intercom_client import BadRequestError, Intercom
from intercom_client.bulk import Filter, SearchQueryError, all_of, any_of, search_body
from intercom_client.bulk._sync import window_query
from tests.asgi_server import serve_asgi
from tests.fake_intercom import search
from tests.operations import absent, method_of, type_hints

TOKEN = "tok-search-test"


def test_the_body_is_intercoms_json() -> None:
    query = all_of(
        Filter("role", "=", "user"),
        any_of(Filter("email_domain", "=", "example.com"), Filter("tag_id", "!=", "7")),
        Filter("updated_at", ">", 1_700_000_000),
        Filter("external_id", "IN", ["a", "b"]),
    )
    assert search_body(query, per_page=150, starting_after="abc", sort=("updated_at", "ascending")) == {
        "query": {
            "operator": "AND",
            "value": [
                {"field": "role", "operator": "=", "value": "user"},
                {
                    "operator": "OR",
                    "value": [
                        {"field": "email_domain", "operator": "=", "value": "example.com"},
                        {"field": "tag_id", "operator": "!=", "value": "7"},
                    ],
                },
                {"field": "updated_at", "operator": ">", "value": 1_700_000_000},
                {"field": "external_id", "operator": "IN", "value": ["a", "b"]},
            ],
        },
        "pagination": {"per_page": 150, "starting_after": "abc"},
        "sort": {"field": "updated_at", "order": "ascending"},
    }


def _filters(count: int) -> list[Filter]:
    return [Filter("email", "=", f"user{i}@example.com") for i in range(count)]


@pytest.mark.parametrize(
    ("build", "rule", "words"),
    [
        (lambda: all_of(any_of(all_of(Filter("a", "=", 1)))), "nesting", "3 levels"),
        (lambda: any_of(*_filters(16)), "group_size", "at most 15"),
        (lambda: search_body(Filter("a", "=", 1), per_page=151), "per_page", "1 to 150"),
        (lambda: search_body(Filter("a", "=", 1), per_page=0), "per_page", "1 to 150"),
        (lambda: Filter("name", ">", "acme"), "value_type", "compares integers"),
        (lambda: Filter("monthly_spend", "~", 5), "value_type", "matches strings"),
        (lambda: Filter("role", "IN", "user"), "value_type", "needs a list"),
        (lambda: Filter("role", "=", ["user"]), "value_type", "only IN and NIN"),
        (lambda: Filter("role", "LIKE", "u"), "operator", "unknown operator"),
        (lambda: Filter("tag_id", "IN", ["1"]), "operator", "tag_id supports only"),
        (lambda: Filter("updated_at", "IN", [1, 2]), "operator", "timestamp fields"),
        (lambda: Filter("updated_at", "=", "yesterday"), "value_type", "UNIX timestamp"),
        (lambda: Filter("updated_at", "=", True), "value_type", "UNIX timestamp"),
        (lambda: any_of(), "empty_group", "empty"),
        (lambda: search_body(Filter("a", "=", 1), sort=("a", "desc")), "sort", "invalid_sort_order"),  # type: ignore[arg-type]
        (lambda: search_body(Filter("a", "=", 1), sort=("tag_id", "ascending")), "sort", "not a sort field"),
    ],
)
def test_each_rule_has_its_typed_error(build: Any, rule: str, words: str) -> None:
    with pytest.raises(SearchQueryError) as caught:
        build()
    assert caught.value.rule == rule
    assert words in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_two_levels_and_fifteen_members_are_allowed() -> None:
    query = all_of(*[any_of(*_filters(15)) for _ in range(15)])
    assert query.depth == 2
    assert len(search_body(query, per_page=150)["query"]["value"]) == 15


def test_the_updated_at_window_fits_within_the_limits() -> None:
    bound = Filter("updated_at", ">", 99)
    # merged into a top-level AND with room
    merged = window_query(all_of(*_filters(14)), bound)
    assert merged.to_json()["operator"] == "AND" and len(merged.to_json()["value"]) == 15
    # a full AND of depth 1 is wrapped (depth 2)
    wrapped = window_query(all_of(*_filters(15)), bound)
    assert wrapped.depth == 2
    # an OR of depth 2 is distributed: (A OR (B AND C)) AND t == (A AND t) OR (B AND C AND t)
    spread = window_query(any_of(Filter("role", "=", "lead"), all_of(*_filters(2))), bound)
    assert spread.to_json() == {
        "operator": "OR",
        "value": [
            {"operator": "AND", "value": [{"field": "role", "operator": "=", "value": "lead"}, bound.to_json()]},
            {"operator": "AND", "value": [*(f.to_json() for f in _filters(2)), bound.to_json()]},
        ],
    }
    # an OR holding an OR cannot take the bound in 2 levels
    with pytest.raises(SearchQueryError, match="one sync per branch") as caught:
        window_query(any_of(Filter("a", "=", 1), any_of(*_filters(2))), bound)
    assert caught.value.rule == "nesting"
    with pytest.raises(SearchQueryError, match="exceed Intercom's limits"):
        window_query(all_of(*_filters(14), any_of(*_filters(2))), bound)


@pytest.fixture
def fake() -> Iterator[tuple[str, search.SearchState]]:
    state = search.SearchState()
    for i in range(5):
        state.put("contacts", f"p{i}", 1_700_000_000 + i)
    with serve_asgi(Starlette(routes=search.routes(state)), name="fake-search") as url:
        yield url, state


def test_the_fake_rejects_what_the_builder_refuses(fake: tuple[str, search.SearchState]) -> None:
    """The limits are Intercom's: sent raw (bypassing the builder) the fake answers 400 for each."""
    url, _ = fake
    too_deep = {"operator": "AND", "value": [{"operator": "OR", "value": [{"operator": "AND", "value": []}]}]}
    too_wide = {"operator": "OR", "value": [f.to_json() for f in _filters(16)]}
    one = Filter("role", "=", "user").to_json()
    with Intercom(token=TOKEN, base_url=url, max_retries=0) as client:
        for body in (
            {"query": too_deep},
            {"query": too_wide},
            {"query": one, "pagination": {"per_page": 151}},
            {"query": one, "sort": {"field": "updated_at", "order": "desc"}},
        ):
            with pytest.raises(BadRequestError) as caught:
                client.request("POST", "/contacts/search", json=body)
            assert caught.value.status_code == 400
            assert caught.value.first_error is not None and caught.value.first_error.code in (
                "bad_request",
                "invalid_sort_order",
            )
        # What the builder makes, the generated search method sends and the fake answers (two pages of 1).
        model = next(t for t in typing.get_args(type_hints(method_of("contacts", "search"))["body"]) if attrs.has(t))
        if "sort" not in {field.name for field in attrs.fields(model)}:  # older specs' search requests lack it
            absent(f"the field sort of {model.__name__}, the body of client.contacts.search() (search_body(sort=...))")
        body = search_body(Filter("updated_at", ">", 1_700_000_002), per_page=1, sort=("updated_at", "ascending"))
        assert [c.id for c in client.contacts.search(body=body)] == ["p3", "p4"]
