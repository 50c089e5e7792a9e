"""Rules about operations and their parameters."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from ..spec import JSON, example_values, iter_operations, object_properties, parameters, path_item, resolve
from .walk import COMPONENT_SCHEMA_PREFIX, PATH_TEMPLATE_RE, transform_schemas


def path_param_location(spec: JSON) -> int:
    """A parameter named like a ``{template}`` segment of its path but declared ``in: query`` (or header,
    cookie) is moved to ``in: path`` and made required.

    Defect: the generator rejects the whole operation ("Incorrect path templating ... Path parameters do
    not match with path") when a template variable has no path parameter. Fires once per moved parameter,
    only when no path parameter of that name exists already.
    """
    fired = 0
    for path, _method, operation in iter_operations(spec):
        template = set(PATH_TEMPLATE_RE.findall(path))
        if not template:
            continue
        declared = parameters(spec, path, operation)
        in_path = {p.get("name") for p in declared if p.get("in") == "path"}
        for param in declared:
            name = param.get("name")
            if name in template and name not in in_path and param.get("in") != "path":
                param["in"] = "path"
                param["required"] = True
                in_path.add(name)
                fired += 1
    return fired


def path_param_missing(spec: JSON) -> int:
    """A ``{template}`` segment of a path with no parameter of that name at all gets a required string
    path parameter (on the operation).

    Defect: same generator error as ``path-param-location``, when the spec forgot the parameter entirely.
    Fires once per added parameter.
    """
    fired = 0
    for path, _method, operation in iter_operations(spec):
        declared = {(p.get("name"), p.get("in")) for p in parameters(spec, path, operation)}
        for name in PATH_TEMPLATE_RE.findall(path):
            if (name, "path") not in declared:
                operation.setdefault("parameters", []).append(
                    {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                )
                declared.add((name, "path"))
                fired += 1
    return fired


def _id_key(operation_id: str) -> str:
    """The generator turns operationIds into snake_case module names: compare them the same way."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", operation_id)
    return re.sub(r"[^a-z0-9]+", "_", spaced.lower()).strip("_")


def missing_operation_ids(spec: JSON) -> int:
    """An operation without an operationId gets the name the generator would make up for it:
    ``<method>_<path words>`` (e.g. ``get_export_reporting_data_job_identifier``).

    Defect: the generator names such endpoints itself, so nothing downstream (pagination table,
    tests, docs) could find them by operationId. Naming them the same way keeps module names stable.
    Fires once per operation given an id.
    """
    fired = 0
    for path, method, operation in iter_operations(spec):
        if not operation.get("operationId"):
            words = path.replace("{", "").replace("}", "").replace("/", "_").strip("_")
            operation["operationId"] = f"{method}_{words}"
            fired += 1
    return fired


def explode_object_query_params(spec: JSON) -> int:
    """A query parameter serialised as an exploded form (``style: form``, ``explode: true``, the
    defaults) whose schema is an object, or a oneOf/anyOf of objects, is replaced by one optional query
    parameter per property of those objects.

    Defect: the generator passes such a parameter to httpx as one dict-valued query parameter, which
    is sent as the dict's text instead of ``user_id=...``. Exploded, each property is its own
    parameter, as the spec's serialisation rules say. When the schema lists alternatives (oneOf), the
    server still enforces that one of them is given. Fires once per parameter replaced.
    """
    fired = 0
    for path, _method, operation in iter_operations(spec):
        for owner in (operation, path_item(spec, path)):
            declared = owner.get("parameters")
            if not isinstance(declared, list):
                continue
            replaced: list[Any] = []
            for parameter in declared:
                exploded = _exploded_properties(spec, resolve(spec, parameter))
                if exploded is None:
                    replaced.append(parameter)
                    continue
                description = resolve(spec, parameter).get("description")
                for name, schema in exploded.items():
                    new = {"in": "query", "name": name, "required": False, "schema": copy.deepcopy(schema)}
                    if description:
                        new["description"] = description
                    replaced.append(new)
                fired += 1
            owner["parameters"] = replaced
    return fired


