"""The pinned spec, normalised as the generator sees it, its JSON examples, and the one schema validator.

Schemas are OpenAPI 3.0 schemas (``nullable``, ``readOnly`` ...), so values are checked with
``openapi-schema-validator``'s OAS 3.0 validator (built on ``jsonschema``), formats included, as the
Prism mock checks requests: a request body with the write-context rules, a response with the read ones.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator, oas30_format_checker

from codegen.normalize import normalize
from codegen.spec import iter_operations, parse_spec, resolve

GENERATED = "intercom_client.generated"

RUN_FOLDER_ENV = "INTERCOM_TESTS_RUN_FOLDER"
"""A folder the processes of one test run share (conftest.py makes it; pytest-xdist workers inherit it)."""


def load_normalised(path: Path) -> dict[str, Any]:
    """The spec at ``path``, normalised (do not mutate it: every test of the process gets the same dict)."""
    return normalised_with_counts(path)[0]


@functools.cache
def normalised_with_counts(path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    """The spec at ``path`` normalised, and how many times each rule fired: computed once per test run.

    Parsing and normalising the pinned spec costs about 2 s of CPU, and every pytest-xdist worker needs
    it (the contract and generated-code tests list its operations while they are collected). The first
    process to ask computes it and leaves it as JSON in the run's shared folder (``$INTERCOM_TESTS_RUN_FOLDER``),
    named by the spec's sha256; the others wait for that file and read it. Every process gets the
    JSON-decoded copy, so all of them see the same values whichever computed it. Without the folder
    (a module imported outside pytest) each process computes its own.
    """
    data = Path(path).read_bytes()
    folder = os.environ.get(RUN_FOLDER_ENV)
    if not folder:
        text = _normalise_to_json(data, path)
    else:
        target = Path(folder) / f"normalised-{hashlib.sha256(data).hexdigest()}.json"
        with open(target.with_suffix(".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
            if not target.is_file():
                partial = target.with_suffix(".partial")
                partial.write_text(_normalise_to_json(data, path), encoding="utf-8")
                os.replace(partial, target)
        text = target.read_text(encoding="utf-8")
    spec, counts = json.loads(text)
    return spec, counts


def _normalise_to_json(data: bytes, path: Path) -> str:
    return json.dumps(normalize(parse_spec(data, str(path))))


def schema_errors(spec: dict[str, Any], schema: Any, value: Any, *, request: bool = True) -> list[str]:
    """Why ``value`` does not conform to ``schema`` (empty when it does); ``$ref`` points into ``spec``.

    ``request`` picks the write context (a request body: no readOnly properties) or the read context
    (a response: no writeOnly ones). Each message names where in the value the problem is.
    """
    validator_class = OAS30WriteValidator if request else OAS30ReadValidator
    document = {**schema, "components": spec.get("components", {})} if isinstance(schema, dict) else schema
    validator = validator_class(document, format_checker=oas30_format_checker)
    errors = sorted(validator.iter_errors(value), key=lambda error: list(error.absolute_path))
    return [f"{error.json_path}: {error.message:.300}" for error in errors]


def conforms(spec: dict[str, Any], schema: dict[str, Any], value: Any) -> bool:
    """Whether the request body ``value`` is valid against ``schema`` (refs into ``spec``)."""
    return not schema_errors(spec, schema, value)


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
