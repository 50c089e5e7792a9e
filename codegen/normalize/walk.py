"""Helpers to visit the operations, parameters and schema objects of an OpenAPI 3.0 document.

Every helper is structural: it knows where OpenAPI puts schema objects (so that a property *named*
``title`` or ``nullable`` is never mistaken for a keyword) and nothing about Intercom in particular.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from ..spec import HTTP_METHODS, JSON

PATH_TEMPLATE_RE = re.compile(r"{([^}/]+)}")
COMPONENT_SCHEMA_PREFIX = "#/components/schemas/"


def subschemas(schema: JSON) -> Iterator[JSON]:
    """Yield the direct child schema objects of ``schema`` (properties, items, combinators, ...)."""
    props = schema.get("properties")
    if isinstance(props, dict):
        for child in props.values():
            if isinstance(child, dict):
                yield child
    for key in ("items", "additionalProperties", "not"):
        child = schema.get(key)
        if isinstance(child, dict):
            yield child
    for key in ("allOf", "anyOf", "oneOf"):
        children = schema.get(key)
        if isinstance(children, list):
            for child in children:
                if isinstance(child, dict):
                    yield child


def content_schemas(container: Any) -> Iterator[JSON]:
    if not isinstance(container, dict):
        return
    for media in (container.get("content") or {}).values():
        if isinstance(media, dict) and isinstance(media.get("schema"), dict):
            yield media["schema"]


def _parameter_schemas(parameters: Any) -> Iterator[JSON]:
    for param in parameters or []:
        if isinstance(param, dict):
            if isinstance(param.get("schema"), dict):
                yield param["schema"]
            yield from content_schemas(param)


def _response_schemas(response: Any) -> Iterator[JSON]:
    if not isinstance(response, dict):
        return
    yield from content_schemas(response)
    for header in (response.get("headers") or {}).values():
        if isinstance(header, dict) and isinstance(header.get("schema"), dict):
            yield header["schema"]


def root_schemas(spec: JSON) -> Iterator[JSON]:
    """Yield every top-level schema object of the document (components and inline in operations)."""
    components = spec.get("components") or {}
    for schema in (components.get("schemas") or {}).values():
        if isinstance(schema, dict):
            yield schema
    yield from _parameter_schemas((components.get("parameters") or {}).values())
    for body in (components.get("requestBodies") or {}).values():
        yield from content_schemas(body)
    for response in (components.get("responses") or {}).values():
        yield from _response_schemas(response)
    for header in (components.get("headers") or {}).values():
        if isinstance(header, dict) and isinstance(header.get("schema"), dict):
            yield header["schema"]
    for path_item in (spec.get("paths") or {}).values():
        if not isinstance(path_item, dict):
            continue
        yield from _parameter_schemas(path_item.get("parameters"))
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if not isinstance(operation, dict):
                continue
            yield from _parameter_schemas(operation.get("parameters"))
            yield from content_schemas(operation.get("requestBody"))
            for response in (operation.get("responses") or {}).values():
                yield from _response_schemas(response)


def iter_schemas(spec: JSON) -> Iterator[JSON]:
    """Yield every schema object of the document, depth first (parents before children).

    Each object is yielded once even if it is reachable twice (YAML anchors), and a child is looked up
    after its parent was yielded, so a caller may rewrite a schema's children before they are visited.
    """
    seen: set[int] = set()
    stack = list(root_schemas(spec))
    stack.reverse()
    while stack:
        schema = stack.pop()
        if id(schema) in seen:
            continue
        seen.add(id(schema))
        yield schema
        children = list(subschemas(schema))
        children.reverse()
        stack.extend(children)


def transform_schemas(spec: JSON, fn: Callable[[JSON], JSON | None]) -> int:
    """Apply ``fn`` to every schema object in place, depth first; returns how many calls returned a value.

    ``fn`` mutates the schema it is given and returns it when it changed something (``None`` otherwise).
    """
    fired = 0
    for schema in iter_schemas(spec):
        if fn(schema) is not None:
            fired += 1
    return fired
