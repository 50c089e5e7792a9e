"""Contract test: every operation of the spec, called through the resource surface, is accepted by the Prism mock.

For each operation the arguments come from the normalised spec alone: path parameters and required
query/header parameters from their examples (or synthesised from their schemas), and a request body
from the spec's examples when one conforms to the body schema, else synthesised from that schema
(required properties, first enum value, formats, minItems ...). The body is built as the generated
model (``Model.from_dict(json)``) and passed as ``body=``, so the SDK's own serialisation is what
Prism validates. Each operation is called as its resource method, ``client.<resource>.<method>(...)``
(named by codegen/generate/names.py): through ``with_raw_response`` for status and headers, and, for a
paginated method, by awaiting its paginator for the first page. An operation passes when Prism answers 2xx (no validation error) and the answer
parses into the operation's typed model.

All operations run concurrently (under a semaphore) once per module; one test asserts the total and
one test per operation reports its own outcome.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import enum
import importlib
import inspect
import re
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from uuid import UUID

import pytest
from dateutil.parser import isoparse

from intercom_client import APIStatusError, AsyncIntercom, ResponseDecodingError

from .conftest import SUMMARY_LINES, spec_path
from .spec_examples import GENERATED, endpoint_module, iter_operations, json_examples, load_normalised, resolve

CONCURRENCY = 16
CALL_TIMEOUT = 60.0
MAX_DEPTH = 12
SPEC: dict[str, Any] = load_normalised(spec_path()) if spec_path().is_file() else {}
OPERATIONS: list[tuple[str, str, dict[str, Any]]] = list(iter_operations(SPEC))


def python_identifier(name: str) -> str:
    from codegen.generate.names import python_identifier as identifier

    return identifier(name)


def _label(path: str, method: str) -> str:
    return f"{method.upper()} {path}"


# -- which generated function --------------------------------------------------------------------


def module_name(path: str, method: str, operation: dict[str, Any]) -> str:
    """The endpoint module, also for operations without an operationId (named like the generator does)."""
    if "operationId" in operation:
        return f"{GENERATED}.{endpoint_module(operation)}"
    tag = str((operation.get("tags") or ["default"])[0])
    # openapi-python-client's generate_operation_id: "{method}_{path without braces, / as _}".
    name = python_identifier(f"{method}_{path.replace('{', '').replace('}', '').replace('/', '_').strip('_')}")
    return f"{GENERATED}.api.{python_identifier(tag)}.{name}"


# -- a small JSON Schema (OpenAPI 3.0 dialect) checker ---------------------------------------------

_FORMAT_CHECKS: dict[str, Callable[[str], bool]] = {
    "date-time": lambda v: bool(re.fullmatch(r"\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)", v)),
    "date": lambda v: bool(re.fullmatch(r"\d{4}-\d\d-\d\d", v)),
    "email": lambda v: bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", v)),
    "uuid": lambda v: bool(re.fullmatch(r"[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}", v)),
    "uri": lambda v: bool(re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", v)),
}


def _type_ok(value: Any, expected: str) -> bool:
    match expected:
        case "object":
            return isinstance(value, dict)
        case "array":
            return isinstance(value, list)
        case "string":
            return isinstance(value, str)
        case "boolean":
            return isinstance(value, bool)
        case "integer":
            if isinstance(value, float):
                return value.is_integer()
            return isinstance(value, int) and not isinstance(value, bool)
        case "number":
            return isinstance(value, (int, float)) and not isinstance(value, bool)
        case "null":
            return value is None
    return True


def schema_errors(value: Any, schema: Any, where: str = "$", depth: int = 0) -> list[str]:
    """Why ``value`` does not conform to ``schema`` (empty when it does), roughly as Prism's validator sees it."""
    schema = resolve(SPEC, schema)
    if not isinstance(schema, dict) or depth > 40:
        return []
    if value is None:
        if schema.get("nullable") or schema.get("type") == "null" or "null" in (schema.get("enum") or []):
            return []
        if not any(key in schema for key in ("type", "properties", "enum", "items", "allOf", "oneOf", "anyOf")):
            return []
    errors: list[str] = []
    for part in schema.get("allOf") or []:
        errors += schema_errors(value, part, where, depth + 1)
    for keyword in ("oneOf", "anyOf"):
        variants = schema.get(keyword)
        if variants:
            matching = sum(not schema_errors(value, variant, where, depth + 1) for variant in variants)
            if matching == 0 or (keyword == "oneOf" and matching > 1):
                errors.append(f"{where}: matches {matching} of the {len(variants)} {keyword} variants")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{where}: {value!r} is not one of {schema['enum']}")
    expected = schema.get("type")
    if isinstance(expected, str) and not _type_ok(value, expected):
        return [*errors, f"{where}: expected {expected}, got {type(value).__name__}"]
    if isinstance(value, dict):
        properties = schema.get("properties") or {}
        errors += [f"{where}: missing required {name!r}" for name in schema.get("required") or [] if name not in value]
        for name, item in value.items():
            if name in properties:
                errors += schema_errors(item, properties[name], f"{where}.{name}", depth + 1)
            elif schema.get("additionalProperties") is False:
                errors.append(f"{where}: unexpected property {name!r}")
            elif isinstance(schema.get("additionalProperties"), dict):
                errors += schema_errors(item, schema["additionalProperties"], f"{where}.{name}", depth + 1)
    elif isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{where}: fewer than {schema['minItems']} items")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            errors.append(f"{where}: more than {schema['maxItems']} items")
        if "items" in schema:
            for index, item in enumerate(value):
                errors += schema_errors(item, schema["items"], f"{where}[{index}]", depth + 1)
    elif isinstance(value, str):
        if len(value) < schema.get("minLength", 0) or len(value) > schema.get("maxLength", len(value)):
            errors.append(f"{where}: length {len(value)} outside the allowed range")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{where}: does not match {schema['pattern']!r}")
        check = _FORMAT_CHECKS.get(str(schema.get("format")))
        if check is not None and not check(value):
            errors.append(f"{where}: not a valid {schema['format']}")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{where}: below the minimum {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{where}: above the maximum {schema['maximum']}")
    return errors


# -- synthesising values from schemas -------------------------------------------------------------

_FORMAT_VALUES = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "email": "jane.doe@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
    "binary": "[]",
    "byte": base64.b64encode(b"example").decode(),
}


