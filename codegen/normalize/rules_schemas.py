"""Rules about schema objects."""

from __future__ import annotations

import copy
import re

from ..spec import JSON, iter_operations, resolve
from .walk import COMPONENT_SCHEMA_PREFIX, iter_schemas, transform_schemas


def drop_schema_titles(spec: JSON) -> int:
    """Remove the ``title`` keyword from every schema object (never a *property* named ``title``).

    Defect: openapi-python-client names a model class after its schema's ``title`` when there is one,
    and Intercom reuses titles ("Tag", "Quick Reply Option", "Paginated Response", ...) for different
    schemas: the generator then reports "Attempted to generate duplicate models" and drops the schema
    and, in cascade, every schema and response referring to it. Without titles, component models are
    named after their (unique) component key and inline models after their parent and property name.
    Fires once per removed title.
    """

    def fix(schema: JSON) -> JSON | None:
        if isinstance(schema.get("title"), str):
            del schema["title"]
            return schema
        return None

    return transform_schemas(spec, fix)


def nullable_ref(spec: JSON) -> int:
    """A ``$ref`` with sibling ``nullable: true`` becomes ``anyOf: [{$ref}]`` plus ``nullable: true``
    (other siblings such as ``description`` are kept beside the ``anyOf``); ``nullable: false`` next to a
    ``$ref`` is simply dropped.

    Defect: in OpenAPI 3.0 siblings of ``$ref`` are ignored, and so does the generator: the field is
    typed as never null and parsing a ``null`` from the API fails. ``anyOf`` + ``nullable`` is the 3.0
    spelling the generator turns into ``Model | None``. Fires once per rewritten ``$ref``.
    """

    def fix(schema: JSON) -> JSON | None:
        if "$ref" not in schema or "nullable" not in schema:
            return None
        nullable = schema.pop("nullable")
        if nullable is True:
            schema["anyOf"] = [{"$ref": schema.pop("$ref")}]
            schema["nullable"] = True
        return schema

    return transform_schemas(spec, fix)


# Keywords that constrain an object without describing any shape of their own.
_CONSTRAINT_ONLY_KEYS = frozenset(
    {"required", "title", "description", "example", "examples", "minProperties", "maxProperties", "not"}
)


def drop_constraint_only_unions(spec: JSON) -> int:
    """A ``oneOf``/``anyOf`` whose every member only *constrains* the parent object (members made of
    ``required``, ``title``, ``description``, ``not`` ... but no ``properties``, ``type``, ``$ref`` or
    ``items``) is removed when the parent declares ``properties``; the parent keeps all its properties.

    Defect: Intercom writes "one of these fields is required" as ``anyOf: [{required: [email]},
    {required: [external_id]}]`` beside the object's properties. The generator has no type for such a
    constraint and builds a union of property-less models instead, losing every field (or, for component
    schemas, fails with duplicate models). The client cannot enforce the alternative; Intercom's server
    still validates it. Fires once per removed combinator.
    """

    def fix(schema: JSON) -> JSON | None:
        if not isinstance(schema.get("properties"), dict):
            return None
        changed = False
        for key in ("oneOf", "anyOf"):
            members = schema.get(key)
            if (
                isinstance(members, list)
                and members
                and all(isinstance(m, dict) and set(m) <= _CONSTRAINT_ONLY_KEYS for m in members)
            ):
                del schema[key]
                changed = True
        return schema if changed else None

    return transform_schemas(spec, fix)


def allof_sibling_properties(spec: JSON) -> int:
    """A schema whose ``allOf`` holds a single ``$ref`` and that also declares ``properties`` (and maybe
    ``required``) gets those moved into a second ``allOf`` member ``{type: object, properties, required}``.

    Defect: openapi-python-client treats "``allOf`` with one ``$ref``" as a plain alias of the referenced
    schema: the sibling properties are silently dropped and the referenced model is processed a second
    time, which reports its inline objects as "duplicate models" and drops every schema using it.
    Fires once per rewritten schema.
    """

    def fix(schema: JSON) -> JSON | None:
        parts = schema.get("allOf")
        props = schema.get("properties")
        if not (isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], dict) and "$ref" in parts[0]):
            return None
        if not isinstance(props, dict) or not props:
            return None
        extra: JSON = {"type": "object", "properties": schema.pop("properties")}
        if schema.get("required"):
            extra["required"] = schema.pop("required")
        parts.append(extra)
        return schema

    return transform_schemas(spec, fix)


