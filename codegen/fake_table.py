"""Write the operations table the testing kit answers from: every operation, its method, its success answer.

    python -m codegen.fake_table [--spec PATH] [--out intercom_client/generated/operations_table.py]

One row per operation of the normalised spec: the resource and method name of the clients
(``client.<resource>.<name>``), the HTTP method and path, and the documented success response
(status, content type, body). The body is the spec's first example of that response, *repaired* to fit
the response's schema (Intercom's examples often hold ``null`` where the schema allows none, or miss a
required field: a field that does not fit is dropped when it is optional and rebuilt from its schema
when it is required), or, for an operation without an example, a value built from the schema alone
(its required fields, ``type`` and ``id``, each property's own example when it fits). Every body is
checked against its schema with the OpenAPI 3.0 validator before it is written: the step fails
(``FakeTableError``) when one does not fit, so the table the kit ships only ever answers spec-valid
bodies.

``intercom_client.testing.FakeIntercom`` answers the operations it does not model statefully with
these rows, and starts the objects it does model (a contact, a conversation) from them. The table is
derived from the spec, which is never committed: ``make regenerate`` writes it into the generated
package, and tests/test_generated.py checks that the committed copy is what it writes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from openapi_schema_validator import OAS30ReadValidator, oas30_format_checker

from .fetch import SHARED_SPEC
from .generate.names import names
from .normalize import normalize_file
from .spec import JSON, iter_operations, resolve

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "intercom_client" / "generated" / "operations_table.py"
MAX_DEPTH = 12  # recursive schemas (a conversation part holding a conversation ...) stop here

HEADER = '''"""Every operation of the spec, the clients' method for it and its documented success response.