def merge_all_of(schema: dict[str, Any]) -> dict[str, Any]:
    """One schema equivalent (for synthesis) to ``schema`` and its ``allOf`` parts, recursively merged."""
    merged: dict[str, Any] = {}
    for part in [*(resolve(SPEC, part) for part in schema.get("allOf") or []), schema]:
        if not isinstance(part, dict):
            continue
        if part is not schema and "allOf" in part:
            part = merge_all_of(part)
        for key, value in part.items():
            if key == "allOf":
                continue
            if key == "properties":
                properties = merged.setdefault("properties", {})
                for name, item in value.items():
                    properties[name] = {"allOf": [properties[name], item]} if name in properties else item
            elif key == "required":
                merged["required"] = list(dict.fromkeys([*merged.get("required", []), *value]))
            elif key == "enum" and "enum" in merged:
                merged["enum"] = [item for item in merged["enum"] if item in value]
            else:
                merged.setdefault(key, value)
    return merged


def synthesise(schema: Any, depth: int = 0, *, optional: bool = False) -> Any:
    """A value that conforms to ``schema``: its example when that conforms, else built from the schema.

    Objects get their required properties (all of their properties with ``optional=True``).
    """
    schema = resolve(SPEC, schema)
    if not isinstance(schema, dict) or depth > MAX_DEPTH:
        return None
    if "allOf" in schema:
        schema = merge_all_of(schema)
    for key in ("example", "default"):
        if key in schema and not schema_errors(schema[key], schema):
            return schema[key]
    if schema.get("enum"):
        return next((value for value in schema["enum"] if value is not None), schema["enum"][0])
    for keyword in ("oneOf", "anyOf"):
        if schema.get(keyword):
            # The first variant whose value matches as the union demands (oneOf: that variant only).
            candidates = [
                synthesise(variant, depth + 1, optional=with_optional)
                for with_optional in (False, True)
                for variant in schema[keyword]
            ]
            return next((value for value in candidates if not schema_errors(value, schema)), candidates[0])
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if kind == "object":
        properties = schema.get("properties") or {}
        names = list(properties) if optional else schema.get("required") or []
        return {name: synthesise(properties.get(name, {}), depth + 1) for name in names}
    if kind == "array":
        count = max(schema.get("minItems", 0), 1)
        return [synthesise(schema.get("items", {}), depth + 1) for _ in range(count)]
    if kind == "string":
        value = _FORMAT_VALUES.get(str(schema.get("format")), "example")
        return value.ljust(schema.get("minLength", 0), "x")
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return schema.get("minimum", 1.5)
    if kind == "boolean":
        return True
    return None