def _exploded_properties(spec: JSON, parameter: Any) -> dict[str, Any] | None:
    """The properties an exploded form object query parameter stands for, or None if it is not one."""
    if not isinstance(parameter, dict) or parameter.get("in") != "query":
        return None
    if parameter.get("style", "form") != "form" or parameter.get("explode", True) is not True:
        return None
    schema = resolve(spec, parameter.get("schema"))
    if not isinstance(schema, dict):
        return None
    variants = [resolve(spec, v) for key in ("oneOf", "anyOf") for v in schema.get(key) or []] or [schema]
    properties: dict[str, Any] = {}
    for variant in variants:
        if not isinstance(variant, dict) or not isinstance(variant.get("properties"), dict):
            return None
        for name, property_schema in variant["properties"].items():
            properties.setdefault(name, property_schema)
    return properties or None


def optional_query_param_defaults(spec: JSON) -> int:
    """The ``default`` of an optional query parameter's schema is removed (kept in its description).

    Defect: the generator makes the default the Python argument's default, so every call sends the
    parameter although the caller never set it (e.g. ``include_merge_history=false`` on every contact
    GET): the server applies its own default anyway, and the extra parameter costs a URL re-parse per
    request. Without it, an unset argument is not sent. Fires once per parameter changed.
    """
    fired = 0
    for path, _method, operation in iter_operations(spec):
        for owner in (operation, path_item(spec, path)):
            for parameter in owner.get("parameters") or []:
                if not isinstance(parameter, dict) or parameter.get("in") != "query" or parameter.get("required"):
                    continue
                schema = parameter.get("schema")
                if isinstance(schema, dict) and "default" in schema:
                    default = schema.pop("default")
                    note = f"Default (applied by the server): {json.dumps(default)}."
                    parameter["description"] = f"{parameter.get('description', '')}\n\n{note}".strip()
                    fired += 1
    return fired


def dedupe_operation_ids(spec: JSON) -> int:
    """When two operations have operationIds that give the same Python name (equal after snake_casing),
    every one after the first gets ``_<method>_<path words>`` appended.

    Defect: the generator writes one module per operationId, so a duplicate silently overwrites the
    other endpoint's module. Fires once per renamed operation.
    """
    fired = 0
    seen: set[str] = set()
    for path, method, operation in iter_operations(spec):
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str):
            continue
        key = _id_key(operation_id)
        if key in seen:
            words = re.sub(r"[^A-Za-z0-9]+", "_", path).strip("_")
            candidate = f"{operation_id}_{method}_{words}"
            n = 2
            while _id_key(candidate) in seen:
                candidate = f"{operation_id}_{method}_{words}_{n}"
                n += 1
            operation["operationId"] = candidate
            key = _id_key(candidate)
            fired += 1
        seen.add(key)
    return fired


def _enum_schema(spec: JSON, schema: Any) -> JSON | None:
    target = resolve(spec, schema)
    if isinstance(target, dict) and isinstance(target.get("enum"), list) and target.get("type") == "string":
        return target
    return None


