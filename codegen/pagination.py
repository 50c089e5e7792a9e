"""Derive, from the (normalised) spec alone, how each paginated operation pages.

    python -m codegen.pagination [--spec PATH] [--raw] [--package DIR]

``render_pagination_module(spec)`` returns the source of ``intercom_client/generated/pagination_table.py``
(from templates/pagination_table.py.jinja; ``codegen.regenerate`` writes it); ``main()`` prints a
summary: operations per style, those whose request parameters the spec does not declare, and those that
look paginated but could not be classified.

Every decision comes from generic rules on an operation's parameters, request body schema and
2xx response schema; there is no list of paths. One detector per style, tried in this order
(``DETECTORS``); the first that recognises an operation decides:

``search``
    The JSON request body has a ``pagination`` object with a ``starting_after`` field; the response
    carries the next cursor at ``<obj>.next.starting_after`` (Intercom's ``pages.next.starting_after``).
``next_cursor``
    A query parameter ``P`` with a top-level string field ``next_P`` in the response (``cursor`` and
    ``next_cursor``), optionally with a boolean ``has_more``.
``page``
    A ``page`` query parameter or body field: page numbers, read back from the object of the response
    that has ``total_pages`` (``pages``, or the response itself).
``cursor``
    A ``starting_after`` query parameter; the response carries the next one at ``<obj>.next.starting_after``.
``scroll``
    An optional query parameter named like a position (``scroll``, ``cursor`` or ``token`` in its name)
    that is also a top-level string field of the response (``scroll_param``): the token each response
    returns is sent back as is; an empty page ends the scroll. (A filter the response echoes, such as
    ``email``, is not one.)
``undeclared``
    Otherwise, a response with a ``pages`` object but no declared request parameter is classified from that
    object alone (``next.starting_after`` -> cursor, else ``page``/``total_pages``/a ``next`` link -> page),
    with ``declared`` false: the resource method has no argument for it, so the pagination helper adds
    the query parameter to the request itself.

The items of a page are the response's only array field; with several, the one whose name is a segment of
the path; with none, the same rule one level down (``data.articles``).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .fetch import SHARED_SPEC
from .generate.names import operation_key, python_identifier, resource_file
from .normalize import normalize_file
from .render import render
from .spec import JSON, example_values, iter_operations, load_openapi, object_properties, parameters, resolve

STYLES = ("cursor", "next_cursor", "page", "scroll", "search")
# A response field that says a response is one page of a longer list.
PAGE_SIGNALS = ("pages", "scroll_param", "next_cursor", "total_pages")
# A request parameter that asks for a given page.
REQUEST_SIGNALS = ("starting_after", "page", "scroll_param", "cursor")
# The name of a parameter that carries an opaque position (and not a filter the response echoes).
TOKEN_NAME = re.compile(r"scroll|cursor|token", re.IGNORECASE)

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Entry:
    """How one operation pages (see the generated module's ``Pagination`` for each field)."""

    key: str
    method: str
    path: str
    style: str
    items: tuple[str, ...]
    items_attr: tuple[str, ...]
    next: tuple[str, ...]
    next_attr: tuple[str, ...]
    has_more_attr: tuple[str, ...] | None
    request_in: str
    request: tuple[str, ...]
    request_arg: str | None
    per_page: tuple[str, ...] | None
    per_page_arg: str | None
    declared: bool

    def as_dict(self) -> JSON:
        """The generated table's row: every field but the key, in declaration order."""
        row = asdict(self)
        del row["key"]
        return row


@dataclass(frozen=True)
class Unclassified:
    """An operation that looks paginated but whose paging the rules cannot derive."""

    key: str
    method: str
    path: str
    reason: str


@dataclass
class Classification:
    entries: list[Entry] = field(default_factory=list)
    unclassified: list[Unclassified] = field(default_factory=list)


# -- spec helpers ------------------------------------------------------------------------------------


def _is_scalar_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") in ("string", "integer", "number", "boolean")


def unwrap(spec: JSON, schema: Any) -> JSON:
    """The object schema behind ``schema``: refs followed, allOf merged, and an anyOf/oneOf opened when it
    has one object variant (null and scalar alternatives, e.g. a link string beside a cursor object, aside)."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return {}
    for key in ("anyOf", "oneOf"):
        variants = schema.get(key)
        if isinstance(variants, list):
            concrete = [
                v for v in (resolve(spec, v) for v in variants) if not _is_null_schema(v) and not _is_scalar_schema(v)
            ]
            if len(concrete) == 1:
                inner = unwrap(spec, concrete[0])
                return {**{k: v for k, v in schema.items() if k != key}, **inner}
    parts = schema.get("allOf")
    if isinstance(parts, list):
        merged: JSON = {k: v for k, v in schema.items() if k != "allOf"}
        properties = dict(merged.get("properties") or {})
        for part in parts:
            inner = unwrap(spec, part)
            properties.update(inner.get("properties") or {})
            for k, v in inner.items():
                if k != "properties":
                    merged.setdefault(k, v)
        merged["properties"] = properties
        return merged
    return schema


def _is_null_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema.get("type") == "null" or schema.get("enum") == [None])


def properties(spec: JSON, schema: Any) -> dict[str, JSON]:
    """The properties of an object schema (``spec.object_properties``), each unwrapped."""
    raw = object_properties(spec, schema)
    return {name: unwrap(spec, prop) for name, prop in raw.items() if isinstance(prop, dict)}


def schema_type(schema: JSON) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        return kinds[0] if len(kinds) == 1 else None
    if kind is None and "properties" in schema:
        return "object"
    return kind if isinstance(kind, str) else None


def response_schema(spec: JSON, operation: JSON) -> JSON | None:
    """The JSON schema of the operation's first 2xx response, or None."""
    for status, response in sorted((operation.get("responses") or {}).items()):
        if str(status).startswith("2"):
            content = resolve(spec, response).get("content") or {}
            media = content.get("application/json")
            if isinstance(media, dict) and "schema" in media:
                return unwrap(spec, media["schema"])
    return None


def response_examples(spec: JSON, operation: JSON) -> list[Any]:
    """The examples of the operation's first 2xx JSON response."""
    for status, response in sorted((operation.get("responses") or {}).items()):
        if str(status).startswith("2"):
            media = (resolve(spec, response).get("content") or {}).get("application/json") or {}
            return example_values(spec, media)
    return []


def body_schema(spec: JSON, operation: JSON) -> JSON | None:
    body = resolve(spec, operation.get("requestBody"))
    if not isinstance(body, dict):
        return None
    media = (body.get("content") or {}).get("application/json")
    if isinstance(media, dict) and "schema" in media:
        return unwrap(spec, media["schema"])
    return None


# -- names the generator gives -----------------------------------------------------------------------


def argument_names(params: list[JSON]) -> dict[tuple[str, str], str]:
    """The keyword argument of each (location, name): snake case, the location appended on a clash."""
    plain = {(str(p["in"]), str(p["name"])): python_identifier(str(p["name"])) for p in params}
    names = dict(plain)
    for (location, name), arg in plain.items():
        clashes = [key for key, other in plain.items() if other == arg and key[0] != location]
        if clashes or arg in ("client", "url"):
            names[(location, name)] = python_identifier(f"{arg}_{location}")
    return names


# -- the rules ---------------------------------------------------------------------------------------


def looks_paginated(spec: JSON, path: str, operation: JSON) -> str | None:
    """Why this operation looks paginated (a short phrase), or None: an independent, loose check."""
    response = response_schema(spec, operation) or {}
    fields = properties(spec, response)
    for name in PAGE_SIGNALS:
        if name in fields:
            return f"response field {name!r}"
    body = properties(spec, body_schema(spec, operation) or {})
    if "pagination" in body:
        return "request body field 'pagination'"
    for parameter in parameters(spec, path, operation):
        if parameter.get("in") == "query" and parameter.get("name") in REQUEST_SIGNALS:
            return f"query parameter {parameter['name']!r}"
    for example in response_examples(spec, operation):
        if isinstance(example, dict) and any(name in example for name in PAGE_SIGNALS):
            return "response example with a pages field"
    return None


def classify(spec: JSON) -> Classification:
    """Every operation that looks paginated, as an Entry or as Unclassified with the reason."""
    result = Classification()
    for path, method, operation in sorted(iter_operations(spec), key=lambda found: found.path):
        if looks_paginated(spec, path, operation) is None:
            continue
        outcome = classify_operation(spec, path, method, operation)
        if isinstance(outcome, Entry):
            result.entries.append(outcome)
        else:
            result.unclassified.append(outcome)
    result.entries.sort(key=lambda e: e.key)
    result.unclassified.sort(key=lambda u: u.key)
    keys = Counter(e.key for e in result.entries)
    duplicated = [key for key, count in keys.items() if count > 1]
    if duplicated:
        raise ValueError(f"two operations share the module key(s) {duplicated}")
    return result


@dataclass(frozen=True)
class Candidate:
    """What the detectors read of one operation that looks paginated: its 2xx response's fields, its
    query parameters (with their keyword arguments), its JSON body's fields and where its items are."""

    spec: JSON
    key: str
    method: str
    path: str
    fields: dict[str, JSON]
    query: dict[str, JSON]
    args: dict[tuple[str, str], str]
    body: dict[str, JSON]
    items: tuple[str, ...]

    def entry(
        self,
        style: str,
        *,
        next: tuple[str, ...],
        request_in: str,
        request: tuple[str, ...],
        request_arg: str | None,
        per_page: tuple[str, ...] | None,
        per_page_arg: str | None,
        has_more_attr: tuple[str, ...] | None = None,
        declared: bool = True,
    ) -> Entry:
        """The table row saying the operation pages in ``style``."""
        return Entry(
            key=self.key,
            method=self.method,
            path=self.path,
            style=style,
            items=self.items,
            items_attr=attr_path(self.items),
            next=next,
            next_attr=attr_path(next),
            has_more_attr=has_more_attr,
            request_in=request_in,
            request=request,
            request_arg=request_arg,
            per_page=per_page,
            per_page_arg=per_page_arg,
            declared=declared,
        )

    def unclassified(self, reason: str) -> Unclassified:
        return Unclassified(self.key, self.method, self.path, reason)

    def query_entry(self, style: str, *, next: tuple[str, ...], request: tuple[str, ...], **extra: Any) -> Entry:
        """A row whose cursor/page/token is the query parameter ``request`` (its page size ``per_page``,
        when the operation has that query parameter)."""
        has_per_page = "per_page" in self.query
        return self.entry(
            style,
            next=next,
            request_in="query",
            request=request,
            request_arg=self.args[("query", request[0])],
            per_page=("per_page",) if has_per_page else None,
            per_page_arg=self.args[("query", "per_page")] if has_per_page else None,
            **extra,
        )


# A detector recognises one style: a row, the reason the operation cannot be classified, or None when
# the operation does not page in that style (the next detector is tried).
Detector = Callable[[Candidate], Entry | Unclassified | None]


def detect_search(op: Candidate) -> Entry | Unclassified | None:
    """A ``pagination`` object in the JSON body, with ``starting_after``; the response's next cursor."""
    pagination = op.body.get("pagination")
    if pagination is None:
        return None
    sub = properties(op.spec, pagination)
    if "starting_after" not in sub:
        return op.unclassified("the body's pagination object has no starting_after field")
    cursor = find_next_cursor(op.spec, op.fields)
    if cursor is None:
        return op.unclassified("search body, but the response has no <pages>.next.starting_after field")
    sized = "per_page" in sub
    return op.entry(
        "search",
        next=cursor,
        request_in="body",
        request=("pagination", "starting_after"),
        request_arg="body",
        per_page=("pagination", "per_page") if sized else None,
        per_page_arg="body" if sized else None,
    )


def detect_next_cursor(op: Candidate) -> Entry | None:
    """A query parameter ``P`` with a top-level string field ``next_P`` in the response (+ ``has_more``)."""
    for name in sorted(op.query):
        token = f"next_{name}"
        if token in op.fields and schema_type(op.fields[token]) == "string":
            has_more = "has_more" in op.fields and schema_type(op.fields["has_more"]) == "boolean"
            return op.query_entry(
                "next_cursor",
                next=(token,),
                request=(name,),
                has_more_attr=attr_path(("has_more",)) if has_more else None,
            )
    return None


def detect_page(op: Candidate) -> Entry | Unclassified | None:
    """A ``page`` query parameter or body field, read back from the object with ``total_pages``."""
    if "page" not in op.query and "page" not in op.body:
        return None
    info = find_page_info(op.spec, op.fields)
    if info is None:
        return op.unclassified("a page parameter, but the response has no total_pages/page/next to read back")
    if "page" in op.query:
        return op.query_entry("page", next=info, request=("page",))
    sized = "per_page" in op.body
    return op.entry(
        "page",
        next=info,
        request_in="body",
        request=("page",),
        request_arg="body",
        per_page=("per_page",) if sized else None,
        per_page_arg="body" if sized else None,
    )


def detect_cursor(op: Candidate) -> Entry | Unclassified | None:
    """A ``starting_after`` query parameter; the response's ``<obj>.next.starting_after``."""
    if "starting_after" not in op.query:
        return None
    cursor = find_next_cursor(op.spec, op.fields)
    if cursor is None:
        return op.unclassified("a starting_after parameter, but the response has no <pages>.next.starting_after")
    return op.query_entry("cursor", next=cursor, request=("starting_after",))


def detect_scroll(op: Candidate) -> Entry | None:
    """An optional query parameter named like a position, echoed back by a top-level string field."""
    for name in sorted(op.query):
        optional = not op.query[name].get("required", False)
        tokenish = TOKEN_NAME.search(name) is not None
        if optional and tokenish and name in op.fields and schema_type(op.fields[name]) == "string":
            return op.query_entry("scroll", next=(name,), request=(name,))
    return None


def detect_undeclared(op: Candidate) -> Entry | Unclassified:
    """No request parameter for the next page: a GET whose response's ``pages`` object says how it pages."""
    if op.method != "GET":
        return op.unclassified("no page, cursor or pagination parameter, and not a GET to add one to")
    if "pages" not in op.fields:
        return op.unclassified("no page, cursor or pagination parameter, and no pages object in the response")
    undeclared: dict[str, Any] = {
        "request_in": "query",
        "request_arg": None,
        "per_page": ("per_page",),
        "per_page_arg": None,
        "declared": False,
    }
    if (cursor := find_next_cursor(op.spec, op.fields)) is not None:
        return op.entry("cursor", next=cursor, request=("starting_after",), **undeclared)
    if (info := find_page_info(op.spec, op.fields)) is not None:
        return op.entry("page", next=info, request=("page",), **undeclared)
    return op.unclassified(
        "no page, cursor or pagination parameter, and the pages object declares neither "
        "next.starting_after nor page/total_pages/next"
    )


DETECTORS: tuple[Detector, ...] = (
    detect_search,
    detect_next_cursor,
    detect_page,
    detect_cursor,
    detect_scroll,
    detect_undeclared,
)


def classify_operation(spec: JSON, path: str, method: str, operation: JSON) -> Entry | Unclassified:
    """How one operation that looks paginated pages: the first detector that recognises it decides."""
    key = operation_key(operation)
    response = response_schema(spec, operation)
    if response is None:
        return Unclassified(key, method.upper(), path, "no JSON schema for the 2xx response")
    fields = properties(spec, response)
    if not fields:
        return Unclassified(key, method.upper(), path, "the 2xx response schema declares no fields")
    items = find_items(spec, path, fields)
    if isinstance(items, str):
        return Unclassified(key, method.upper(), path, items)
    params = [p for p in parameters(spec, path, operation) if "in" in p]
    candidate = Candidate(
        spec=spec,
        key=key,
        method=method.upper(),
        path=path,
        fields=fields,
        query={str(p["name"]): p for p in params if p.get("in") == "query"},
        args=argument_names(params),
        body=properties(spec, body_schema(spec, operation) or {}),
        items=items,
    )
    for detect in DETECTORS:
        outcome = detect(candidate)
        if outcome is not None:
            return outcome
    raise AssertionError("detect_undeclared always decides")  # pragma: no cover


def find_items(spec: dict[str, Any], path: str, fields: dict[str, dict[str, Any]]) -> tuple[str, ...] | str:
    """The JSON path of the page's items, or the reason it cannot be told."""
    segments = {s for s in path.strip("/").split("/") if not s.startswith("{")}

    def arrays(props: dict[str, dict[str, Any]]) -> list[str]:
        return sorted(name for name, schema in props.items() if schema_type(schema) == "array")

    def pick(names: list[str]) -> str | None:
        if len(names) == 1:
            return names[0]
        named = [n for n in names if n in segments]
        return named[0] if len(named) == 1 else None

    top = arrays(fields)
    if top:
        chosen = pick(top)
        return (chosen,) if chosen else f"several array fields and none named by the path: {', '.join(top)}"
    nested = []
    for name, schema in sorted(fields.items()):
        if schema_type(schema) == "object":
            inner = pick(arrays(properties(spec, schema)))
            if inner:
                nested.append((name, inner))
    if len(nested) == 1:
        return nested[0]
    if nested:
        return "several nested array fields: " + ", ".join(".".join(n) for n in nested)
    return "no array field in the response to take the items from"


def find_next_cursor(spec: dict[str, Any], fields: dict[str, dict[str, Any]]) -> tuple[str, ...] | None:
    """The path of ``<obj>.next.starting_after`` in the response, if declared."""
    for name, schema in sorted(fields.items()):
        nxt = properties(spec, schema).get("next")
        if nxt is not None and "starting_after" in properties(spec, nxt):
            return (name, "next", "starting_after")
    return None


def find_page_info(spec: dict[str, Any], fields: dict[str, dict[str, Any]]) -> tuple[str, ...] | None:
    """The path of the object holding ``page``/``total_pages``/``next`` ((), the response itself)."""
    if "total_pages" in fields:
        return ()
    for name, schema in sorted(fields.items()):
        inner = properties(spec, schema)
        if "total_pages" in inner or ("page" in inner and "next" in inner):
            return (name,)
        if "next" in inner and schema_type(inner["next"]) == "string":
            return (name,)
    return None


def attr_path(path: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(python_identifier(part) for part in path)


# -- rendering ---------------------------------------------------------------------------------------


def render_pagination_module(spec: JSON) -> str:
    """The source of the generated pagination table module (deterministic: sorted by key)."""
    result = classify(spec)
    return render("pagination_table.py.jinja", entries=result.entries, unclassified=result.unclassified)


# -- summary -----------------------------------------------------------------------------------------


def summary(result: Classification, package: Path | None = None) -> str:
    counts = Counter(e.style for e in result.entries)
    out = [f"paginated operations: {len(result.entries)}"]
    out += [f"  {style}: {counts.get(style, 0)}" for style in STYLES]
    undeclared = [e for e in result.entries if not e.declared]
    if undeclared:
        out.append(f"classified from the response only, no request parameter in the spec ({len(undeclared)}):")
        out += [f"  {e.method} {e.path} ({e.key}): {e.style}, sends {'/'.join(e.request)} itself" for e in undeclared]
    out.append(f"look paginated but could not be classified ({len(result.unclassified)}):")
    out += [f"  {u.method} {u.path} ({u.key}): {u.reason}" for u in result.unclassified]
    if package is not None:
        missing = [e.key for e in result.entries if not resource_file(package, e.key).is_file()]
        out.append(f"resource modules missing from {package} ({len(missing)}):")
        out += [f"  {key}" for key in missing]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.pagination", description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SHARED_SPEC, help="a local OpenAPI file (YAML or JSON)")
    parser.add_argument("--raw", action="store_true", help="classify the spec as is, without normalising it")
    parser.add_argument(
        "--package", type=Path, default=None, help="a generated package to check the module keys against"
    )
    args = parser.parse_args(argv)
    spec = load_openapi(args.spec) if args.raw else normalize_file(args.spec)
    print(summary(classify(spec), args.package))
    return 0


if __name__ == "__main__":
    sys.exit(main())
