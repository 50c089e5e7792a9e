"""Rules that keep the generator's class names unique."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..spec import JSON, iter_operations
from .walk import COMPONENT_SCHEMA_PREFIX


def class_key(name: str) -> str:
    """How the generator's PascalCase class names compare: case and separators do not count."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _snake(name: str) -> str:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^a-z0-9]+", "_", spaced.lower()).strip("_")


@dataclass
class _Named:
    key: str
    snake: str
    kind: str  # "component", "model" or "enum"
    schema: JSON
    holder: JSON | list[JSON] | None  # the dict/list holding ``schema`` (None for components)
    slot: str | int | None
    values: frozenset[str] | None = None


def _is_union(schema: JSON) -> bool:
    return bool(schema.get("oneOf") or schema.get("anyOf"))


def _is_model(schema: JSON) -> bool:
    return (
        schema.get("type") == "object"
        or bool(schema.get("allOf"))
        or ("type" not in schema and isinstance(schema.get("properties"), dict))
    )


def _enum_values(schema: JSON) -> frozenset[str]:
    return frozenset(repr(v) for v in schema.get("enum") or [] if v is not None)


def _collect(
    schema: JSON,
    key: str,
    snake: str,
    holder: JSON | list[JSON] | None,
    slot: str | int | None,
    out: list[_Named],
    inline: bool,
) -> None:
    """Mirror openapi-python-client 0.29's naming of the classes a schema creates (titles are gone)."""
    if "$ref" in schema:
        return
    combined = [*(schema.get("allOf") or []), *(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]
    if len(combined) == 1 and isinstance(combined[0], dict) and "$ref" in combined[0]:
        return  # the generator treats a combinator of one $ref as that reference: no class of its own
    if schema.get("enum"):
        out.append(_Named(key, snake, "enum" if inline else "component", schema, holder, slot, _enum_values(schema)))
        return
    if _is_union(schema):
        # The generator numbers anyOf members first, then oneOf members, in one sequence.
        slots = [(owner, i) for k in ("anyOf", "oneOf") for owner in [schema.get(k) or []] for i in range(len(owner))]
        for index, (owner, i) in enumerate(slots):
            member = owner[i]
            if isinstance(member, dict):
                _collect(member, f"{key}type{index}", f"{snake}_type_{index}", owner, i, out, True)
        return
    if schema.get("type") == "array":
        items = schema.get("items")
        if isinstance(items, dict):
            _collect(items, f"{key}item", f"{snake}_item", schema, "items", out, True)
        return
    if not _is_model(schema):
        return
    out.append(_Named(key, snake, "model" if inline else "component", schema, holder, slot))
    parts = [schema, *[p for p in schema.get("allOf") or [] if isinstance(p, dict) and "$ref" not in p]]
    for part in parts:
        for prop_name, prop in (part.get("properties") or {}).items():
            if isinstance(prop, dict):
                _collect(
                    prop,
                    key + class_key(prop_name),
                    f"{snake}_{_snake(prop_name)}",
                    part["properties"],
                    prop_name,
                    out,
                    True,
                )
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and extra:
        _collect(
            extra, f"{key}additionalproperty", f"{snake}_additional_property", schema, "additionalProperties", out, True
        )


def _all_named(spec: JSON) -> list[_Named]:
    out: list[_Named] = []
    for name, schema in ((spec.get("components") or {}).get("schemas") or {}).items():
        if isinstance(schema, dict):
            _collect(schema, class_key(name), _snake(name), None, None, out, False)
    for path, method, operation in iter_operations(spec):
        op_id = operation.get("operationId")
        base = _snake(op_id) if isinstance(op_id, str) else _snake(f"{method}_{path}")
        for param in operation.get("parameters") or []:
            if isinstance(param, dict) and isinstance(param.get("schema"), dict) and isinstance(param.get("name"), str):
                _collect(
                    param["schema"],
                    class_key(base + param["name"]),
                    f"{base}_{_snake(param['name'])}",
                    param,
                    "schema",
                    out,
                    True,
                )
        body = operation.get("requestBody")
        if isinstance(body, dict):
            for media in (body.get("content") or {}).values():
                if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                    _collect(media["schema"], class_key(base + "body"), f"{base}_body", media, "schema", out, True)
        for code, response in (operation.get("responses") or {}).items():
            if not isinstance(response, dict):
                continue
            for media in (response.get("content") or {}).values():
                if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                    _collect(
                        media["schema"],
                        class_key(f"{base}response{code}"),
                        f"{base}_response_{code}",
                        media,
                        "schema",
                        out,
                        True,
                    )
    return out


def disambiguate_class_names(spec: JSON) -> int:
    """An inline object or enum whose generated class name (parent class name + property name, e.g.
    ``Ticket`` + ``type``) equals the class name of a component schema (``ticket_type``) or of an
    earlier inline class is moved into a new component schema named ``<would-be name>_enum`` (or
    ``_model``), with a numeric suffix if that is taken too, and referenced from where it was.

    Defect: the generator then reports "Found conflicting enums named TicketType" (or duplicate models)
    and drops the parent schema with every response using it. Two inline enums with equal values share
    one class without trouble and are left alone. Fires once per hoisted schema.
    """
    components = spec.setdefault("components", {}).setdefault("schemas", {})
    fired = 0
    for _round in range(20):
        named = _all_named(spec)
        taken = {class_key(name) for name in components}
        first: dict[str, _Named] = {}
        moves: list[_Named] = []
        for item in named:
            earlier = first.get(item.key)
            if earlier is None:
                first[item.key] = item
                continue
            if item.kind == "component":
                continue  # two component keys never clash with each other in practice
            if item.kind == "enum" and earlier.kind in ("enum", "component") and earlier.values == item.values:
                continue
            moves.append(item)
        # A component registered later than the inline class still wins its own name.
        for item in named:
            earlier = first.get(item.key)
            if item.kind != "component" or earlier is None or earlier is item or earlier in moves:
                continue
            if earlier.kind == "enum" and earlier.values == item.values:
                continue
            moves.append(earlier)
        if not moves:
            break
        for item in moves:
            suffix = "enum" if item.kind == "enum" else "model"
            base = f"{item.snake}_{suffix}"
            name, n = base, 2
            while class_key(name) in taken or name in components:
                name, n = f"{base}_{n}", n + 1
            taken.add(class_key(name))
            components[name] = item.schema
            assert item.holder is not None and item.slot is not None
            item.holder[item.slot] = {"$ref": COMPONENT_SCHEMA_PREFIX + name}  # type: ignore[index]
            fired += 1
    return fired