Written by codegen/fake_table.py (``make regenerate``) from the normalised spec: each body is the
spec's first example of the operation's success response, repaired to fit the response's schema, or
built from the schema when the spec has no example; every one was checked against its schema when
it was written. Read by ``intercom_client.testing`` (the fake answers unmodelled operations with it).
"""

from typing import Final, NamedTuple


class Operation(NamedTuple):
    """One operation: ``client.<resource>.<name>`` sends ``method path`` and is answered ``status``."""

    resource: str
    name: str
    method: str
    path: str
    status: int
    # the media type of the body ("application/json", "text/plain"), None for a response without one
    content_type: str | None
    # the body: JSON text for application/json, the text itself otherwise
    body: str | None


OPERATIONS: Final[tuple[Operation, ...]] = (
'''


class FakeTableError(Exception):
    """A response body could not be made to fit its schema; the message names the operation."""


class _Builder:
    """Repairs examples and builds values for the schemas of one spec."""

    def __init__(self, spec: JSON) -> None:
        self.spec = spec
        self.components = spec.get("components", {})

    def errors(self, schema: Any, value: Any) -> list[str]:
        document = {**schema, "components": self.components} if isinstance(schema, dict) else schema
        validator = OAS30ReadValidator(document, format_checker=oas30_format_checker)
        return [f"{e.json_path}: {e.message:.200}" for e in validator.iter_errors(value)]

    def fits(self, schema: Any, value: Any) -> bool:
        return not self.errors(schema, value)

    def repair(self, schema: Any, value: Any, depth: int = 0) -> tuple[Any, bool]:
        """``value`` changed as little as it takes to fit ``schema``, and whether it now fits."""
        schema = resolve(self.spec, schema)
        if not isinstance(schema, dict) or self.fits(schema, value):
            return value, True
        if depth > MAX_DEPTH:
            return value, False
        for key in ("oneOf", "anyOf"):
            if key in schema:
                for branch in schema[key]:
                    repaired, ok = self.repair(branch, value, depth + 1)
                    if ok and self.fits(schema, repaired):
                        return repaired, True
                built = self.build(schema, depth + 1)
                return built, self.fits(schema, built)
        if "allOf" in schema:
            for branch in schema["allOf"]:
                value, _ = self.repair(branch, value, depth + 1)
            return value, self.fits(schema, value)
        kind = schema.get("type")
        if (kind == "object" or "properties" in schema) and isinstance(value, dict):
            properties = schema.get("properties") or {}
            required = set(schema.get("required") or ())
            out: dict[str, Any] = {}
            for key, item in value.items():
                if key not in properties:
                    if schema.get("additionalProperties") is not False:
                        out[key] = item
                    continue
                repaired, ok = self.repair(properties[key], item, depth + 1)
                if ok:
                    out[key] = repaired
                elif key in required:
                    out[key] = self.build(properties[key], depth + 1)
            for key in sorted(required - set(out)):
                out[key] = self.build(properties.get(key, {}), depth + 1)
            return out, self.fits(schema, out)
        if kind == "array" and isinstance(value, list):
            items = []
            for item in value:
                repaired, ok = self.repair(schema.get("items", {}), item, depth + 1)
                if ok:
                    items.append(repaired)
            return items, self.fits(schema, items)
        built = self.build(schema, depth + 1)
        return built, self.fits(schema, built)

    def build(self, schema: Any, depth: int = 0) -> Any:
        """A value that fits ``schema``: its example when that fits, else its smallest plausible instance."""
        schema = resolve(self.spec, schema)
        if not isinstance(schema, dict):
            return None
        if "example" in schema and self.fits(schema, schema["example"]):
            return schema["example"]
        if schema.get("enum"):
            return schema["enum"][0]
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                return self.build(schema[key][0], depth + 1)
        if schema.get("allOf"):
            merged: dict[str, Any] = {}
            for branch in schema["allOf"]:
                part = self.build(branch, depth + 1)
                if isinstance(part, dict):
                    merged.update(part)
            return merged
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            properties = schema.get("properties") or {}
            wanted = [key for key in properties if key in ("type", "id") or key in (schema.get("required") or ())]
            if depth > MAX_DEPTH:
                return {}
            return {key: self.build(properties[key], depth + 1) for key in wanted}
        if kind == "array":
            count = int(schema.get("minItems", 0))
            return [self.build(schema.get("items", {}), depth + 1) for _ in range(count)]
        if kind == "integer":
            return int(schema.get("minimum", 1))
        if kind == "number":
            return schema.get("minimum", 1)
        if kind == "boolean":
            return False
        if kind == "string":
            return {
                "email": "user@example.com",
                "date-time": "2024-01-01T00:00:00Z",
                "date": "2024-01-01",
                "uri": "https://example.com/",
                "url": "https://example.com/",
                "uuid": "00000000-0000-4000-8000-000000000000",
            }.get(str(schema.get("format")), "example")
        return None


def _first_example(spec: JSON, media: JSON) -> tuple[bool, Any]:
    if "example" in media:
        return True, media["example"]
    for name in sorted(media.get("examples") or {}):
        example = resolve(spec, media["examples"][name])
        if isinstance(example, dict) and "value" in example:
            return True, example["value"]
    return False, None


def _success(operation: JSON) -> str | None:
    statuses = sorted(str(s) for s in (operation.get("responses") or {}) if str(s)[:1] in "23" and str(s).isdigit())
    return statuses[0] if statuses else None


def rows(spec: JSON) -> list[tuple[str, str, str, str, int, str | None, str | None]]:
    """The table's rows, sorted by resource and method name; ``FakeTableError`` when a body cannot fit."""
    builder = _Builder(spec)
    surface = {(entry.method, entry.path): entry for entry in names(spec)}
    out = []
    for path, method, operation in iter_operations(spec):
        entry = surface[(method.upper(), path)]
        status = _success(operation)
        content_type: str | None = None
        body: str | None = None
        if status is not None:
            content = resolve(spec, operation["responses"][status]).get("content") or {}
            media = content.get("application/json")
            if media is not None:
                schema = media.get("schema", {})
                found, example = _first_example(spec, media)
                value, ok = builder.repair(schema, example) if found else (None, False)
                if not ok:
                    value = builder.build(schema)
                problems = builder.errors(schema, value)
                if problems:
                    raise FakeTableError(f"{method.upper()} {path}: no body fits its schema: {problems[:3]}")
                content_type, body = "application/json", json.dumps(value, ensure_ascii=False)
            elif content:
                content_type = sorted(content)[0]
                found, example = _first_example(spec, content[content_type])
                body = str(example) if found and example is not None else "example"
        code = int(status) if status is not None else 200
        out.append((entry.resource, entry.name, method.upper(), path, code, content_type, body))
    return sorted(out)


def render(spec: JSON) -> str:
    lines = [HEADER]
    for row in rows(spec):
        lines.append(f"    Operation{row!r},\n")
    lines.append(")\n")
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.fake_table", description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SHARED_SPEC, help="a local OpenAPI file (YAML or JSON)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    try:
        args.out.write_text(render(normalize_file(args.spec)))
    except FakeTableError as exc:
        print(f"fake_table: {exc}", file=sys.stderr)
        return 1
    print(f"fake_table: wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
