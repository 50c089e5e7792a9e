#!/usr/bin/env python3
"""Derive, from the (normalised) spec alone, how each paginated operation pages.

    pagination_table.py [--spec PATH] [--raw] [--package DIR]

``render_pagination_module(spec)`` returns the source of ``intercom_client/generated/pagination_table.py``
(scripts/regenerate.py writes it); ``main()`` prints a summary: operations per style, those whose
request parameters the spec does not declare, and those that look paginated but could not be classified.

Every decision comes from generic rules on an operation's parameters, request body schema and
2xx response schema; there is no list of paths. The rules, in order:

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
Otherwise, a response with a ``pages`` object but no declared request parameter is classified from that
object alone (``next.starting_after`` -> cursor, else ``page``/``total_pages``/a ``next`` link -> page), with
``declared`` false: the endpoint function has no argument for it, so the pagination helper adds the query
parameter to the request itself.

The items of a page are the response's only array field; with several, the one whose name is a segment of
the path; with none, the same rule one level down (``data.articles``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from normalize import walk
from spec_tools import endpoint_module, python_identifier, resolve

STYLES = ("cursor", "next_cursor", "page", "scroll", "search")
# A response field that says a response is one page of a longer list.
PAGE_SIGNALS = ("pages", "scroll_param", "next_cursor", "total_pages")
# A request parameter that asks for a given page.
REQUEST_SIGNALS = ("starting_after", "page", "scroll_param", "cursor")
# The name of a parameter that carries an opaque position (and not a filter the response echoes).
TOKEN_NAME = re.compile(r"scroll|cursor|token", re.IGNORECASE)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT.parent / "shared" / "openapi" / "intercom-preview.yaml"


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

    def as_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "path": self.path,
            "style": self.style,
            "items": self.items,
            "items_attr": self.items_attr,
            "next": self.next,
            "next_attr": self.next_attr,
            "has_more_attr": self.has_more_attr,
            "request_in": self.request_in,
            "request": self.request,
            "request_arg": self.request_arg,
            "per_page": self.per_page,
            "per_page_arg": self.per_page_arg,
            "declared": self.declared,
        }


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


def unwrap(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
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
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
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


def properties(spec: dict[str, Any], schema: Any) -> dict[str, dict[str, Any]]:
    """The properties of an object schema, each unwrapped."""
    raw = unwrap(spec, schema).get("properties") or {}
    return {name: unwrap(spec, prop) for name, prop in raw.items() if isinstance(prop, dict)}


def schema_type(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        return kinds[0] if len(kinds) == 1 else None
    if kind is None and "properties" in schema:
        return "object"
    return kind if isinstance(kind, str) else None


def iter_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(path, method, operation, path item) for every operation, sorted by path (methods in spec order)."""
    return sorted(walk.iter_operations(spec), key=lambda operation: operation[0])


def parameters(spec: dict[str, Any], operation: dict[str, Any], item: dict[str, Any]) -> list[dict[str, Any]]:
    """The operation's parameters, path-item ones included (the operation's win on name and location)."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
        parameter = resolve(spec, raw)
        if isinstance(parameter, dict) and "name" in parameter and "in" in parameter:
            merged[(str(parameter["in"]), str(parameter["name"]))] = parameter
    return list(merged.values())


def response_schema(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON schema of the operation's first 2xx response, or None."""
    for status, response in sorted((operation.get("responses") or {}).items()):
        if str(status).startswith("2"):
            content = resolve(spec, response).get("content") or {}
            media = content.get("application/json")
            if isinstance(media, dict) and "schema" in media:
                return unwrap(spec, media["schema"])
    return None


def response_examples(spec: dict[str, Any], operation: dict[str, Any]) -> list[Any]:
    """The examples of the operation's first 2xx JSON response."""
    for status, response in sorted((operation.get("responses") or {}).items()):
        if str(status).startswith("2"):
            media = (resolve(spec, response).get("content") or {}).get("application/json") or {}
            examples = [media["example"]] if "example" in media else []
            for example in (media.get("examples") or {}).values():
                example = resolve(spec, example)
                if isinstance(example, dict) and "value" in example:
                    examples.append(example["value"])
            return examples
    return []


