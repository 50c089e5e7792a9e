"""codegen/pagination.py: the rules on small spec fragments, and coverage of the real spec."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen import pagination as pt
from codegen.generate.names import resource_file

CODEGEN = Path(pt.__file__).resolve().parent

# Operations of the pinned spec that look paginated but that the rules cannot handle, and why.
# A new one appearing fails test_every_paginated_operation_is_covered: handle it or add it here.
KNOWN_UNHANDLED = {
    # The response schema has no pages field (only the example shows `pages.next`), and no request
    # parameter asks for a page: nothing to derive from.
    "GET /events",
    # `pages` is a free-form object: no next cursor, page or total_pages to read back.
    "GET /segments",
    # One company (by company_id or name) or a list (by segment or tag): companies.find returns the
    # answer, Company | CompanyList (openapi/patches.yaml); companies.list and scroll walk them all.
    "GET /companies",
}


# -- fragments -----------------------------------------------------------------------------------------

PAGES_CURSOR = {
    "type": "object",
    "nullable": True,
    "properties": {
        "type": {"type": "string"},
        "page": {"type": "integer"},
        "next": {"$ref": "#/components/schemas/starting_after_paging"},
        "per_page": {"type": "integer"},
        "total_pages": {"type": "integer"},
    },
}
PAGES_LINK = {
    "type": "object",
    "properties": {
        "type": {"type": "string"},
        "page": {"type": "integer"},
        "next": {"type": "string", "nullable": True},
        "per_page": {"type": "integer"},
        "total_pages": {"type": "integer"},
    },
}
STARTING_AFTER_PAGING = {
    "type": "object",
    "properties": {"per_page": {"type": "integer"}, "starting_after": {"type": "string", "nullable": True}},
}


def query(name: str, kind: str = "string", required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "schema": {"type": kind}}


def operation(
    *,
    operation_id: str = "listThings",
    tag: str = "Things",
    params: list[dict[str, Any]] | None = None,
    response: dict[str, Any] | None = None,
    body: dict[str, Any] | None = None,
) -> dict[str, Any]:
    op: dict[str, Any] = {
        "operationId": operation_id,
        "tags": [tag],
        "parameters": params or [],
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": response or {}}}}},
    }
    if body is not None:
        op["requestBody"] = {"content": {"application/json": {"schema": body}}}
    return op


def spec_of(paths: dict[str, dict[str, Any]], **schemas: Any) -> dict[str, Any]:
    return {
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {
            "schemas": {
                "cursor_pages": PAGES_CURSOR,
                "pages_link": PAGES_LINK,
                "starting_after_paging": STARTING_AFTER_PAGING,
                "thing": {"type": "object", "properties": {"id": {"type": "string"}}},
                **schemas,
            }
        },
    }


def list_response(items: str = "data", pages: str = "cursor_pages", **extra: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "type": {"type": "string"},
            items: {"type": "array", "items": {"$ref": "#/components/schemas/thing"}},
            "total_count": {"type": "integer"},
            "pages": {"anyOf": [{"$ref": f"#/components/schemas/{pages}"}], "nullable": True},
            **extra,
        },
    }


def only(spec: dict[str, Any]) -> pt.Entry:
    result = pt.classify(spec)
    assert not result.unclassified, result.unclassified
    assert len(result.entries) == 1, result.entries
    return result.entries[0]


def only_unclassified(spec: dict[str, Any]) -> pt.Unclassified:
    result = pt.classify(spec)
    assert not result.entries, result.entries
    assert len(result.unclassified) == 1
    return result.unclassified[0]


# -- rules -----------------------------------------------------------------------------------------------


def test_cursor_from_a_starting_after_parameter() -> None:
    spec = spec_of(
        {
            "/things": {
                "get": operation(
                    params=[query("per_page", "integer"), query("starting_after")],
                    response=list_response(items="things"),
                )
            }
        }
    )
    entry = only(spec)
    assert entry.key == "api.things.list_things"
    assert (entry.method, entry.path, entry.style) == ("GET", "/things", "cursor")
    assert entry.items == ("things",)
    assert entry.next == ("pages", "next", "starting_after")
    assert entry.next_attr == ("pages", "next_", "starting_after")  # `next` is a builtin: the model says next_
    assert (entry.request_in, entry.request, entry.request_arg) == ("query", ("starting_after",), "starting_after")
    assert (entry.per_page, entry.per_page_arg) == (("per_page",), "per_page")
    assert entry.declared is True


def test_page_numbers_from_a_page_parameter_even_with_a_cursor_shaped_response() -> None:
    spec = spec_of(
        {
            "/things": {
                "get": operation(
                    params=[query("page", "integer"), query("per_page", "integer")], response=list_response()
                )
            }
        }
    )
    entry = only(spec)
    assert entry.style == "page"
    assert entry.next == ("pages",)
    assert (entry.request, entry.request_arg, entry.per_page) == (("page",), "page", ("per_page",))


def test_page_numbers_stated_at_the_top_level_of_the_response() -> None:
    response = {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": {"type": "object"}},
            "page": {"type": "integer"},
            "per_page": {"type": "integer"},
            "total_pages": {"type": "integer"},
        },
    }
    spec = spec_of({"/things": {"get": operation(params=[query("page", "integer")], response=response)}})
    entry = only(spec)
    assert entry.style == "page"
    assert entry.next == ()
    assert entry.per_page is None  # no per_page parameter declared


def test_page_numbers_in_a_request_body() -> None:
    body = {"type": "object", "properties": {"page": {"type": "integer"}, "per_page": {"type": "integer"}}}
    spec = spec_of(
        {"/things/search": {"post": operation(operation_id="searchThings", body=body, response=list_response())}}
    )
    entry = only(spec)
    assert (entry.style, entry.request_in, entry.request, entry.request_arg) == ("page", "body", ("page",), "body")
    assert (entry.per_page, entry.per_page_arg) == (("per_page",), "body")


def test_search_from_a_pagination_object_in_the_body() -> None:
    body = {
        "type": "object",
        "properties": {
            "query": {"type": "object"},
            "pagination": {"$ref": "#/components/schemas/starting_after_paging"},
        },
    }
    spec = spec_of(
        {"/things/search": {"post": operation(operation_id="SearchThings", body=body, response=list_response())}}
    )
    entry = only(spec)
    assert entry.key == "api.things.search_things"
    assert entry.style == "search"
    assert (entry.request_in, entry.request, entry.per_page) == (
        "body",
        ("pagination", "starting_after"),
        ("pagination", "per_page"),
    )
    assert entry.next == ("pages", "next", "starting_after")


def test_search_needs_a_cursor_in_the_response() -> None:
    body = {"type": "object", "properties": {"pagination": {"$ref": "#/components/schemas/starting_after_paging"}}}
    spec = spec_of({"/s": {"post": operation(body=body, response=list_response(pages="pages_link"))}})
    assert "no <pages>.next.starting_after" in only_unclassified(spec).reason


def test_scroll_from_a_parameter_the_response_echoes() -> None:
    response = list_response()
    response["properties"]["scroll_param"] = {"type": "string"}
    spec = spec_of({"/things/scroll": {"get": operation(params=[query("scroll_param")], response=response)}})
    entry = only(spec)
    assert (entry.style, entry.next, entry.request, entry.per_page) == (
        "scroll",
        ("scroll_param",),
        ("scroll_param",),
        None,
    )


def test_a_required_filter_the_response_echoes_is_not_a_scroll() -> None:
    response = list_response()
    response["properties"]["ruleset_id"] = {"type": "string"}
    params = [query("ruleset_id", required=True), query("starting_after")]
    spec = spec_of({"/things": {"get": operation(params=params, response=response)}})
    assert only(spec).style == "cursor"


def test_an_optional_filter_the_response_echoes_is_not_a_scroll() -> None:
    response = list_response()
    response["properties"].pop("pages")
    response["properties"]["email"] = {"type": "string"}
    spec = spec_of({"/events": {"get": operation(params=[query("email")], response=response)}})
    # It looks paginated only by its example; without a paging field it stays unclassified.
    spec["paths"]["/events"]["get"]["responses"]["200"]["content"]["application/json"]["example"] = {
        "pages": {"next": "https://api.intercom.io/events?next"}
    }
    assert "no pages object" in only_unclassified(spec).reason


def test_next_cursor_with_has_more() -> None:
    response = {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": {"type": "object"}},
            "next_cursor": {"type": "string", "nullable": True},
            "has_more": {"type": "boolean"},
        },
    }
    params = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
        query("cursor"),
        query("per_page", "integer"),
    ]
    spec = spec_of({"/things/{id}/history": {"get": operation(params=params, response=response)}})
    entry = only(spec)
    assert (entry.style, entry.next, entry.has_more_attr, entry.request) == (
        "next_cursor",
        ("next_cursor",),
        ("has_more",),
        ("cursor",),
    )


def test_undeclared_parameters_are_classified_from_the_pages_object() -> None:
    spec = spec_of(
        {
            "/a": {"get": operation(operation_id="listA", response=list_response())},
            "/b": {"get": operation(operation_id="listB", response=list_response(pages="pages_link"))},
        }
    )
    a, b = pt.classify(spec).entries
    assert (a.style, a.request, a.request_arg, a.declared) == ("cursor", ("starting_after",), None, False)
    assert (b.style, b.request, b.request_arg, b.per_page_arg, b.declared) == ("page", ("page",), None, None, False)


def test_a_post_without_paging_parameters_is_not_guessed() -> None:
    spec = spec_of({"/a": {"post": operation(response=list_response())}})
    assert "not a GET" in only_unclassified(spec).reason


def test_a_free_form_pages_object_is_unclassified() -> None:
    response = {
        "type": "object",
        "properties": {"segments": {"type": "array", "items": {}}, "pages": {"type": "object"}},
    }
    spec = spec_of({"/segments": {"get": operation(response=response)}})
    assert "declares neither" in only_unclassified(spec).reason


def test_items_named_by_the_path_when_there_are_several_arrays() -> None:
    response = list_response(items="things", highlights={"type": "array", "items": {}})
    response["properties"]["data"] = {"type": "array", "items": {}}
    spec = spec_of({"/things": {"get": operation(params=[query("starting_after")], response=response)}})
    assert only(spec).items == ("things",)

    response["properties"].pop("things")
    reason = only_unclassified(spec).reason
    assert "several array fields" in reason and "data" in reason and "highlights" in reason


def test_items_one_level_down() -> None:
    response = list_response()
    response["properties"].pop("data")
    response["properties"]["data"] = {
        "type": "object",
        "properties": {"articles": {"type": "array", "items": {}}, "highlights": {"type": "array", "items": {}}},
    }
    spec = spec_of({"/articles/search": {"get": operation(params=[query("starting_after")], response=response)}})
    entry = only(spec)
    assert entry.items == ("data", "articles")
    assert entry.items_attr == ("data", "articles")


def test_property_names_become_the_generators_identifiers() -> None:
    response = list_response(items="Data-Items")
    spec = spec_of({"/things": {"get": operation(params=[query("starting_after")], response=response)}})
    entry = only(spec)
    assert entry.items == ("Data-Items",)
    assert entry.items_attr == ("data_items",)


def test_a_parameter_clashing_with_another_location_gets_the_location_appended() -> None:
    params = [
        {"name": "page", "in": "header", "schema": {"type": "string"}},
        query("page", "integer"),
    ]
    spec = spec_of({"/things": {"get": operation(params=params, response=list_response())}})
    assert only(spec).request_arg == "page_query"


def test_the_module_key_follows_the_first_tag_and_the_operation_id() -> None:
    op = operation(
        operation_id="ListContactMergeHistory",
        tag="Help Center",
        params=[query("starting_after")],
        response=list_response(),
    )
    op["tags"].append("Other")
    assert only(spec_of({"/x": {"get": op}})).key == "api.help_center.list_contact_merge_history"


def test_non_paginated_operations_are_left_out() -> None:
    spec = spec_of({"/things/{id}": {"get": operation(response={"$ref": "#/components/schemas/thing"})}})
    result = pt.classify(spec)
    assert result.entries == [] and result.unclassified == []


def test_path_level_parameters_count() -> None:
    spec = spec_of({"/things": {"parameters": [query("starting_after")], "get": operation(response=list_response())}})
    assert only(spec).declared is True


# -- the rendered module -------------------------------------------------------------------------------


def two_styles() -> dict[str, Any]:
    body = {"type": "object", "properties": {"pagination": {"$ref": "#/components/schemas/starting_after_paging"}}}
    return spec_of(
        {
            "/things": {"get": operation(params=[query("starting_after")], response=list_response())},
            "/things/search": {"post": operation(operation_id="searchThings", body=body, response=list_response())},
            "/segments": {
                "get": operation(
                    operation_id="listSegments",
                    response={"type": "object", "properties": {"s": {"type": "array"}, "pages": {"type": "object"}}},
                )
            },
        }
    )


def test_rendered_module_is_importable_typed_and_complete() -> None:
    source = pt.render_pagination_module(two_styles())
    namespace: dict[str, Any] = {}
    exec(compile(source, "pagination_table.py", "exec"), namespace)
    table = namespace["PAGINATED_OPERATIONS"]
    assert list(table) == ["api.things.list_things", "api.things.search_things"]
    assert table["api.things.search_things"]["style"] == "search"
    assert table["api.things.list_things"]["next_attr"] == ("pages", "next_", "starting_after")
    fields = set(namespace["Pagination"].__annotations__)
    assert all(set(row) == fields for row in table.values())
    assert set(namespace["UNCLASSIFIED"]) == {"api.things.list_segments"}
    assert "GET /segments" in namespace["UNCLASSIFIED"]["api.things.list_segments"]


def test_rendered_module_is_deterministic_and_independent_of_input_order() -> None:
    spec = two_styles()
    reordered = copy.deepcopy(spec)
    reordered["paths"] = dict(reversed(list(spec["paths"].items())))
    assert pt.render_pagination_module(spec) == pt.render_pagination_module(reordered)


def test_rendered_module_holds_nothing_user_specific() -> None:
    source = pt.render_pagination_module(two_styles())
    for needle in (str(Path.home()), str(Path.cwd()), str(CODEGEN)):
        assert needle not in source


def test_main_prints_the_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec_file = tmp_path / "spec.yaml"
    spec_file.write_text(yaml.safe_dump(two_styles()))
    assert pt.main(["--spec", str(spec_file), "--raw", "--package", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "paginated operations: 2" in out
    assert "  cursor: 1" in out and "  search: 1" in out and "  page: 0" in out
    assert "could not be classified (1)" in out
    assert "GET /segments (api.things.list_segments): " in out
    assert "resource modules missing from" in out and "  api.things.list_things" in out


# -- the pinned spec -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def normalised(normalised_spec: dict[str, Any]) -> dict[str, Any]:
    """The pinned spec, normalised (parsed once per session by conftest)."""
    return normalised_spec


@pytest.fixture(scope="module")
def classified(normalised: dict[str, Any]) -> pt.Classification:
    return pt.classify(normalised)


def independently_paginated(spec: dict[str, Any]) -> set[str]:
    """Operations that look paginated, by a check that shares no code with the rules."""

    def deref(node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = spec
            for part in node["$ref"][2:].split("/"):
                target = target[part]
            node = target
        return node

    def fields(schema: Any) -> set[str]:
        schema = deref(schema)
        names = set((schema.get("properties") or {}) if isinstance(schema, dict) else ())
        for key in ("allOf", "anyOf", "oneOf"):
            for part in (schema.get(key) or []) if isinstance(schema, dict) else []:
                names |= fields(part)
        return names

    found = set()
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            response = deref((op.get("responses") or {}).get("200") or {})
            media = (response.get("content") or {}).get("application/json") or {}
            body = deref(op.get("requestBody") or {})
            body_media = (body.get("content") or {}).get("application/json") or {}
            query = {deref(p).get("name") for p in op.get("parameters") or [] if deref(p).get("in") == "query"}
            examples = [media.get("example")] + [deref(e).get("value") for e in (media.get("examples") or {}).values()]
            if (
                fields(media.get("schema")) & {"pages", "scroll_param", "next_cursor", "total_pages"}
                or "pagination" in fields(body_media.get("schema"))
                or query & {"page", "starting_after", "scroll_param", "cursor"}
                or any(isinstance(e, dict) and "pages" in e for e in examples)
            ):
                found.add(f"{method.upper()} {path}")
    return found


def test_every_paginated_operation_is_covered(normalised: dict[str, Any], classified: pt.Classification) -> None:
    result = classified
    covered = {f"{e.method} {e.path}" for e in result.entries}
    unhandled = {f"{u.method} {u.path}": u.reason for u in result.unclassified}
    expected = independently_paginated(normalised)
    assert expected - covered - set(unhandled) == set(), "operations that look paginated but are in neither list"
    assert set(unhandled) == KNOWN_UNHANDLED, f"unhandled: {unhandled}"
    assert covered <= expected, "classified operations the independent check does not see as paginated"


@pytest.mark.pinned
@pytest.mark.parametrize(
    ("operation", "style"),
    [
        ("GET /conversations", "cursor"),
        ("GET /contacts", "cursor"),
        ("GET /contacts/activities", "cursor"),
        ("GET /data_connectors", "cursor"),
        ("GET /macros", "cursor"),
        ("GET /messages/status", "cursor"),
        ("POST /companies/list", "page"),
        ("GET /audiences", "page"),
        ("GET /folders", "page"),
        ("GET /calls", "page"),
        ("GET /content_snippets", "page"),
        ("GET /conversations/deleted", "page"),
        ("GET /companies/scroll", "scroll"),
        ("POST /contacts/search", "search"),
        ("POST /conversations/search", "search"),
        ("POST /tickets/search", "search"),
        ("POST /companies/search", "search"),
        ("GET /contacts/{id}/merge_history", "next_cursor"),
    ],
)
def test_known_operations_get_their_style(classified: pt.Classification, operation: str, style: str) -> None:
    entries = {f"{e.method} {e.path}": e for e in classified.entries}
    assert entries[operation].style == style


@pytest.mark.pinned
def test_items_fields_of_the_pinned_spec(classified: pt.Classification) -> None:
    entries = {f"{e.method} {e.path}": e for e in classified.entries}
    assert entries["GET /contacts"].items == ("data",)
    assert entries["GET /conversations"].items == ("conversations",)
    assert entries["GET /contacts/{id}/companies"].items == ("companies",)
    assert entries["GET /messages/status"].items == ("events",)
    assert entries["POST /tickets/search"].items == ("tickets",)


def test_keys_name_resource_modules_of_the_generated_tree(classified: pt.Classification) -> None:
    api = Path(__file__).resolve().parent.parent / "intercom_client" / "generated" / "api"
    if not api.is_dir():
        pytest.skip("no generated tree")
    missing = [e.key for e in classified.entries if not resource_file(api.parent, e.key).is_file()]
    assert missing == []