def parameter_value(parameter: dict[str, Any]) -> Any:
    """An example of the parameter (its own, then its schema's), else one synthesised from its schema."""
    schema = parameter.get("schema") or {}
    candidates: list[Any] = []
    if "example" in parameter:
        candidates.append(parameter["example"])
    for example in (parameter.get("examples") or {}).values():
        example = resolve(SPEC, example)
        if isinstance(example, dict) and "value" in example:
            candidates.append(example["value"])
    for candidate in candidates:
        if candidate is not None and not schema_errors(candidate, schema):
            return candidate
    return synthesise(schema)


def request_body(operation: dict[str, Any]) -> tuple[Any, str] | None:
    """(JSON value, where it came from) for the operation's request body, or None when it has none."""
    body = resolve(SPEC, operation.get("requestBody") or {})
    content = body.get("content") or {}
    media_type = next((m for m in ("application/json", "multipart/form-data") if m in content), None)
    if media_type is None:
        return None
    media = content[media_type]
    schema = media.get("schema") or {}
    rejected: list[str] = []
    for name, value in json_examples(SPEC, media):
        errors = schema_errors(value, schema)
        if not errors:
            return value, f"example {name!r}"
        rejected.append(f"example {name!r}: {errors[0]}")
    value = synthesise(schema)
    errors = schema_errors(value, schema)
    source = "synthesised" + (f" (the spec's examples do not conform: {'; '.join(rejected)})" if rejected else "")
    if errors:
        source += f"; no conforming body could be synthesised: {'; '.join(errors[:3])}"
    return value, source


# -- turning JSON values into the generated function's argument types ----------------------------


def _members(annotation: Any) -> list[Any]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [
            member
            for member in typing.get_args(annotation)
            if member is not type(None) and getattr(member, "__name__", "") != "Unset"
        ]
    return [annotation]


def convert(value: Any, annotation: Any) -> Any:
    """``value`` (JSON) as an instance of ``annotation``: models via from_dict, enums, dates, lists."""
    candidates = _members(annotation)
    failures: list[str] = []
    for target in candidates:
        try:
            converted = _convert_one(value, target)
        except Exception as exc:  # try the next member of the union
            failures.append(f"{getattr(target, '__name__', target)}: {exc}")
            continue
        # A union of models: prefer the member that serialises back to the same JSON.
        if len(candidates) == 1 or not hasattr(converted, "to_dict") or converted.to_dict() == value:
            return converted
        failures.append(f"{getattr(target, '__name__', target)}: does not round-trip")
    for target in candidates:  # none round-trips exactly: take the first that decodes
        try:
            return _convert_one(value, target)
        except Exception:
            continue
    raise TypeError(f"cannot build {annotation} from {value!r:.200}: {'; '.join(failures)}")