def _pure_union(spec: JSON, schema: JSON) -> tuple[str, list[JSON]] | None:
    target = resolve(spec, schema)
    if not isinstance(target, dict) or "properties" in target or "allOf" in target:
        return None
    for key in ("oneOf", "anyOf"):
        members = target.get(key)
        if isinstance(members, list) and members and all(isinstance(m, dict) for m in members):
            return key, members
    return None


def distribute_allof_over_union(spec: JSON) -> int:
    """``allOf: [U, X...]`` where ``U`` is (or references) a pure ``oneOf``/``anyOf`` union becomes
    ``oneOf: [{allOf: [U1, X...]}, {allOf: [U2, X...]}, ...]`` (same combinator as ``U``).

    Defect: the generator can only merge objects in ``allOf`` ("Cannot take allOf a non-object") and drops
    the schema, e.g. a request body that adds ``skip_notifications`` to a union of reply payloads.
    Fires once per rewritten schema; schemas that already have ``oneOf``/``anyOf`` are left alone.
    """

    def fix(schema: JSON) -> JSON | None:
        parts = schema.get("allOf")
        if not isinstance(parts, list) or "oneOf" in schema or "anyOf" in schema:
            return None
        for index, part in enumerate(parts):
            union = _pure_union(spec, part) if isinstance(part, dict) else None
            if union is None:
                continue
            key, members = union
            rest = parts[:index] + parts[index + 1 :]
            del schema["allOf"]
            schema[key] = [
                member if member.get("type") == "null" else {"allOf": [copy.deepcopy(member), *copy.deepcopy(rest)]}
                for member in members
            ]
            return schema
        return None

    return transform_schemas(spec, fix)


_ANNOTATION_KEYS = frozenset({"title", "description", "example", "examples", "nullable"})


def flatten_nested_unions(spec: JSON) -> int:
    """A ``oneOf``/``anyOf`` member that is itself an inline ``oneOf``/``anyOf`` (with nothing but
    annotations beside it) is replaced by its own members; ``nullable: true`` on it moves to the parent.

    Defect: nested unions (e.g. produced when ``allOf`` is distributed over a union member of a union)
    give the generator inline union *components*, whose inline members it processes twice ("duplicate
    models"), and add a useless level to the Python types. Fires once per flattened member.
    """

    def fix(schema: JSON) -> JSON | None:
        changed = 0
        for key in ("oneOf", "anyOf"):
            members = schema.get(key)
            if not isinstance(members, list):
                continue
            flat: list[JSON] = []
            for member in members:
                inner_key = next((k for k in ("oneOf", "anyOf") if isinstance(member, dict) and member.get(k)), None)
                if inner_key is not None and "$ref" not in member and set(member) - {inner_key} <= _ANNOTATION_KEYS:
                    flat.extend(member[inner_key])
                    if member.get("nullable") is True:
                        schema["nullable"] = True
                    changed += 1
                else:
                    flat.append(member)
            schema[key] = flat
        return schema if changed else None

    return transform_schemas(spec, fix)


def array_items(spec: JSON) -> int:
    """``type: array`` without ``items`` gets ``items: {}`` (any value).

    Defect: the generator refuses arrays without ``items`` ("Invalid property in union" when inside a
    union) and drops the schema and everything referencing it (e.g. ticket custom attribute values).
    Fires once per array fixed.
    """

    def fix(schema: JSON) -> JSON | None:
        if schema.get("type") == "array" and "items" not in schema:
            schema["items"] = {}
            return schema
        return None

    return transform_schemas(spec, fix)