def unify_header_enums(spec: JSON) -> int:
    """Header parameters of the same name (case-insensitive) whose schemas are *different* string enums
    across operations are given one shared enum, so every operation accepts the same values.

    Defect: Intercom's spec types ``Intercom-Version`` as ``Preview`` (and 2.x versions) in most
    operations but as lowercase ``preview`` only in a few; a client then cannot send one version value
    everywhere. HTTP header values like this are case-insensitive on Intercom's server, so the rule
    takes the enum used by the most operations (ties: first in document order) as the canonical one,
    appends the other enums' values that are not already present *ignoring case*, and points every
    such parameter at it (a ``$ref`` when the canonical enum is a component schema, else a copy), so
    its default becomes the canonical default too. A component enum left unreferenced by this is
    deleted (it would only generate an unused type). Fires once per rewritten parameter.
    """
    groups: dict[str, list[JSON]] = {}
    for path, _method, operation in iter_operations(spec):
        for param in parameters(spec, path, operation):
            if (
                param.get("in") == "header"
                and isinstance(param.get("name"), str)
                and _enum_schema(spec, param.get("schema")) is not None
            ):
                groups.setdefault(param["name"].lower(), []).append(param)
    fired = 0
    for params in groups.values():
        keys = [_schema_key(p["schema"]) for p in params]
        distinct = list(dict.fromkeys(keys))
        if len(distinct) < 2:
            continue
        canonical_key = max(distinct, key=lambda k: (keys.count(k), -distinct.index(k)))
        canonical_param = params[keys.index(canonical_key)]
        canonical_ref = canonical_param["schema"].get("$ref")
        canonical = _enum_schema(spec, canonical_param["schema"])
        assert canonical is not None
        known = {str(v).lower() for v in canonical["enum"]}
        for param in params:
            other = _enum_schema(spec, param["schema"])
            assert other is not None
            for value in other["enum"]:
                if str(value).lower() not in known:
                    canonical["enum"].append(value)
                    known.add(str(value).lower())
        detached: set[str] = set()
        for param, key in zip(params, keys, strict=True):
            if key == canonical_key:
                continue
            if isinstance(param["schema"].get("$ref"), str):
                detached.add(param["schema"]["$ref"])
            if isinstance(canonical_ref, str) and canonical_ref.startswith(COMPONENT_SCHEMA_PREFIX):
                param["schema"] = {"$ref": canonical_ref}
            else:
                param["schema"] = copy.deepcopy(canonical)
            fired += 1
        _drop_unreferenced(spec, detached)
    return fired


def _all_refs(obj: Any, found: set[str]) -> set[str]:
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key == "$ref" and isinstance(value, str):
                found.add(value)
            else:
                _all_refs(value, found)
    elif isinstance(obj, list):
        for value in obj:
            _all_refs(value, found)
    return found


def _drop_unreferenced(spec: JSON, refs: set[str]) -> None:
    """Delete the component schemas among ``refs`` that nothing references any more."""
    candidates = {r for r in refs if r.startswith(COMPONENT_SCHEMA_PREFIX)}
    if not candidates:
        return
    components = (spec.get("components") or {}).get("schemas") or {}
    still_used = _all_refs(spec, set())
    for ref in sorted(candidates - still_used):
        components.pop(ref[len(COMPONENT_SCHEMA_PREFIX) :], None)


def _schema_key(schema: JSON) -> str:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return ref
    return repr(sorted((k, repr(v)) for k, v in schema.items()))


def _is_cursor_paginated(spec: JSON, operation: JSON) -> bool:
    response = resolve(spec, (operation.get("responses") or {}).get("200"))
    if not isinstance(response, dict):
        return False
    for media_type, media in (response.get("content") or {}).items():
        if "json" not in media_type or not isinstance(media, dict):
            continue
        pages = object_properties(spec, media.get("schema")).get("pages")
        next_page = object_properties(spec, pages).get("next")
        if "starting_after" in object_properties(spec, next_page):
            return True
    return False


PAGINATION_PARAMETERS: tuple[JSON, ...] = (
    {
        "name": "per_page",
        "in": "query",
        "required": False,
        "description": "How many results to return per page (added by the SDK's spec normalisation).",
        "schema": {"type": "integer"},
    },
    {
        "name": "starting_after",
        "in": "query",
        "required": False,
        "description": "The cursor from the previous page's `pages.next.starting_after` (added by the SDK's spec"
        " normalisation).",
        "schema": {"type": "string"},
    },
)


# A query parameter with one of these in its name means the operation already has a paging mechanism.
_PAGING_PARAM_RE = re.compile(r"page|cursor|scroll|starting_after", re.IGNORECASE)


