"""Forward compatibility: every response example of the spec, mutated the ways the real API drifts.

For each JSON success example, seeded variants add unknown fields, swap in unknown enum values,
remove optional fields, set fields to null, put wrong-typed values in, and put a value of another
JSON shape (object, array, string) at every depth of the example. In the default mode every
variant must parse and round-trip what it received: no variant loses the whole response. In
strict mode the same variant must raise ResponseDecodingError exactly when the default mode
recorded a decoding issue, and never anything else.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from typing import Any

import httpx

from intercom_client import ResponseDecodingError, decoding_issues
from intercom_client._responses import decode

from .conftest import SPEC_MISSING, SUMMARY_LINES, needs_spec, spec_path
from .operations import minimal_arguments, responses_of, surface_name
from .spec_examples import load_normalised, resolve, response_examples
from .test_generated import _comparable

SPEC = load_normalised(spec_path()) if SPEC_MISSING is None else {}
SEED = 20261124
VARIANTS_PER_KIND = 3


def _response_schema(operation: dict[str, Any], status: int) -> dict[str, Any]:
    response = resolve(
        SPEC,
        operation["responses"][str(status)]
        if str(status) in operation["responses"]
        else operation["responses"][status],
    )
    return resolve(SPEC, response["content"]["application/json"].get("schema", {}))


def _object_schemas(schema: Any) -> list[dict[str, Any]]:
    """The object schemas a (possibly composed) schema may stand for."""
    schema = resolve(SPEC, schema)
    if not isinstance(schema, dict):
        return []
    found = [schema] if "properties" in schema else []
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key, []):
            found.extend(_object_schemas(part))
    return found


def _property_schema(schema: Any, key: str) -> dict[str, Any] | None:
    for candidate in _object_schemas(schema):
        if key in candidate.get("properties", {}):
            return resolve(SPEC, candidate["properties"][key])
    return None


def _items_schema(schema: Any) -> Any:
    schema = resolve(SPEC, schema)
    return resolve(SPEC, schema.get("items", {})) if isinstance(schema, dict) else {}


def _slots(
    value: Any, schema: Any, path: tuple[Any, ...] = ()
) -> Iterator[tuple[tuple[Any, ...], Any, Any, dict[str, Any] | None]]:
    """(path, container, key, schema of that key) of every value in the example."""
    if isinstance(value, dict):
        for key, child in value.items():
            child_schema = _property_schema(schema, key)
            yield (*path, key), value, key, child_schema
            yield from _slots(child, child_schema or {}, (*path, key))
    elif isinstance(value, list):
        item_schema = _items_schema(schema)
        for index, child in enumerate(value):
            yield from _slots(child, item_schema, (*path, index))


def _required(schema: Any) -> set[str]:
    return {name for candidate in _object_schemas(schema) for name in candidate.get("required", [])}


def _wrong_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "not-a-bool"
    if isinstance(value, (int, float)):
        return "not-a-number"
    if isinstance(value, str):
        return 12345
    if isinstance(value, list):
        return {"unexpected": "object"}
    if isinstance(value, dict):
        return ["unexpected", "array"]
    return 0


def variants(example: dict[str, Any], schema: dict[str, Any], rng: random.Random) -> Iterator[tuple[str, Any]]:
    slots = list(_slots(example, schema))
    objects = [example] + [c[k] for _, c, k, _ in slots if isinstance(c[k], dict)]
    for _ in range(VARIANTS_PER_KIND):
        variant = copy.deepcopy(example)
        target = _follow(variant, example, rng.choice(objects))
        target[f"new_field_{rng.randrange(1000)}"] = {"added": "by Intercom later", "n": [1, 2]}
        yield "unknown field", variant
    enum_slots = [s for s in slots if s[3] and "enum" in s[3] and isinstance(s[1][s[2]], str)]
    for path, *_ in rng.sample(enum_slots, min(VARIANTS_PER_KIND, len(enum_slots))):
        yield "unknown enum value", _replaced(example, path, "a_value_added_later")
    optional = [s for s in slots if s[2] not in _required(_parent_schema(s, schema, slots)) and isinstance(s[2], str)]
    for path, *_ in rng.sample(optional, min(VARIANTS_PER_KIND, len(optional))):
        yield "optional field removed", _removed(example, path)
    for path, *_ in rng.sample(slots, min(VARIANTS_PER_KIND, len(slots))):
        yield "field set to null", _replaced(example, path, None)
    for path, container, key, _ in rng.sample(slots, min(VARIANTS_PER_KIND, len(slots))):
        yield "wrong-typed value", _replaced(example, path, _wrong_value(container[key]))
    by_depth: dict[int, list[Any]] = {}
    for slot in slots:
        by_depth.setdefault(len(slot[0]), []).append(slot)
    for depth in sorted(by_depth):
        path, container, key, _ = rng.choice(by_depth[depth])
        yield f"other shape at depth {depth}", _replaced(example, path, _other_shape(container[key]))


def _other_shape(value: Any) -> Any:
    """A value of another JSON shape: what a live API sends where its spec says something else."""
    if isinstance(value, dict):
        return "https://static.intercomassets.com/avatars/1/square_128/a.png"
    if isinstance(value, list):
        return {"type": "list", "data": value}
    return {"type": "unexpected", "value": value}


def _parent_schema(slot: Any, root_schema: Any, slots: list[Any]) -> Any:
    path = slot[0][:-1]
    if not path:
        return root_schema
    for other in slots:
        if other[0] == path:
            return other[3] or {}
    return {}


def _follow(variant: Any, original: Any, target: Any) -> Any:
    """The object in ``variant`` at the place ``target`` has in ``original``."""
    if original is target:
        return variant
    if isinstance(original, dict):
        for key, child in original.items():
            found = _follow(variant[key], child, target)
            if found is not None:
                return found
    if isinstance(original, list):
        for index, child in enumerate(original):
            found = _follow(variant[index], child, target)
            if found is not None:
                return found
    return None


def _replaced(example: Any, path: tuple[Any, ...], value: Any) -> Any:
    variant = copy.deepcopy(example)
    container = variant
    for part in path[:-1]:
        container = container[part]
    container[path[-1]] = value
    return variant


def _removed(example: Any, path: tuple[Any, ...]) -> Any:
    variant = copy.deepcopy(example)
    container = variant
    for part in path[:-1]:
        container = container[part]
    del container[path[-1]]
    return variant


@needs_spec
def test_mutated_response_examples_parse_or_raise_the_typed_error() -> None:
    rng = random.Random(SEED)
    tried = parsed = with_issues = strict_rejected = 0
    failures: list[str] = []
    for label, operation, status, name, example in response_examples(SPEC):
        if not (200 <= status < 300 and isinstance(example, dict)):
            continue
        method, path = label.split(" ", 1)
        resource, name_on_surface = surface_name(SPEC, method, path)
        table = responses_of(resource, name_on_surface, **minimal_arguments(resource, name_on_surface))
        schema = _response_schema(operation, status)
        for kind, variant in variants(example, schema, rng):
            tried += 1
            where = f"{label} {status} {name} [{kind}]"
            try:
                result = decode(httpx.Response(status, json=variant), table, False)
            except Exception as exc:  # the failure this test exists to find: a lost response
                failures.append(f"{where}: {type(exc).__name__}: {exc}")
                continue
            if _comparable(result.to_dict()) != _comparable(variant):
                failures.append(f"{where}: to_dict() lost or changed data")
                continue
            parsed += 1
            issues = decoding_issues(result)
            with_issues += bool(issues)
            try:
                decode(httpx.Response(status, json=variant), table, True)
            except ResponseDecodingError as exc:
                strict_rejected += 1
                assert str(exc).startswith("cannot decode")
                if not issues:
                    failures.append(f"{where}: strict mode raised but the default mode recorded no issue: {exc}")
            except Exception as exc:
                failures.append(f"{where}: strict mode raised {type(exc).__name__}: {exc}")
            else:
                if issues:
                    failures.append(f"{where}: strict mode accepted what the default mode kept as received")
    SUMMARY_LINES.append(
        f"models mutation: {tried} variants tried, {parsed} parsed and round-tripped ({with_issues} with values "
        f"kept as received), {strict_rejected} rejected in strict mode, {len(failures)} failed"
    )
    assert tried > 1000
    assert with_issues > 100  # the shape variants do reach the slow path
    assert failures == [], "\n".join(failures[:30])