def union_sibling_properties(spec: JSON) -> int:
    """A schema with ``oneOf``/``anyOf`` *and* sibling ``properties`` gets those properties merged into
    every variant: each variant ``V`` becomes ``allOf: [V, {type: object, properties, required}]``.

    Defect: the generator builds a union from ``oneOf``/``anyOf`` and ignores sibling ``properties``,
    so fields valid for every variant (e.g. a request body's ``skip_notifications``) disappear from the
    client. Fires once per schema rewritten; ``null`` variants are left alone.
    """

    def fix(schema: JSON) -> JSON | None:
        props = schema.get("properties")
        key = "oneOf" if schema.get("oneOf") else "anyOf" if schema.get("anyOf") else None
        if key is None or not isinstance(props, dict) or not props:
            return None
        extra: JSON = {"type": "object", "properties": schema.pop("properties")}
        if schema.get("required"):
            extra["required"] = schema.pop("required")
        if schema.get("type") == "object":
            del schema["type"]
        schema[key] = [_with_extra(variant, extra) for variant in schema[key]]
        return schema

    return transform_schemas(spec, fix)


def _with_extra(variant: JSON, extra: JSON) -> JSON:
    if variant.get("type") == "null":
        return variant
    wrapper: JSON = {"allOf": [variant, copy.deepcopy(extra)]}
    if isinstance(variant.get("title"), str):
        # Keep the variant's title visible on the wrapper: ``hoist-union-variants`` names models after it.
        wrapper = {"title": variant["title"], **wrapper}
    return wrapper


def _is_object_like(schema: JSON) -> bool:
    return schema.get("type") == "object" or any(k in schema for k in ("properties", "allOf", "anyOf", "oneOf"))


def nullable_components(spec: JSON) -> int:
    """``nullable: true`` on an object-like *component* schema (``type: object``, ``properties`` or a
    combinator) moves to the places that reference it: every ``$ref`` to it in a property or
    ``additionalProperties`` (directly or as a one-member ``allOf``/``anyOf``/``oneOf``) gets
    ``nullable: true`` (a bare ``$ref`` is turned into ``anyOf`` by ``nullable-ref``), and a
    ``oneOf``/``anyOf`` listing it becomes nullable. References used directly as a request or response
    body, a parameter schema, an ``allOf`` part or an array's items stay non-null: a list holds objects,
    not nulls (no recorded list has one: S1's contacts, S2's conversations, S3's records in
    openapi/corrections.yaml), and ``list[Ticket | None]`` made every paginated ticket a ``Ticket | None``.

    Defect: the generator turns a nullable object component into a union ``Model | None`` whose model is
    processed twice, so any inline object inside it is reported as a "duplicate model" and the whole
    schema (and everything referencing it) is dropped; the surviving ones get names like ``VisitorType0``.
    Fires once per component made non-null.
    """
    components = (spec.get("components") or {}).get("schemas") or {}
    targets = {
        f"#/components/schemas/{name}"
        for name, schema in components.items()
        if isinstance(schema, dict) and schema.get("nullable") is True and _is_object_like(schema)
    }
    if not targets:
        return 0
    for name in list(components):
        if f"#/components/schemas/{name}" in targets:
            del components[name]["nullable"]

    def refers_to_target(child: JSON) -> bool:
        if child.get("$ref") in targets:
            return True
        # ``{allOf: [{$ref}]}`` (one member, e.g. to add a description) is the same reference.
        parts = [*(child.get("allOf") or []), *(child.get("anyOf") or []), *(child.get("oneOf") or [])]
        return len(parts) == 1 and isinstance(parts[0], dict) and parts[0].get("$ref") in targets

    def fix(schema: JSON) -> JSON | None:
        props = schema.get("properties")
        children = [*(props.values() if isinstance(props, dict) else [])]
        children += [schema[k] for k in ("additionalProperties",) if isinstance(schema.get(k), dict)]
        for child in children:
            if isinstance(child, dict) and "nullable" not in child and refers_to_target(child):
                child["nullable"] = True
        for key in ("anyOf", "oneOf"):
            members = schema.get(key)
            if isinstance(members, list) and any(isinstance(m, dict) and m.get("$ref") in targets for m in members):
                schema["nullable"] = True
        return None

    transform_schemas(spec, fix)
    return len(targets)