def cursor_pagination_params(spec: JSON) -> int:
    """An operation without a request body whose 200 JSON response is a cursor-paginated list (the
    response object has ``pages`` whose ``next`` has ``starting_after``) and that declares no paging
    query parameter at all (no name containing ``page``, ``cursor``, ``scroll`` or ``starting_after``)
    gets the query parameters ``per_page`` (integer) and ``starting_after`` (string), both optional.

    Defect: some list operations (e.g. ``GET /contacts``) return a cursor in ``pages.next`` but do not
    declare the query parameters that send it back, so the generated function cannot ask for the next
    page. Searches (which page through their request body) and operations that already page by
    ``page``/``per_page`` or a scroll parameter are left alone. Fires once per operation changed.
    """
    fired = 0
    for path, _method, operation in iter_operations(spec):
        if operation.get("requestBody") is not None or not _is_cursor_paginated(spec, operation):
            continue
        query = [p.get("name") for p in parameters(spec, path, operation) if p.get("in") == "query"]
        if any(isinstance(name, str) and _PAGING_PARAM_RE.search(name) for name in query):
            continue
        operation.setdefault("parameters", []).extend(copy.deepcopy(list(PAGINATION_PARAMETERS)))
        fired += 1
    return fired


def _is_json_media(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _merge_inferred(a: JSON, b: JSON) -> JSON:
    if a == b:
        return a
    if a.get("type") == "object" and b.get("type") == "object":
        props = dict(a.get("properties") or {})
        for key, value in (b.get("properties") or {}).items():
            props[key] = _merge_inferred(props[key], value) if key in props else value
        return {"type": "object", "properties": props}
    if a.get("type") == "array" and b.get("type") == "array":
        return {"type": "array", "items": _merge_inferred(a["items"], b["items"])}
    if {a.get("type"), b.get("type")} == {"integer", "number"}:
        return {"type": "number"}
    return {}


def _infer(value: Any) -> JSON:
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, int):
        return {"type": "integer"}
    if isinstance(value, float):
        return {"type": "number"}
    if isinstance(value, str):
        return {"type": "string"}
    if isinstance(value, list):
        items: JSON | None = None
        for element in value:
            inferred = _infer(element)
            items = inferred if items is None else _merge_inferred(items, inferred)
        return {"type": "array", "items": items or {}}
    if isinstance(value, dict):
        return {"type": "object", "properties": {str(k): _infer(v) for k, v in value.items()}}
    return {}


def _components_by_type_value(spec: JSON) -> dict[Any, list[str]]:
    found: dict[Any, list[str]] = {}
    for name, schema in ((spec.get("components") or {}).get("schemas") or {}).items():
        type_prop = (schema.get("properties") or {}).get("type") if isinstance(schema, dict) else None
        if not isinstance(type_prop, dict):
            continue
        enum = type_prop.get("enum")
        values = enum if isinstance(enum, list) and len(enum) == 1 else [type_prop.get("example")]
        for value in values:
            if isinstance(value, str):
                found.setdefault(value, []).append(name)
    return found


def json_response_schema(spec: JSON) -> int:
    """A JSON response content (``application/json`` or ``*+json``) with no ``schema`` gets one:
    when every example is an object with the same ``type`` value and exactly one component schema
    declares that ``type`` (single-value enum or example, e.g. ``error.list`` -> ``error``), a ``$ref``
    to it; otherwise a schema inferred from the examples (objects, arrays, scalars; conflicting values
    become "any"); with no examples, ``{}`` (any JSON).

    Defect: the generator drops the body of a response without a schema (the function returns
    ``None`` for that status), although Intercom documents it with examples. Fires once per content.
    """
    by_type = _components_by_type_value(spec)
    responses: list[Any] = list(((spec.get("components") or {}).get("responses") or {}).values())
    for _path, _method, operation in iter_operations(spec):
        responses.extend((operation.get("responses") or {}).values())
    fired = 0
    for response in responses:
        if not isinstance(response, dict) or "$ref" in response:
            continue
        for media_type, media in (response.get("content") or {}).items():
            if not _is_json_media(media_type) or not isinstance(media, dict) or media.get("schema") is not None:
                continue
            values = example_values(spec, media)
            types = {v.get("type") if isinstance(v, dict) else None for v in values}
            type_value = next(iter(types)) if len(types) == 1 else None
            if isinstance(type_value, str) and len(by_type.get(type_value, [])) == 1:
                media["schema"] = {"$ref": COMPONENT_SCHEMA_PREFIX + by_type[type_value][0]}
            else:
                inferred: JSON | None = None
                for value in values:
                    one = _infer(value)
                    inferred = one if inferred is None else _merge_inferred(inferred, one)
                media["schema"] = inferred or {}
            fired += 1
    return fired


