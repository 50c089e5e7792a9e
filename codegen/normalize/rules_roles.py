"""Rules that say how each schema is used: in responses, in requests, or both.

The templates type a model by its role. A model only ever *received* is typed as the API sends it:
optional fields read ``None`` when absent, and fields the API always sends are plain types. A model
that is *sent* (a request body, or a schema shared with one) keeps ``UNSET``, so that "leave it out"
and "send null" stay two different things.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..spec import JSON, iter_operations, parameters, resolve
from .corrections import OPTIONAL_KEY, REQUIRED_KEY
from .walk import COMPONENT_SCHEMA_PREFIX, content_schemas, subschemas

ROLE_KEY = "x-intercom-role"
RESPONSE = "response"
REQUEST = "request"
BOTH = "both"


def _reachable(spec: JSON, roots: Iterator[JSON]) -> list[JSON]:
    """Every schema object reachable from ``roots`` through references and children, once each."""
    seen: set[int] = set()
    found: list[JSON] = []
    stack = list(roots)
    while stack:
        schema = stack.pop()
        if id(schema) in seen:
            continue
        seen.add(id(schema))
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = resolve(spec, schema)
            if isinstance(target, dict) and ref.startswith(COMPONENT_SCHEMA_PREFIX):
                stack.append(target)
            continue
        found.append(schema)
        stack.extend(subschemas(schema))
    return found


def _response_roots(spec: JSON) -> Iterator[JSON]:
    for _, _, operation in iter_operations(spec):
        for status, response in (operation.get("responses") or {}).items():
            if str(status).startswith("2"):
                yield from content_schemas(resolve(spec, response))


def _request_roots(spec: JSON) -> Iterator[JSON]:
    for path, _, operation in iter_operations(spec):
        yield from content_schemas(resolve(spec, operation.get("requestBody")))
        for parameter in parameters(spec, path, operation):
            if isinstance(parameter.get("schema"), dict):
                yield parameter["schema"]


def mark_schema_roles(spec: JSON) -> int:
    """Mark every object schema with ``x-intercom-role``: ``response``, ``request`` or ``both``.

    Not a defect of the spec: information the templates need. A schema reachable from a 2xx response
    and not from any request body or parameter is a ``response`` schema; reachable from requests only,
    ``request``; from both, ``both``. Error responses do not count (their models are never built).
    Fires once per schema whose mark it sets or changes.
    """
    received = {id(schema): schema for schema in _reachable(spec, _response_roots(spec))}
    sent = {id(schema): schema for schema in _reachable(spec, _request_roots(spec))}
    fired = 0
    for key, schema in {**received, **sent}.items():
        if not (isinstance(schema.get("properties"), dict) or schema.get("type") == "object" or schema.get("allOf")):
            continue
        role = BOTH if key in received and key in sent else RESPONSE if key in received else REQUEST
        if schema.get(ROLE_KEY) != role:
            schema[ROLE_KEY] = role
            fired += 1
    return fired


def required_response_fields(spec: JSON) -> int:
    """In response schemas, the fields the API always sends are required.

    Defect: Intercom's spec marks almost no response field required, so every field of every model
    would read ``X | None``, even ``Contact.id``. Two sources decide instead:

    - the identity rule: every API object (a component schema) with both a ``type`` and an ``id``
      field (a contact, a conversation, a tag, ...) carries both in every response, in the spec's own
      examples and in every recorded response of openapi/corrections.yaml's evidence; inline objects
      are not API objects (``company.plan`` is sent as ``{}`` when there is no plan);
    - the evidence itself: corrections marked ``required: true`` (added) or ``required: false`` (an
      exception to the identity rule, e.g. built-in data attributes have no ``id``).

    Only ``response`` schemas change: request models keep what the spec says. Fires once per schema.
    """
    components = {id(schema) for schema in ((spec.get("components") or {}).get("schemas") or {}).values()}
    fired = 0
    for schema in _reachable(spec, _response_roots(spec)):
        properties = schema.get("properties")
        if schema.get(ROLE_KEY) != RESPONSE or not isinstance(properties, dict):
            continue
        wanted = list(schema.pop(REQUIRED_KEY, []))
        if id(schema) in components and "type" in properties and "id" in properties:
            wanted[:0] = ["type", "id"]
        optional = set(schema.pop(OPTIONAL_KEY, []))
        required = schema.setdefault("required", [])
        missing = [name for name in dict.fromkeys(wanted) if name in properties and name not in required]
        missing = [name for name in missing if name not in optional]
        if missing:
            required.extend(missing)
            fired += 1
        if not required:
            del schema["required"]
    return fired
