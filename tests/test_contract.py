"""Contract test: every operation of the spec, called through the resource surface, is accepted by the Prism mock.

For each operation the arguments come from the normalised spec alone: path parameters and required
query/header parameters from their examples (or synthesised from their schemas), and a request body
from the spec's examples when one conforms to the body schema, else synthesised from that schema by
hypothesis-jsonschema (deterministic: hypothesis's first, simplest draw; required properties only).
"Conforms" is decided by one validator, openapi-schema-validator's OAS 3.0 one (tests/spec_examples.py).
The body is built as the generated model (``Model.from_dict(json)``) and passed as ``body=``, so the
SDK's own serialisation is what is checked. Each operation is called as its resource method,
``client.<resource>.<method>(...)`` (named by codegen/generate/names.py): through ``with_raw_response``
for status and headers, and, for a paginated method, by awaiting its paginator for the first page.

An operation passes when the JSON body the SDK sent conforms to the spec (checked here, on the request
the SDK put on the wire), Prism answers 2xx (its own validation of the request found nothing), and the
answer parses into the operation's typed model.

All operations run concurrently (under a semaphore) once per module; one test asserts the total and
one test per operation reports its own outcome.
"""

from __future__ import annotations

import asyncio
import base64
import contextvars
import dataclasses
import enum
import functools
import inspect
import json
import re
import types
import typing
import warnings
from datetime import date, datetime
from typing import Any
from uuid import UUID

import httpx
import pytest
from dateutil.parser import isoparse
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from codegen.generate.names import names, python_identifier
from codegen.spec import example_values, parameters
from intercom_client import DEFAULT_API_VERSION, APIStatusError, AsyncIntercom, ResponseDecodingError

from .conftest import SPEC_MISSING, SUMMARY_LINES, needs_spec, spec_path
from .operations import method_of, type_hints
from .spec_examples import iter_operations, json_examples, load_normalised, resolve
from .spec_examples import schema_errors as spec_schema_errors

CONCURRENCY = 16
CALL_TIMEOUT = 60.0
SPEC: dict[str, Any] = load_normalised(spec_path()) if SPEC_MISSING is None else {}
OPERATIONS: list[tuple[str, str, dict[str, Any]]] = list(iter_operations(SPEC))


def _label(path: str, method: str) -> str:
    return f"{method.upper()} {path}"


# -- request values: the spec's examples, else synthesised from the schema --------------------------

# String formats of the spec that hypothesis-jsonschema does not know (OpenAPI's own and Intercom's).
EXTRA_FORMATS = {
    "binary": st.just("[]"),
    "byte": st.just(base64.b64encode(b"example").decode()),
    "timestamp": st.just("1700000000"),
    "float": st.just("1.5"),
    "int64": st.just("1"),
}
SYNTHESIS_SETTINGS = settings(
    max_examples=1,
    derandomize=True,  # the same value on every run: no flaky contract
    database=None,
    phases=[Phase.generate],  # hypothesis's first example, the simplest it draws; no shrinking needed
    suppress_health_check=list(HealthCheck),
    deadline=None,
)


