"""Summarise what changed between two OpenAPI descriptions, as Markdown for CHANGELOG.md.

    python -m codegen.spec_changes OLD NEW [--heading-level N] [--title TEXT]

OLD and NEW are local files (YAML or JSON), e.g. the spec the SDK was generated from and the one
you are about to regenerate from. Printed: paths added and removed; operations added, removed and
changed (parameters, request body, responses, deprecation, and property/enum changes of inline
schemas); component schemas added and removed; properties added and removed per schema (nested
objects, array items and allOf/oneOf/anyOf members included); enum values added and removed.
Changes to descriptions and examples only are counted, not listed. Exit status 0 either way.

Then the same in Python terms, on the normalised specs the SDK is generated from (``python_changes``):
resource methods added, removed and renamed (``client.contacts.retrieve``), keyword arguments added,
removed or newly required, and model fields added and removed (``Contact.email``). That part reads the
specs, not the package: the release's summary of what changed for users comes from
``codegen.api_changes``, which compares the generated packages themselves (types, required-ness, enum
values, the default version, each change breaking or additive); ``make update-spec`` writes both.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import spec as openapi
from .generate.names import names, python_identifier
from .normalize import normalize

_COMPOSITION = ("allOf", "oneOf", "anyOf")


# -- loading ---------------------------------------------------------------------------------------


def load_spec(path: Path) -> dict[str, Any]:
    """A spec file as a dict (``SpecError`` when it is not an OpenAPI 3.x document: ``spec.load_openapi``)."""
    return openapi.load_openapi(path)


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s; an unresolvable one reads as an empty object."""
    resolved = openapi.resolve(spec, node)
    return {} if resolved is None else resolved


def _ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return None


# -- schema shapes ------------------------------------------------------------------------------


@dataclass
class Shape:
    """What matters about one schema location: its property names and its enum values."""

    properties: set[str] | None = None
    enum: set[str] | None = None


def _enum_value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def schema_shapes(schema: Any, location: str = "") -> dict[str, Shape]:
    """Every location inside ``schema`` (without following ``$ref``) mapped to its Shape.

    Locations: ``a.b`` for property b of property a, ``a[]`` for the items of array a, ``a{}`` for
    additionalProperties. Members of allOf/oneOf/anyOf are merged into the location that holds them.
    """
    shapes: dict[str, Shape] = {}
    _walk(schema, location, shapes, 0)
    return shapes


def _walk(node: Any, location: str, shapes: dict[str, Shape], depth: int) -> None:
    if not isinstance(node, dict) or "$ref" in node or depth > 50:
        return
    shape = shapes.setdefault(location, Shape())
    if isinstance(node.get("properties"), dict):
        shape.properties = (shape.properties or set()) | {str(name) for name in node["properties"]}
        for name, sub in node["properties"].items():
            _walk(sub, f"{location}.{name}" if location else str(name), shapes, depth + 1)
    if isinstance(node.get("enum"), list):
        shape.enum = (shape.enum or set()) | {_enum_value(v) for v in node["enum"]}
    if isinstance(node.get("items"), dict):
        _walk(node["items"], f"{location}[]", shapes, depth + 1)
    if isinstance(node.get("additionalProperties"), dict):
        _walk(node["additionalProperties"], f"{location}{{}}", shapes, depth + 1)
    for key in _COMPOSITION:
        if isinstance(node.get(key), list):
            for member in node[key]:
                _walk(member, location, shapes, depth + 1)


@dataclass
class ShapeChange:
    location: str
    properties_added: list[str] = field(default_factory=list)
    properties_removed: list[str] = field(default_factory=list)
    enum_added: list[str] = field(default_factory=list)
    enum_removed: list[str] = field(default_factory=list)


def diff_shapes(old: dict[str, Shape], new: dict[str, Shape]) -> list[ShapeChange]:
    """Property and enum changes at the locations present in both (a new location is a new property)."""
    changes = []
    for location in sorted(old.keys() & new.keys()):
        before, after = old[location], new[location]
        change = ShapeChange(location)
        if before.properties is not None or after.properties is not None:
            b, a = before.properties or set(), after.properties or set()
            change.properties_added, change.properties_removed = sorted(a - b), sorted(b - a)
        if before.enum is not None and after.enum is not None:
            change.enum_added, change.enum_removed = sorted(after.enum - before.enum), sorted(before.enum - after.enum)
        if change.properties_added or change.properties_removed or change.enum_added or change.enum_removed:
            changes.append(change)
    return changes