def _convert_one(value: Any, target: Any) -> Any:
    origin = typing.get_origin(target)
    if origin is list:
        (item_type,) = typing.get_args(target) or (Any,)
        if not isinstance(value, list):
            raise TypeError("not a list")
        return [convert(item, item_type) for item in value]
    if origin is dict or target is dict:
        if not isinstance(value, dict):
            raise TypeError("not an object")
        return value
    if target is Any:
        return value
    if origin is typing.Literal:
        if value not in typing.get_args(target):
            raise TypeError(f"{value!r} is not one of {typing.get_args(target)}")
        return value
    if inspect.isclass(target):
        if hasattr(target, "from_dict"):
            return target.from_dict(value)
        if issubclass(target, enum.Enum):
            return target(value)
        if target is bool:
            if not isinstance(value, bool):
                raise TypeError("not a boolean")
            return value
        if target is datetime:
            return isoparse(value)
        if target is date:
            return isoparse(value).date()
        if target is UUID:
            return UUID(str(value))
        if target in (str, int, float):
            if isinstance(value, (dict, list)) or value is None:
                raise TypeError(f"not a {target.__name__}")
            return target(value)
    raise TypeError(f"unsupported annotation {target!r}")


# -- one operation -----------------------------------------------------------------------------


@dataclasses.dataclass
class Outcome:
    label: str
    accepted: bool
    reason: str = ""
    body_source: str = ""


def parameters_of(path: str, operation: dict[str, Any]) -> list[dict[str, Any]]:
    """The operation's parameters, with those declared on its path item (the operation's win)."""
    from codegen.spec import parameters

    return parameters(SPEC, path, operation)


SURFACE: dict[tuple[str, str], tuple[str, str]] = {}


def surface_name(path: str, method: str) -> tuple[str, str]:
    """(resource, method name) of an operation on the client."""
    if not SURFACE:
        from codegen.generate.names import names

        SURFACE.update({(entry.method, entry.path): (entry.resource, entry.name) for entry in names(SPEC)})
    return SURFACE[(method.upper(), path)]