def _resolves(spec: JSON, ref: str) -> bool:
    return not ref.startswith("#/") or resolve(spec, {"$ref": ref}) is not None


def dangling_refs(spec: JSON) -> int:
    """A local ``$ref`` whose target does not exist is replaced: in a schema by ``{}`` (any value, the
    ``description`` kept), as a response by a bare ``{description}`` response, and as a parameter or
    request body by nothing (it is removed).

    Defect: the generator reports "Could not find reference" and drops the schema, response or whole
    operation that uses it. Remote references (not starting with ``#/``) are left alone. Fires once per
    replaced reference.
    """
    fired = 0

    def fix(schema: JSON) -> JSON | None:
        ref = schema.get("$ref")
        if isinstance(ref, str) and not _resolves(spec, ref):
            description = schema.get("description")
            schema.clear()
            if description is not None:
                schema["description"] = description
            return schema
        return None

    fired += transform_schemas(spec, fix)
    for path, _method, operation in iter_operations(spec):
        for holder in (operation, path_item(spec, path)):
            params = holder.get("parameters")
            if isinstance(params, list):
                kept = [p for p in params if not (isinstance(p, dict) and _dangling(spec, p))]
                fired += len(params) - len(kept)
                holder["parameters"] = kept
        body = operation.get("requestBody")
        if isinstance(body, dict) and _dangling(spec, body):
            del operation["requestBody"]
            fired += 1
        for code, response in list((operation.get("responses") or {}).items()):
            if isinstance(response, dict) and _dangling(spec, response):
                operation["responses"][code] = {"description": response.get("description") or "Undocumented"}
                fired += 1
    return fired


def _dangling(spec: JSON, obj: JSON) -> bool:
    ref = obj.get("$ref")
    return isinstance(ref, str) and not _resolves(spec, ref)


def required_request_bodies(spec: JSON) -> int:
    """A JSON request body whose schema requires fields (every variant of it, for a ``oneOf``/``anyOf``)
    is marked ``required: true``.

    Defect: the spec leaves ``required`` off most request bodies (85 of 106 in the pinned Preview), so the
    generator makes ``body`` optional and ``client.conversations.reply("1")`` type-checks although no
    body can satisfy the schema (Intercom answers 400). Fires once per body marked required.
    """
    fired = 0
    for _path, _method, operation in iter_operations(spec):
        body = resolve(spec, operation.get("requestBody"))
        if not isinstance(body, dict) or body.get("required"):
            continue
        media = (body.get("content") or {}).get("application/json")
        schema = resolve(spec, media.get("schema")) if isinstance(media, dict) else None
        if isinstance(schema, dict) and _requires_fields(spec, schema):
            body["required"] = True
            fired += 1
    return fired


def _requires_fields(spec: JSON, schema: JSON) -> bool:
    variants = schema.get("oneOf") or schema.get("anyOf")
    if isinstance(variants, list) and variants:
        resolved = [resolve(spec, variant) for variant in variants]
        return all(isinstance(v, dict) and _requires_fields(spec, v) for v in resolved)
    required = schema.get("required")
    if isinstance(required, list) and required:
        return True
    parts = [resolve(spec, part) for part in schema.get("allOf") or []]
    return any(isinstance(part, dict) and _requires_fields(spec, part) for part in parts)