# -- operations ---------------------------------------------------------------------------------


def _parameters(spec: dict[str, Any], path: str, operation: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The operation's parameters by ``in:name`` (``?:name`` when the location is missing)."""
    return {f"{p.get('in', '?')}:{p['name']}": p for p in openapi.parameters(spec, path, operation)}


def _json_schema(spec: dict[str, Any], holder: Any) -> tuple[Any, list[str]]:
    """The schema of a request body or response (JSON media type preferred) and its media types."""
    holder = _resolve(spec, holder)
    content = holder.get("content") if isinstance(holder, dict) else None
    if not isinstance(content, dict) or not content:
        return None, []
    media_types = sorted(content)
    preferred = next((m for m in media_types if "json" in m), media_types[0])
    media = content.get(preferred)
    return (media.get("schema") if isinstance(media, dict) else None), media_types


def _schema_changes(old: Any, new: Any, label: str) -> list[str]:
    """How the schema of a body or a parameter changed: another component, or inline changes."""
    old_ref, new_ref = _ref_name(old), _ref_name(new)
    if old_ref or new_ref:
        if old_ref != new_ref:
            return [f"{label} schema `{old_ref or 'inline'}` → `{new_ref or 'inline'}`"]
        return []  # the component's own changes are listed under the schemas
    lines = []
    for change in diff_shapes(schema_shapes(old), schema_shapes(new)):
        where = f"{label} `{change.location}`" if change.location else label
        lines.extend(_shape_change_phrases(where, change))
    return lines


def _shape_change_phrases(where: str, change: ShapeChange) -> list[str]:
    phrases = []
    if change.properties_added:
        phrases.append(f"{where}: properties added {_codes(change.properties_added)}")
    if change.properties_removed:
        phrases.append(f"{where}: properties removed {_codes(change.properties_removed)}")
    if change.enum_added:
        phrases.append(f"{where}: enum values added {_codes(change.enum_added)}")
    if change.enum_removed:
        phrases.append(f"{where}: enum values removed {_codes(change.enum_removed)}")
    return phrases


def operation_changes(
    spec_old: dict[str, Any],
    old: tuple[str, dict[str, Any]],
    spec_new: dict[str, Any],
    new: tuple[str, dict[str, Any]],
) -> list[str]:
    """What changed in one operation (given as its path and operation object) that a caller would notice."""
    (path_old, op_old), (path_new, op_new) = old, new
    lines: list[str] = []
    if op_old.get("operationId") != op_new.get("operationId"):
        lines.append(f"operationId `{op_old.get('operationId')}` → `{op_new.get('operationId')}`")
    if bool(op_old.get("deprecated")) != bool(op_new.get("deprecated")):
        lines.append("now deprecated" if op_new.get("deprecated") else "no longer deprecated")

    params_old, params_new = _parameters(spec_old, path_old, op_old), _parameters(spec_new, path_new, op_new)
    if added := sorted(params_new.keys() - params_old.keys()):
        lines.append(f"parameters added {_codes(added)}")
    if removed := sorted(params_old.keys() - params_new.keys()):
        lines.append(f"parameters removed {_codes(removed)}")
    for key in sorted(params_old.keys() & params_new.keys()):
        before, after = params_old[key], params_new[key]
        if bool(before.get("required")) != bool(after.get("required")):
            lines.append(f"parameter `{key}` now {'required' if after.get('required') else 'optional'}")
        lines.extend(_schema_changes(before.get("schema"), after.get("schema"), f"parameter `{key}`"))

    body_old, body_new = op_old.get("requestBody"), op_new.get("requestBody")
    if body_old is None and body_new is not None:
        lines.append("request body added")
    elif body_old is not None and body_new is None:
        lines.append("request body removed")
    elif body_old is not None and body_new is not None:
        resolved_old, resolved_new = _resolve(spec_old, body_old), _resolve(spec_new, body_new)
        if bool(resolved_old.get("required")) != bool(resolved_new.get("required")):
            lines.append(f"request body now {'required' if resolved_new.get('required') else 'optional'}")
        schema_old, types_old = _json_schema(spec_old, body_old)
        schema_new, types_new = _json_schema(spec_new, body_new)
        if types_old != types_new:
            lines.append(f"request body media types {_codes(types_old)} → {_codes(types_new)}")
        lines.extend(_schema_changes(schema_old, schema_new, "request body"))

    responses_old = {str(k): v for k, v in (op_old.get("responses") or {}).items()}
    responses_new = {str(k): v for k, v in (op_new.get("responses") or {}).items()}
    if added := sorted(responses_new.keys() - responses_old.keys()):
        lines.append(f"responses added {_codes(added)}")
    if removed := sorted(responses_old.keys() - responses_new.keys()):
        lines.append(f"responses removed {_codes(removed)}")
    for status in sorted(responses_old.keys() & responses_new.keys()):
        schema_old, _ = _json_schema(spec_old, responses_old[status])
        schema_new, _ = _json_schema(spec_new, responses_new[status])
        if (schema_old is None) != (schema_new is None):
            lines.append(f"response {status} {'now has' if schema_new is not None else 'no longer has'} a body")
            continue
        lines.extend(_schema_changes(schema_old, schema_new, f"response {status}"))
    return lines


# -- the whole diff ----------------------------------------------------------------------------


@dataclass
class SpecChanges:
    paths_added: list[str] = field(default_factory=list)
    paths_removed: list[str] = field(default_factory=list)
    operations_added: list[tuple[str, str, str]] = field(default_factory=list)  # (METHOD path, operationId, summary)
    operations_removed: list[tuple[str, str, str]] = field(default_factory=list)
    operations_changed: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (METHOD path, id, changes)
    operations_reworded: int = 0  # changed only in descriptions, examples and the like
    schemas_added: list[str] = field(default_factory=list)
    schemas_removed: list[str] = field(default_factory=list)
    schema_changes: list[ShapeChange] = field(default_factory=list)  # location "Schema.prop..."
    operation_counts: tuple[int, int] = (0, 0)
    schema_counts: tuple[int, int] = (0, 0)

    @property
    def empty(self) -> bool:
        return not (
            self.paths_added
            or self.paths_removed
            or self.operations_added
            or self.operations_removed
            or self.operations_changed
            or self.schemas_added
            or self.schemas_removed
            or self.schema_changes
        )


def _op_key(path: str, method: str) -> str:
    return f"{method} {path}"


def _sort_key(key: str) -> tuple[str, int, str]:
    method, path = key.split(" ", 1)
    return (path, openapi.HTTP_METHODS.index(method.lower()) if method.lower() in openapi.HTTP_METHODS else 99, method)


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> SpecChanges:
    changes = SpecChanges()
    paths_old, paths_new = set((old.get("paths") or {}).keys()), set((new.get("paths") or {}).keys())
    changes.paths_added = sorted(map(str, paths_new - paths_old))
    changes.paths_removed = sorted(map(str, paths_old - paths_new))

    ops_old = {_op_key(p, m.upper()): (p, o) for p, m, o in openapi.iter_operations(old)}
    ops_new = {_op_key(p, m.upper()): (p, o) for p, m, o in openapi.iter_operations(new)}
    changes.operation_counts = (len(ops_old), len(ops_new))

    def describe(key: str, operation: dict[str, Any]) -> tuple[str, str, str]:
        return key, str(operation.get("operationId") or ""), " ".join(str(operation.get("summary") or "").split())

    changes.operations_added = [
        describe(k, ops_new[k][1]) for k in sorted(ops_new.keys() - ops_old.keys(), key=_sort_key)
    ]
    changes.operations_removed = [
        describe(k, ops_old[k][1]) for k in sorted(ops_old.keys() - ops_new.keys(), key=_sort_key)
    ]
    for key in sorted(ops_old.keys() & ops_new.keys(), key=_sort_key):
        (path, op_old), (_, op_new) = ops_old[key], ops_new[key]
        path_parameters_old = openapi.path_item(old, path).get("parameters")
        if op_old == op_new and path_parameters_old == openapi.path_item(new, path).get("parameters"):
            continue
        lines = operation_changes(old, ops_old[key], new, ops_new[key])
        if lines:
            changes.operations_changed.append((key, str(op_new.get("operationId") or ""), lines))
        else:
            changes.operations_reworded += 1

    schemas_old = (old.get("components") or {}).get("schemas") or {}
    schemas_new = (new.get("components") or {}).get("schemas") or {}
    changes.schema_counts = (len(schemas_old), len(schemas_new))
    changes.schemas_added = sorted(map(str, schemas_new.keys() - schemas_old.keys()))
    changes.schemas_removed = sorted(map(str, schemas_old.keys() - schemas_new.keys()))
    for name in sorted(map(str, schemas_old.keys() & schemas_new.keys())):
        if schemas_old[name] != schemas_new[name]:
            changes.schema_changes.extend(
                diff_shapes(schema_shapes(schemas_old[name], name), schema_shapes(schemas_new[name], name))
            )
    return changes


# -- in Python terms ------------------------------------------------------------------------------


def _method_parameters(spec: dict[str, Any], path: str, operation: dict[str, Any]) -> dict[str, bool]:
    """The method's arguments (Python names) -> required; ``body`` for a request body."""
    params = {
        python_identifier(str(p.get("name"))): bool(p.get("required"))
        for p in _parameters(spec, path, operation).values()
    }
    body = _resolve(spec, operation.get("requestBody"))
    if isinstance(body, dict) and body.get("content"):
        params["body"] = bool(body.get("required"))
    return params


def python_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What changed for code written against the SDK, as Markdown list items (normalised specs)."""
    from openapi_python_client.strings import ClassName

    def surface(spec: dict[str, Any]) -> dict[tuple[str, str], str]:
        return {(e.method, e.path): f"client.{e.resource}.{e.name}" for e in names(spec)}

    old_names, new_names = surface(old), surface(new)
    lines: list[str] = []
    for key in sorted(new_names.keys() - old_names.keys()):
        lines.append(f"- added `{new_names[key]}()` ({key[0]} `{key[1]}`)")
    for key in sorted(old_names.keys() - new_names.keys()):
        lines.append(f"- **removed** `{old_names[key]}()` ({key[0]} `{key[1]}`)")
    ops_old = {(m.upper(), p): (p, o) for p, m, o in openapi.iter_operations(old)}
    ops_new = {(m.upper(), p): (p, o) for p, m, o in openapi.iter_operations(new)}
    for key in sorted(old_names.keys() & new_names.keys()):
        before, after = old_names[key], new_names[key]
        if before != after:
            lines.append(f"- **renamed** `{before}()` -> `{after}()`")
        params_old = _method_parameters(old, *ops_old[key])
        params_new = _method_parameters(new, *ops_new[key])
        added = sorted(params_new.keys() - params_old.keys())
        removed = sorted(params_old.keys() - params_new.keys())
        now_required = sorted(k for k in params_old.keys() & params_new.keys() if params_new[k] and not params_old[k])
        parts = []
        if added:
            parts.append("new arguments " + _codes(added))
        if removed:
            parts.append("**arguments removed** " + _codes(removed))
        if now_required:
            parts.append("**now required** " + _codes(now_required))
        if parts:
            lines.append(f"- `{after}()`: {'; '.join(parts)}")
    schemas_old = (old.get("components") or {}).get("schemas") or {}
    schemas_new = (new.get("components") or {}).get("schemas") or {}

    def fields(schema: Any, spec: dict[str, Any]) -> set[str]:
        return {python_identifier(str(name)) for name in openapi.object_properties(spec, schema)}

    for name in sorted(map(str, schemas_new.keys() - schemas_old.keys())):
        lines.append(f"- new model `{ClassName(name, 'field_')}`")
    for name in sorted(map(str, schemas_old.keys() - schemas_new.keys())):
        lines.append(f"- **model removed** `{ClassName(name, 'field_')}`")
    for name in sorted(map(str, schemas_old.keys() & schemas_new.keys())):
        before_fields, after_fields = fields(schemas_old[name], old), fields(schemas_new[name], new)
        if before_fields == after_fields:
            continue
        cls = ClassName(name, "field_")
        parts = []
        if after_fields - before_fields:
            parts.append("new fields " + _codes(sorted(f"{cls}.{f}" for f in after_fields - before_fields)))
        if before_fields - after_fields:
            parts.append("**fields removed** " + _codes(sorted(f"{cls}.{f}" for f in before_fields - after_fields)))
        lines.append(f"- `{cls}`: {'; '.join(parts)}")
    return lines


# -- Markdown -----------------------------------------------------------------------------------


def _codes(items: list[str]) -> str:
    return ", ".join(f"`{item}`" for item in items) if items else "none"


def _added_removed(location: str, added: list[str], removed: list[str]) -> str:
    """``- `location`: added `a`; removed `b``` (either part left out when empty)."""
    parts = [f"{verb} {_codes(items)}" for verb, items in (("added", added), ("removed", removed)) if items]
    return f"- `{location}`: {'; '.join(parts)}"


def _operation_line(key: str, operation_id: str, summary: str) -> str:
    line = f"- `{key}`"
    if operation_id:
        line += f" ({operation_id})"
    if summary:
        line += f": {summary}"
    return line


def render_markdown(
    changes: SpecChanges,
    *,
    title: str,
    old_label: str,
    new_label: str,
    level: int = 3,
    python: list[str] | None = None,
) -> str:
    h = "#" * level
    sub = "#" * (level + 1)
    out = [f"{h} {title}", "", f"From {old_label} to {new_label}.", ""]
    (ops_before, ops_after), (schemas_before, schemas_after) = changes.operation_counts, changes.schema_counts
    property_changes = [c for c in changes.schema_changes if c.properties_added or c.properties_removed]
    enum_changes = [c for c in changes.schema_changes if c.enum_added or c.enum_removed]
    out.append(
        f"Operations: {ops_before} → {ops_after} ({len(changes.operations_added)} added, "
        f"{len(changes.operations_removed)} removed, {len(changes.operations_changed)} changed). "
        f"Schemas: {schemas_before} → {schemas_after} ({len(changes.schemas_added)} added, "
        f"{len(changes.schemas_removed)} removed; {len(property_changes)} with properties added or removed, "
        f"{len(enum_changes)} with enum values added or removed)."
    )
    out.append("")
    if changes.empty:
        out += ["No change to paths, operations, schemas, properties or enums.", ""]

    def section(heading: str, lines: list[str]) -> None:
        if lines:
            out.extend([f"{sub} {heading}", "", *lines, ""])

    section("Paths added", [f"- `{p}`" for p in changes.paths_added])
    section("Paths removed", [f"- `{p}`" for p in changes.paths_removed])
    section("Operations added", [_operation_line(*op) for op in changes.operations_added])
    section("Operations removed", [_operation_line(*op) for op in changes.operations_removed])
    changed_lines = []
    for key, operation_id, lines in changes.operations_changed:
        changed_lines.append(_operation_line(key, operation_id, ""))
        changed_lines.extend(f"  - {line}" for line in lines)
    section("Operations changed", changed_lines)
    section("Schemas added", [f"- `{s}`" for s in changes.schemas_added])
    section("Schemas removed", [f"- `{s}`" for s in changes.schemas_removed])
    section(
        "Properties", [_added_removed(c.location, c.properties_added, c.properties_removed) for c in property_changes]
    )
    section("Enum values", [_added_removed(c.location, c.enum_added, c.enum_removed) for c in enum_changes])
    if python is not None:
        section("In Python", python or ["- No change to resource methods, their arguments or model fields."])
    if changes.operations_reworded:
        out += [
            f"{changes.operations_reworded} other operations changed only in descriptions, examples or the like.",
            "",
        ]
    return "\n".join(out).rstrip() + "\n"


def _label(path: Path, spec: dict[str, Any]) -> str:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    version = (spec.get("info") or {}).get("version")
    return f"`{path.name}` ({f'info.version {version}, ' if version else ''}sha256 {digest})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.spec_changes", description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="the spec before (YAML or JSON)")
    parser.add_argument("new", type=Path, help="the spec after (YAML or JSON)")
    parser.add_argument("--heading-level", type=int, default=3, choices=range(1, 6), help="of the title (default 3)")
    parser.add_argument("--title", default="API changes", help="the heading (default: API changes)")
    args = parser.parse_args(argv)
    try:
        old, new = load_spec(args.old), load_spec(args.new)
    except (OSError, ValueError) as exc:  # SpecError is a ValueError
        print(f"spec_changes: {exc}", file=sys.stderr)
        return 2
    changes = diff_specs(old, new)
    python = python_changes(normalize(old)[0], normalize(new)[0])
    sys.stdout.write(
        render_markdown(
            changes,
            title=args.title,
            old_label=_label(args.old, old),
            new_label=_label(args.new, new),
            level=args.heading_level,
            python=python,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