def build_call(path: str, method: str, operation: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """(the keyword arguments of the operation, where the body came from).

    The types to build the arguments as come from the endpoint function under the resource method.
    """
    module = importlib.import_module(module_name(path, method, operation))
    function = module.asyncio_detailed
    hints = typing.get_type_hints(function)
    signature = inspect.signature(function)
    kwargs: dict[str, Any] = {}
    for parameter in parameters_of(path, operation):
        location, name = parameter.get("in"), str(parameter.get("name"))
        if location == "header" and name.lower() == "intercom-version":
            continue  # the client sends its version header on every request
        if location != "path" and not parameter.get("required"):
            continue
        argument = python_identifier(name)
        if argument not in signature.parameters:
            raise TypeError(f"the generated function has no argument {argument!r} for {location} parameter {name!r}")
        kwargs[argument] = convert(parameter_value(parameter), hints[argument])
    body_source = ""
    body = request_body(operation)
    if body is not None:
        if "body" not in signature.parameters:
            raise TypeError("the generated function takes no body")
        value, body_source = body
        kwargs["body"] = convert(value, hints["body"])
    return kwargs, body_source


@dataclasses.dataclass
class Answer:
    status_code: int
    headers: Any
    content: bytes
    parsed: Any


async def call_surface(client: AsyncIntercom, path: str, method: str, kwargs: dict[str, Any]) -> Answer:
    """Call the operation as ``client.<resource>.<method>(...)``; path parameters go positionally."""
    resource_name, method_name = surface_name(path, method)
    resource = getattr(client, resource_name)
    path_names = [python_identifier(name) for name in re.findall(r"{([^}]+)}", path)]
    args = [kwargs.pop(name) for name in path_names if name in kwargs]
    raw = getattr(resource.with_raw_response, method_name, None)
    if raw is not None:
        result = await raw(*args, **kwargs)
        response = result.http_response
    else:  # a paginated method: awaiting its paginator gives the first page
        result = await getattr(resource, method_name)(*args, **kwargs)
        response = result.http_response
    return Answer(response.status_code, response.headers, response.content, result.parsed)


def _response_media(operation: dict[str, Any], status: int) -> dict[str, Any] | None:
    response = resolve(SPEC, (operation.get("responses") or {}).get(str(status)) or {})
    return (response.get("content") or {}).get("application/json")


def _prism_reason(error: APIStatusError) -> str:
    body = error.body
    if isinstance(body, dict) and isinstance(body.get("validation"), list):
        details = "; ".join(
            f"{'.'.join(str(part) for part in item.get('location', []))}: {item.get('message')}"
            for item in body["validation"]
            if isinstance(item, dict)
        )
        return f"{error.status_code} {details}"
    if isinstance(body, dict) and body.get("detail"):
        return f"{error.status_code} {body.get('title')}: {body['detail']}"
    return str(error)


async def call_operation(
    client: AsyncIntercom, path: str, method: str, operation: dict[str, Any], semaphore: asyncio.Semaphore
) -> Outcome:
    label = _label(path, method)
    try:
        kwargs, body_source = build_call(path, method, operation)
    except Exception as exc:
        return Outcome(label, False, f"cannot build the call: {type(exc).__name__}: {exc}")
    try:
        async with semaphore:
            response = await asyncio.wait_for(call_surface(client, path, method, kwargs), CALL_TIMEOUT)
    except APIStatusError as exc:
        return Outcome(label, False, _prism_reason(exc), body_source)
    except ResponseDecodingError as exc:
        return Outcome(label, False, f"the 2xx answer did not parse: {exc}", body_source)
    except Exception as exc:
        return Outcome(label, False, f"{type(exc).__name__}: {exc}", body_source)
    status = int(response.status_code)
    if 300 <= status < 400 and str(status) in operation.get("responses", {}):
        # A documented redirect (GET /calls/{id}/recording): the SDK returns where it points.
        if isinstance(response.parsed, str) and response.parsed == response.headers.get("location"):
            return Outcome(label, True, "", body_source)
        return Outcome(label, False, f"documented {status} did not give its Location", body_source)
    if not 200 <= status < 300:
        return Outcome(label, False, f"status {status}", body_source)
    media = _response_media(operation, status)
    if media is not None:
        schema = resolve(SPEC, media.get("schema") or {})
        if response.parsed is None and response.content.strip() not in (b"", b"null"):
            return Outcome(label, False, f"{status} answer parsed to None", body_source)
        is_object = schema.get("type") == "object" or "properties" in schema or "allOf" in schema
        if is_object and not hasattr(response.parsed, "to_dict"):
            return Outcome(label, False, f"{status} parsed to {type(response.parsed).__name__}, not a model")
    return Outcome(label, True, "", body_source)


async def run_contract(base_url: str) -> dict[str, Outcome]:
    semaphore = asyncio.Semaphore(CONCURRENCY)
    async with AsyncIntercom(token="test-token", base_url=base_url, max_retries=0) as client:
        outcomes = await asyncio.gather(
            *(call_operation(client, path, method, operation, semaphore) for path, method, operation in OPERATIONS)
        )
    return {outcome.label: outcome for outcome in outcomes}


# -- tests -------------------------------------------------------------------------------------

needs_spec = pytest.mark.skipif(not SPEC, reason=f"the Intercom spec is not available at {spec_path()}")


@pytest.fixture(scope="module")
def contract(mock_url: str) -> dict[str, Outcome]:
    outcomes = asyncio.run(run_contract(mock_url))
    accepted = sum(outcome.accepted for outcome in outcomes.values())
    SUMMARY_LINES.append(f"contract: {accepted}/{len(outcomes)} operations accepted")
    return outcomes


@needs_spec
def test_every_operation_is_accepted_by_the_mock(contract: dict[str, Outcome]) -> None:
    assert len(contract) == len(OPERATIONS)
    failures = [outcome for outcome in contract.values() if not outcome.accepted]
    report = "\n".join(f"  {outcome.label}: {outcome.reason}" for outcome in failures)
    accepted = len(contract) - len(failures)
    assert not failures, f"contract: {accepted}/{len(contract)} operations accepted; failing:\n{report}"


@needs_spec
@pytest.mark.parametrize("label", [_label(path, method) for path, method, _ in OPERATIONS])
def test_operation(contract: dict[str, Outcome], label: str) -> None:
    outcome = contract[label]
    assert outcome.accepted, f"{label} ({outcome.body_source or 'no body'}): {outcome.reason}"