def _slug(text: str) -> str:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    return re.sub(r"[^a-z0-9]+", "_", spaced.lower()).strip("_")


def _variant_slug(variant: JSON, index: int) -> str:
    title = variant.get("title")
    if isinstance(title, str) and _slug(title):
        return _slug(title)
    for part in [variant, *(variant.get("allOf") or [])]:
        ref = part.get("$ref") if isinstance(part, dict) else None
        if isinstance(ref, str) and ref.startswith(COMPONENT_SCHEMA_PREFIX):
            return _slug(ref[len(COMPONENT_SCHEMA_PREFIX) :])
    return f"variant_{index + 1}"


def _owner_name(path: str, method: str, operation: JSON) -> str:
    operation_id = operation.get("operationId")
    base = _slug(operation_id) if isinstance(operation_id, str) and _slug(operation_id) else _slug(f"{method} {path}")
    return f"{base}_request"


def _hoist(components: JSON, owner: str, schema: JSON) -> int:
    fired = 0
    for key in ("oneOf", "anyOf"):
        members = schema.get(key)
        if not isinstance(members, list):
            continue
        used: set[str] = set()
        for index, variant in enumerate(members):
            if not isinstance(variant, dict) or "$ref" in variant or not _is_object_like(variant):
                continue
            base = f"{owner}_{_variant_slug(variant, index)}"
            name, n = base, 2
            while name in components or name in used:
                name, n = f"{base}_{n}", n + 1
            used.add(name)
            components[name] = variant
            members[index] = {"$ref": COMPONENT_SCHEMA_PREFIX + name}
            fired += 1
    return fired


def hoist_union_variants(spec: JSON) -> int:
    """Inline object-like members of a ``oneOf``/``anyOf`` that is the top of a component schema or of
    a request body become component schemas of their own, referenced by ``$ref``. The new name is the
    owner's name (the component key, or ``<operationId>_request`` for a body) plus the member's title,
    else the name of the component it extends, else ``variant_<n>``; a numeric suffix avoids clashes.

    Defect: the generator processes the inline members of a top-level union twice (once when it reads
    the union, once in its model pass), so any inline object or enum inside them is a "duplicate model"
    and the whole schema is dropped; inline request-body unions also get unreadable ``Type0`` names.
    Fires once per hoisted member.
    """
    spec.setdefault("components", {}).setdefault("schemas", {})
    components: JSON = spec["components"]["schemas"]
    fired = 0
    done: set[str] = set()
    while pending := [name for name in components if name not in done]:
        for name in pending:  # hoisted members may be unions with inline members themselves
            done.add(name)
            schema = components[name]
            if isinstance(schema, dict):
                fired += _hoist(components, name, schema)
    for path, method, operation in iter_operations(spec):
        body = resolve(spec, operation.get("requestBody"))
        if not isinstance(body, dict):
            continue
        for media in (body.get("content") or {}).values():
            if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                fired += _hoist(components, _owner_name(path, method, operation), media["schema"])
    return fired


_UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$")


def contradictory_uuid_format(spec: JSON) -> int:
    """``format: uuid`` is dropped from a string schema whose own example is not a UUID or whose
    ``minLength``/``maxLength`` rule out a UUID's 36 characters.

    Defect: Intercom ids are 24-character hex strings; a schema that says both ``uuid`` and
    ``maxLength: 24`` accepts no value at all, and a validating server or mock rejects every request.
    The schema's own constraints and example are the evidence. Fires once per schema changed.
    """
    fired = 0
    for schema in iter_schemas(spec):
        if schema.get("format") != "uuid":
            continue
        example = schema.get("example")
        too_long = isinstance(schema.get("maxLength"), int) and schema["maxLength"] < 32
        too_short = isinstance(schema.get("minLength"), int) and schema["minLength"] > 36
        bad_example = isinstance(example, str) and not _UUID_RE.match(example)
        if too_long or too_short or bad_example:
            del schema["format"]
            fired += 1
    return fired