def body_schema(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    body = resolve(spec, operation.get("requestBody"))
    if not isinstance(body, dict):
        return None
    media = (body.get("content") or {}).get("application/json")
    if isinstance(media, dict) and "schema" in media:
        return unwrap(spec, media["schema"])
    return None


# -- names the generator gives -----------------------------------------------------------------------


def argument_names(params: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """The keyword argument of each (location, name): snake case, the location appended on a clash."""
    plain = {(str(p["in"]), str(p["name"])): python_identifier(str(p["name"])) for p in params}
    names = dict(plain)
    for (location, name), arg in plain.items():
        clashes = [key for key, other in plain.items() if other == arg and key[0] != location]
        if clashes or arg in ("client", "url"):
            names[(location, name)] = python_identifier(f"{arg}_{location}")
    return names


# -- the rules ---------------------------------------------------------------------------------------


def looks_paginated(spec: dict[str, Any], operation: dict[str, Any], item: dict[str, Any]) -> str | None:
    """Why this operation looks paginated (a short phrase), or None: an independent, loose check."""
    response = response_schema(spec, operation) or {}
    fields = properties(spec, response)
    for name in PAGE_SIGNALS:
        if name in fields:
            return f"response field {name!r}"
    body = properties(spec, body_schema(spec, operation) or {})
    if "pagination" in body:
        return "request body field 'pagination'"
    for parameter in parameters(spec, operation, item):
        if parameter.get("in") == "query" and parameter.get("name") in REQUEST_SIGNALS:
            return f"query parameter {parameter['name']!r}"
    for example in response_examples(spec, operation):
        if isinstance(example, dict) and any(name in example for name in PAGE_SIGNALS):
            return "response example with a pages field"
    return None


def classify(spec: dict[str, Any]) -> Classification:
    """Every operation that looks paginated, as an Entry or as Unclassified with the reason."""
    result = Classification()
    for path, method, operation, item in iter_operations(spec):
        if looks_paginated(spec, operation, item) is None:
            continue
        outcome = classify_operation(spec, path, method, operation, item)
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


def classify_operation(
    spec: dict[str, Any], path: str, method: str, operation: dict[str, Any], item: dict[str, Any]
) -> Entry | Unclassified:
    key = endpoint_module(operation)
    upper = method.upper()

    def unclassified(reason: str) -> Unclassified:
        return Unclassified(key, upper, path, reason)

    response = response_schema(spec, operation)
    if response is None:
        return unclassified("no JSON schema for the 2xx response")
    fields = properties(spec, response)
    if not fields:
        return unclassified("the 2xx response schema declares no fields")
    params = parameters(spec, operation, item)
    query = {str(p["name"]): p for p in params if p.get("in") == "query"}
    args = argument_names(params)
    body = properties(spec, body_schema(spec, operation) or {})

    items = find_items(spec, path, fields)
    if isinstance(items, str):
        return unclassified(items)

    def entry(style: str, **kwargs: Any) -> Entry:
        nxt: tuple[str, ...] = kwargs.pop("next")
        return Entry(
            key=key,
            method=upper,
            path=path,
            style=style,
            items=items,
            items_attr=attr_path(items),
            next=nxt,
            next_attr=attr_path(nxt),
            **kwargs,
        )

    def query_per_page() -> dict[str, Any]:
        if "per_page" in query:
            return {"per_page": ("per_page",), "per_page_arg": args[("query", "per_page")]}
        return {"per_page": None, "per_page_arg": None}

    # search: a pagination object in the body
    pagination = body.get("pagination")
    if pagination is not None:
        sub = properties(spec, pagination)
        if "starting_after" not in sub:
            return unclassified("the body's pagination object has no starting_after field")
        cursor = find_next_cursor(spec, fields)
        if cursor is None:
            return unclassified("search body, but the response has no <pages>.next.starting_after field")
        return entry(
            "search",
            next=cursor,
            has_more_attr=None,
            request_in="body",
            request=("pagination", "starting_after"),
            request_arg="body",
            per_page=("pagination", "per_page") if "per_page" in sub else None,
            per_page_arg="body" if "per_page" in sub else None,
            declared=True,
        )

    # next_cursor: P in the query, next_P in the response
    for name in sorted(query):
        token = f"next_{name}"
        if token in fields and schema_type(fields[token]) == "string":
            has_more = "has_more" in fields and schema_type(fields["has_more"]) == "boolean"
            return entry(
                "next_cursor",
                next=(token,),
                has_more_attr=attr_path(("has_more",)) if has_more else None,
                request_in="query",
                request=(name,),
                request_arg=args[("query", name)],
                declared=True,
                **query_per_page(),
            )

    # page numbers, in the query or the body
    if "page" in query or "page" in body:
        info = find_page_info(spec, fields)
        if info is None:
            return unclassified("a page parameter, but the response has no total_pages/page/next to read back")
        location = "query" if "page" in query else "body"
        if location == "query":
            per_page: dict[str, Any] = query_per_page()
        else:
            per_page = {"per_page": ("per_page",), "per_page_arg": "body"} if "per_page" in body else {}
            per_page = per_page or {"per_page": None, "per_page_arg": None}
        return entry(
            "page",
            next=info,
            has_more_attr=None,
            request_in=location,
            request=("page",),
            request_arg=args[("query", "page")] if location == "query" else "body",
            declared=True,
            **per_page,
        )

    # starting_after cursor in the query
    if "starting_after" in query:
        cursor = find_next_cursor(spec, fields)
        if cursor is None:
            return unclassified("a starting_after parameter, but the response has no <pages>.next.starting_after")
        return entry(
            "cursor",
            next=cursor,
            has_more_attr=None,
            request_in="query",
            request=("starting_after",),
            request_arg=args[("query", "starting_after")],
            declared=True,
            **query_per_page(),
        )

    # scroll: a query parameter echoed back by a top-level string field
    for name in sorted(query):
        optional = not query[name].get("required", False)
        tokenish = TOKEN_NAME.search(name) is not None
        if optional and tokenish and name in fields and schema_type(fields[name]) == "string":
            return entry(
                "scroll",
                next=(name,),
                has_more_attr=None,
                request_in="query",
                request=(name,),
                request_arg=args[("query", name)],
                declared=True,
                **query_per_page(),
            )

    # nothing declared: read the pages object of the response
    if method != "get":
        return unclassified("no page, cursor or pagination parameter, and not a GET to add one to")
    if "pages" not in fields:
        return unclassified("no page, cursor or pagination parameter, and no pages object in the response")
    if (cursor := find_next_cursor(spec, fields)) is not None:
        return entry(
            "cursor",
            next=cursor,
            has_more_attr=None,
            request_in="query",
            request=("starting_after",),
            request_arg=None,
            per_page=("per_page",),
            per_page_arg=None,
            declared=False,
        )
    if (info := find_page_info(spec, fields)) is not None:
        return entry(
            "page",
            next=info,
            has_more_attr=None,
            request_in="query",
            request=("page",),
            request_arg=None,
            per_page=("per_page",),
            per_page_arg=None,
            declared=False,
        )
    return unclassified(
        "no page, cursor or pagination parameter, and the pages object declares neither "
        "next.starting_after nor page/total_pages/next"
    )


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

MODULE_HEADER = '''"""How each paginated operation pages: derived from the spec by scripts/pagination_table.py.

Keys are endpoint modules relative to this package. Paths are tuples of JSON field names (``items``,
``next``, ``request``, ``per_page``) or of attribute names of the parsed models (``*_attr``).
Read by intercom_client/pagination.py.
"""

from typing import Final, Literal, TypedDict

Style = Literal["cursor", "next_cursor", "page", "scroll", "search"]


class Pagination(TypedDict):
    """How one operation pages."""

    method: str
    path: str
    style: Style
    # The list of the page's items in the response.
    items: tuple[str, ...]
    items_attr: tuple[str, ...]
    # cursor/search: the next cursor; next_cursor/scroll: the token to send back; page: the object
    # holding page/total_pages/next (empty: the response itself).
    next: tuple[str, ...]
    next_attr: tuple[str, ...]
    # next_cursor: the boolean saying whether there is another page, if the response has one.
    has_more_attr: tuple[str, ...] | None
    # Where the cursor/page/token of the next request goes, and its keyword argument in the endpoint
    # function (``body`` for body fields; None when the spec does not declare it).
    request_in: Literal["query", "body"]
    request: tuple[str, ...]
    request_arg: str | None
    # The page size: same location as ``request``; None when the operation has none.
    per_page: tuple[str, ...] | None
    per_page_arg: str | None
    # False when the spec declares no parameter for the next page (it is then sent as a query parameter).
    declared: bool


'''


def render_pagination_module(spec: dict[str, Any]) -> str:
    """The source of the generated pagination table module (deterministic: sorted by key)."""
    result = classify(spec)
    lines = [MODULE_HEADER, "PAGINATED_OPERATIONS: Final[dict[str, Pagination]] = {\n"]
    for entry in result.entries:
        lines.append(f"    {literal(entry.key)}: {{\n")
        lines += [f"        {literal(name)}: {literal(value)},\n" for name, value in entry.as_dict().items()]
        lines.append("    },\n")
    lines.append("}\n\n")
    lines.append("# Operations that look paginated but that the rules could not classify, with the reason.\n")
    lines.append("UNCLASSIFIED: Final[dict[str, str]] = {\n")
    for item in result.unclassified:
        lines.append(f"    {literal(item.key)}: {literal(f'{item.method} {item.path}: {item.reason}')},\n")
    lines.append("}\n")
    return "".join(lines)


def literal(value: Any) -> str:
    """A Python literal of ``value`` as ruff would format it (double quotes, one-tuples with a comma)."""
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, tuple):
        inner = ", ".join(literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if value is None or isinstance(value, bool | int):
        return repr(value)
    raise TypeError(f"no literal for {type(value).__name__}")


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
        missing = [e.key for e in result.entries if not (package / (e.key.replace(".", "/") + ".py")).is_file()]
        out.append(f"endpoint modules missing from {package} ({len(missing)}):")
        out += [f"  {key}" for key in missing]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="a local OpenAPI file (YAML or JSON)")
    parser.add_argument("--raw", action="store_true", help="classify the spec as is, without normalising it")
    parser.add_argument(
        "--package", type=Path, default=None, help="a generated package to check the module keys against"
    )
    args = parser.parse_args(argv)
    import yaml

    spec = yaml.safe_load(args.spec.read_text())
    if not args.raw:
        from normalize import normalize

        spec, _ = normalize(spec)
    print(summary(classify(spec), args.package))
    return 0


if __name__ == "__main__":
    sys.exit(main())
