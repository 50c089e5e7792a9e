"""Reading an OpenAPI document: the one place every step of the pipeline (and the tests) gets it from.

    spec = load_spec(Path("intercom.yaml"))            # YAML or JSON
    for path, method, operation in iter_operations(spec):
        for parameter in parameters(spec, path, operation):   # path-level ones merged in, $refs followed
            ...

Nothing here knows about Intercom: it is OpenAPI 3.0 structure only. ``SpecError`` (a ``ValueError``)
names the file and, for YAML, the line of what could not be read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import yaml

__all__ = [
    "HTTP_METHODS",
    "JSON",
    "Operation",
    "SpecError",
    "check_openapi",
    "dump_spec",
    "example_values",
    "iter_operations",
    "load_openapi",
    "load_spec",
    "object_properties",
    "parameters",
    "parse_spec",
    "path_item",
    "resolve",
]

JSON = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_OPENAPI_3 = re.compile(r"3\.\d+(\.\d+)?")
_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SpecError(ValueError):
    """A document that cannot be read as YAML or JSON; the message names it (and the line, for YAML)."""


class _Dumper(yaml.SafeDumper):  # type: ignore[misc]
    """The pure-Python safe dumper (same bytes with or without libyaml), never writing anchors."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


# -- reading and writing ---------------------------------------------------------------------------


def parse_spec(data: bytes | str, origin: str = "<spec>") -> Any:
    """Parse the text of a YAML or JSON document (a JSON one is read as JSON: faster, and exact).

    Raises ``SpecError`` naming ``origin`` when it is neither.
    """
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    except UnicodeDecodeError as exc:
        raise SpecError(f"{origin}: not UTF-8 text") from exc
    if text.lstrip().startswith("{"):
        try:
            return json.loads(text)
        except ValueError:
            pass  # YAML flow style starts with "{" too
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark is not None else ""
        raise SpecError(f"{origin}: invalid YAML/JSON{line}") from exc


def load_spec(path: Path) -> Any:
    """Read and parse a YAML or JSON file (``OSError`` when it cannot be read, ``SpecError`` when parsed)."""
    path = Path(path)
    return parse_spec(path.read_bytes(), str(path))


def check_openapi(document: Any, origin: str) -> JSON:
    """``document`` itself if it is an OpenAPI 3.x description with a ``paths`` mapping; otherwise
    ``SpecError`` naming ``origin`` and what is wrong (the one check every step uses)."""
    if not isinstance(document, dict):
        raise SpecError(f"{origin} is not an OpenAPI document: the top level is not a mapping")
    version = document.get("openapi")
    if not (isinstance(version, str) and _OPENAPI_3.fullmatch(version.strip())):
        found = f"'openapi: {version}'" if version is not None else "no 'openapi' key"
        raise SpecError(f"{origin} is not an OpenAPI 3.x document ({found})")
    if not isinstance(document.get("paths"), dict):
        raise SpecError(f"{origin} is not an OpenAPI document: no 'paths' mapping")
    return document


def load_openapi(path: Path) -> JSON:
    """``load_spec`` then ``check_openapi``: a file that must be an OpenAPI 3.x description."""
    path = Path(path)
    return check_openapi(load_spec(path), str(path))


def dump_spec(spec: Any, path: Path) -> None:
    """Write ``spec`` as JSON (``.json``) or YAML (anything else); key order is kept as it is in ``spec``,
    so the same input always gives byte-identical output."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".json":
        text = json.dumps(spec, indent=2, ensure_ascii=False) + "\n"
    else:
        text = yaml.dump(spec, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)
    path.write_text(text, encoding="utf-8")


# -- references and operations ---------------------------------------------------------------------


def resolve(spec: JSON, obj: Any) -> Any:
    """Follow a local ``$ref`` (repeatedly) and return the target; non-references are returned unchanged,
    a remote one as it is, and one that points nowhere as ``None``."""
    seen: set[str] = set()
    while isinstance(obj, dict) and isinstance(obj.get("$ref"), str) and obj["$ref"] not in seen:
        ref = obj["$ref"]
        seen.add(ref)
        if not ref.startswith("#/"):
            return obj
        target: Any = spec
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                return None
            target = target[part]
        obj = target
    return obj


_SCALAR_TYPES = ("string", "integer", "number", "boolean")


def _is_object_member(schema: Any) -> bool:
    """Whether a (resolved) union member can be the object: not ``null`` (``type: null`` or
    ``enum: [null]``) and not a scalar (e.g. a link string beside a cursor object)."""
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    return kind != "null" and schema.get("enum") != [None] and kind not in _SCALAR_TYPES


def object_properties(spec: JSON, schema: Any, _depth: int = 0) -> dict[str, Any]:
    """The properties of an object schema (name -> the property's schema, as written), looking through
    ``$ref``s, ``allOf`` (merged in order) and an ``anyOf``/``oneOf`` with one object member (its ``null``
    and scalar alternatives aside). Empty for anything else, and past ten levels of nesting."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or _depth > 10:
        return {}
    props: dict[str, Any] = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        props.update(object_properties(spec, part, _depth + 1))
    for key in ("anyOf", "oneOf"):
        members = [m for m in (resolve(spec, m) for m in schema.get(key) or []) if _is_object_member(m)]
        if len(members) == 1:
            props.update(object_properties(spec, members[0], _depth + 1))
    return props


def example_values(spec: JSON, holder: JSON) -> list[Any]:
    """The example values of a media type or parameter object: its ``example``, then each of its
    ``examples`` (``$ref``s followed) that has a ``value``, in document order."""
    values = [holder["example"]] if "example" in holder else []
    for example in (holder.get("examples") or {}).values():
        example = resolve(spec, example)
        if isinstance(example, dict) and "value" in example:
            values.append(example["value"])
    return values


class Operation(NamedTuple):
    """One operation: its path, its HTTP method (lower case) and the operation object itself."""

    path: str
    method: str
    operation: JSON


def iter_operations(spec: JSON) -> Iterator[Operation]:
    """Every operation of the document, in document order (paths, then methods in ``HTTP_METHODS`` order)."""
    for path, path_item in (spec.get("paths") or {}).items():
        if not isinstance(path_item, dict):
            continue
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if isinstance(operation, dict):
                yield Operation(str(path), method, operation)


def path_item(spec: JSON, path: str) -> JSON:
    """The path item object of ``path`` (empty when there is none)."""
    item = (spec.get("paths") or {}).get(path)
    return item if isinstance(item, dict) else {}


def parameters(spec: JSON, path: str, operation: JSON) -> list[JSON]:
    """The parameters that apply to an operation, ``$ref``s followed: the path item's, then the operation's,
    one per (location, name), the operation's winning (OpenAPI's rule). A parameter without a name is
    left out; one without a location is kept (keyed by its name alone)."""
    merged: dict[tuple[str, str], JSON] = {}
    for raw in [*(path_item(spec, path).get("parameters") or []), *(operation.get("parameters") or [])]:
        parameter = resolve(spec, raw)
        if isinstance(parameter, dict) and "name" in parameter:
            merged[(str(parameter.get("in", "")), str(parameter["name"]))] = parameter
    return list(merged.values())
