"""The pinned spec, normalised as the generator sees it, and its JSON examples."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from codegen.generate.names import endpoint_module
from codegen.normalize import normalize_file
from codegen.spec import iter_operations, resolve

ROOT = Path(__file__).resolve().parent.parent

GENERATED = "intercom_client.generated"


@functools.cache
def load_normalised(path: Path) -> dict[str, Any]:
    return normalize_file(path)


def module_of(operation: dict[str, Any]) -> ModuleType:
    return importlib.import_module(f"{GENERATED}.{endpoint_module(operation)}")


def conforms(spec: dict[str, Any], schema: dict[str, Any], value: Any) -> bool:
    """Whether ``value`` is valid against ``schema`` (JSON Schema draft 7, refs into ``spec``)."""
    import jsonschema

    document = {**schema, "components": spec.get("components", {})}
    return jsonschema.Draft7Validator(document).is_valid(value)


def json_examples(spec: dict[str, Any], media: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(name, value) of every example of a JSON media object."""
    if "example" in media:
        yield "example", media["example"]
    for name, example in sorted((media.get("examples") or {}).items()):
        example = resolve(spec, example)
        if isinstance(example, dict) and "value" in example:
            yield name, example["value"]


def response_examples(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], int, str, Any]]:
    """(operation label, operation, status, example name, JSON value) for every JSON response example."""
    for path, method, operation in iter_operations(spec):
        for status, response in sorted((operation.get("responses") or {}).items()):
            if not str(status).isdigit():
                continue
            response = resolve(spec, response)
            media = (response.get("content") or {}).get("application/json")
            if not media:
                continue
            for name, value in json_examples(spec, media):
                yield f"{method.upper()} {path}", operation, int(status), name, value


def request_examples(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], str, Any, bool]]:
    """(operation label, operation, example name, JSON value, whether it conforms to the body schema)
    for every JSON request-body example."""
    for path, method, operation in iter_operations(spec):
        body = resolve(spec, operation.get("requestBody") or {})
        media = (body.get("content") or {}).get("application/json")
        if media:
            for name, value in json_examples(spec, media):
                valid = conforms(spec, media.get("schema", {}), value)
                yield f"{method.upper()} {path}", operation, name, value, valid