def narrowed(schema: Any) -> Any:
    """``schema`` narrowed for synthesis; every value of the narrowed schema is valid against the original.

    A string with no length, enum, format or pattern is non-empty: the spec leaves most identifiers
    unconstrained, but an empty path segment or query value is not a request anyone sends (Prism reads
    it as a missing parameter). A schema with properties but no type is an object (JSON Schema would
    let null through, which no generated model takes).
    """
    if isinstance(schema, list):
        return [narrowed(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: narrowed(value) for key, value in schema.items()}
    if schema.get("type") == "string" and not {"minLength", "enum", "format", "pattern"} & schema.keys():
        result["minLength"] = 1
    if "properties" in schema and "type" not in schema:
        result["type"] = "object"
    return result


@functools.cache
def synthesis_components() -> dict[str, Any]:
    """The spec's components narrowed by :func:`narrowed` (once per process)."""
    return narrowed(SPEC.get("components", {}))  # type: ignore[no-any-return]


def referenced_components(schema: Any) -> dict[str, Any]:
    """The part of :func:`synthesis_components` that ``schema`` reaches through ``$ref``s, transitively.

    hypothesis-jsonschema copies and resolves every definition of the document it is given: handing it
    the few schemas a body uses, rather than all of the spec's components, makes synthesis ~20x faster.
    """
    components = synthesis_components()
    reached: dict[str, dict[str, Any]] = {}
    pending = [schema]
    while pending:
        node = pending.pop()
        if isinstance(node, list):
            pending.extend(node)
        elif isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                section, name = ref.removeprefix("#/components/").split("/", 1)
                if name not in reached.setdefault(section, {}):
                    reached[section][name] = components[section][name]
                    pending.append(components[section][name])
            pending.extend(value for key, value in node.items() if key != "$ref")
    return reached


def synthesise(schema: Any) -> Any:
    """The simplest value hypothesis-jsonschema draws for an OpenAPI ``schema`` (deterministic).

    Required properties only, one-character strings and zeros where the schema allows them.
    ``nullable`` is ignored (never drawing null is still valid), so the JSON Schema draft it reads is a
    narrowing of the OpenAPI dialect the validator checks.
    """
    document = {**narrowed(schema), "components": referenced_components(schema)} if isinstance(schema, dict) else {}
    drawn: list[Any] = []

    @SYNTHESIS_SETTINGS
    @given(from_schema(document, custom_formats=EXTRA_FORMATS))
    def draw(value: Any) -> None:
        drawn.append(value)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # hypothesis-jsonschema's notes on keywords it cannot use
        draw()
    return drawn[0]


def schema_errors(value: Any, schema: Any) -> list[str]:
    """Why a request value does not conform to ``schema`` (the OAS 3.0 validator of spec_examples)."""
    return spec_schema_errors(SPEC, schema, value)


def parameter_value(parameter: dict[str, Any]) -> Any:
    """An example of the parameter (its own, then its schema's), else one synthesised from its schema."""
    schema = parameter.get("schema") or {}
    for candidate in example_values(SPEC, parameter):
        if candidate is not None and not schema_errors(candidate, schema):
            return candidate
    return synthesise(schema)


def body_media(operation: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """(media type, media object) of the operation's JSON or multipart request body, or None."""
    content = resolve(SPEC, operation.get("requestBody") or {}).get("content") or {}
    media_type = next((m for m in ("application/json", "multipart/form-data") if m in content), None)
    return None if media_type is None else (media_type, content[media_type])


def request_body(operation: dict[str, Any]) -> tuple[Any, str] | None:
    """(JSON value, where it came from) for the operation's request body, or None when it has none."""
    found = body_media(operation)
    if found is None:
        return None
    _, media = found
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


def sent_body_errors(operation: dict[str, Any], request: httpx.Request) -> list[str]:
    """Why the JSON body the SDK sent violates the operation's body schema (empty when it conforms)."""
    found = body_media(operation)
    if found is None or found[0] != "application/json" or not request.content:
        return []
    try:
        sent = json.loads(request.content)
    except ValueError as exc:
        return [f"the body is not JSON: {exc}"]
    return schema_errors(sent, found[1].get("schema") or {})


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


SURFACE: dict[tuple[str, str], tuple[str, str]] = {}


def surface_name(path: str, method: str) -> tuple[str, str]:
    """(resource, method name) of an operation on the client."""
    if not SURFACE:
        SURFACE.update({(entry.method, entry.path): (entry.resource, entry.name) for entry in names(SPEC)})
    return SURFACE[(method.upper(), path)]


def build_call(path: str, method: str, operation: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """(the keyword arguments of the operation, where the body came from).

    The types to build the arguments as come from the resource method's annotations.
    """
    function = method_of(*surface_name(path, method), is_async=True)
    hints = type_hints(function)
    signature = inspect.signature(function)
    kwargs: dict[str, Any] = {}
    for parameter in parameters(SPEC, path, operation):  # path-level ones merged in
        location, name = parameter.get("in"), str(parameter.get("name"))
        if location == "header" and name.lower() == "intercom-version":
            if parameter.get("required"):  # some specs (2026-01-27's custom channel events) require it of the method
                kwargs[python_identifier(name)] = DEFAULT_API_VERSION
            continue  # else the client sends its version header on every request
        if location != "path" and not parameter.get("required"):
            continue
        argument = python_identifier(name)
        if argument not in signature.parameters:
            raise TypeError(f"the resource method has no argument {argument!r} for {location} parameter {name!r}")
        kwargs[argument] = convert(parameter_value(parameter), hints[argument])
    body_source = ""
    body = request_body(operation)
    if body is not None:
        if "body" not in signature.parameters:
            raise TypeError("the resource method takes no body")
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


SENT: contextvars.ContextVar[list[httpx.Request]] = contextvars.ContextVar("SENT")
"""The requests one call_operation put on the wire (each operation runs in its own task, its own list)."""


class RecordingTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport, noting each request in the calling task's :data:`SENT` list first."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        sent = SENT.get(None)
        if sent is not None:
            sent.append(request)
        return await super().handle_async_request(request)


async def call_operation(
    client: AsyncIntercom,
    path: str,
    method: str,
    operation: dict[str, Any],
    semaphore: asyncio.Semaphore,
    *,
    body: Any = None,
) -> Outcome:
    """Call one operation and judge it; ``body`` (JSON) replaces the body built from the spec."""
    label = _label(path, method)
    try:
        kwargs, body_source = build_call(path, method, operation)
    except Exception as exc:
        return Outcome(label, False, f"cannot build the call: {type(exc).__name__}: {exc}")
    if body is not None:
        kwargs["body"], body_source = body, "given by the caller"
    sent: list[httpx.Request] = []
    SENT.set(sent)
    outcome = await _answer_outcome(client, path, method, operation, semaphore, kwargs, body_source)
    violations = [error for request in sent for error in sent_body_errors(operation, request)]
    if violations:
        reason = f"the SDK sent a body that violates the spec: {'; '.join(violations[:3])}"
        return Outcome(label, False, f"{reason}; the mock answered {outcome.reason or 'as documented'}", body_source)
    return outcome


async def _answer_outcome(
    client: AsyncIntercom,
    path: str,
    method: str,
    operation: dict[str, Any],
    semaphore: asyncio.Semaphore,
    kwargs: dict[str, Any],
    body_source: str,
) -> Outcome:
    """The outcome as the mock's answer decides it (status, parsing into the typed model)."""
    label = _label(path, method)
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


def contract_client(base_url: str) -> AsyncIntercom:
    """The client the contract calls through: no retries, every request recorded for the body check."""
    return AsyncIntercom(token="test-token", base_url=base_url, max_retries=0, transport=RecordingTransport())


async def run_contract(base_url: str) -> dict[str, Outcome]:
    semaphore = asyncio.Semaphore(CONCURRENCY)
    async with contract_client(base_url) as client:
        outcomes = await asyncio.gather(
            *(call_operation(client, path, method, operation, semaphore) for path, method, operation in OPERATIONS)
        )
    return {outcome.label: outcome for outcome in outcomes}


# -- tests -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def contract(mock_url: str) -> dict[str, Outcome]:
    outcomes = asyncio.run(run_contract(mock_url))
    accepted = sum(outcome.accepted for outcome in outcomes.values())
    synthesised = sum("synthesised" in outcome.body_source for outcome in outcomes.values())
    SUMMARY_LINES.append(
        f"contract: {accepted}/{len(outcomes)} operations accepted "
        f"({synthesised} request bodies synthesised from their schema, the others the spec's examples)"
    )
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


# -- the checks themselves reject what violates the spec ----------------------------------------

# A body of POST /tags that the SDK sends as given (a dict) but the spec forbids: the name is a number.
WRONG_TAG_BODY = {"name": 5}


@needs_spec
def test_the_validator_rejects_a_body_that_violates_the_spec() -> None:
    schema = resolve(SPEC, SPEC["paths"]["/tags"]["post"]["requestBody"])["content"]["application/json"]["schema"]
    assert schema_errors({"name": "test"}, schema) == []
    errors = schema_errors({"test": "invalid"}, schema)  # the spec's own "invalid_parameters" example
    assert errors and errors[0].startswith("$: ")
    assert schema_errors(WRONG_TAG_BODY, schema), "a wrong type in a property must be found"


@needs_spec
def test_synthesis_is_deterministic_and_conforms() -> None:
    schema = resolve(SPEC, SPEC["paths"]["/tickets"]["post"]["requestBody"])["content"]["application/json"]["schema"]
    first, second = synthesise(schema), synthesise(schema)
    assert first == second
    assert isinstance(first, dict) and {"ticket_type_id", "contacts"} <= first.keys()
    assert schema_errors(first, schema) == []


@needs_spec
def test_the_contract_fails_an_operation_whose_sent_body_violates_the_spec(mock_url: str) -> None:
    async def send_wrong_body() -> Outcome:
        async with contract_client(mock_url) as client:
            operation = SPEC["paths"]["/tags"]["post"]
            return await call_operation(client, "/tags", "post", operation, asyncio.Semaphore(1), body=WRONG_TAG_BODY)

    outcome = asyncio.run(send_wrong_body())
    assert not outcome.accepted
    assert outcome.reason.startswith("the SDK sent a body that violates the spec: $: "), outcome.reason
    # Prism refuses it too: an invalid request gets the operation's documented 400 (else its own 422).
    assert re.search(r"; the mock answered 4\d\d ", outcome.reason), outcome.reason
