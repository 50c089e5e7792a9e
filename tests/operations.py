"""The generated operations as the tests reach them: each is a resource method (``client.<resource>.<name>``).

There is no function per operation beside the methods: a test that needs an operation's request or
its decoding calls the method itself, through a sync client whose transport records the request and
answers what the test gives (:func:`send`). Nothing is sent over a network.
"""

from __future__ import annotations

import functools
import importlib
import re
import typing
from collections.abc import Callable
from typing import Any

import httpx

from codegen.generate.names import names
from intercom_client import Intercom, pagination
from intercom_client.types import Unset

GENERATED = "intercom_client.generated"
TOKEN = "tok_operations_0123456789"


class _Spec:
    """A spec dict, hashable by identity (the tests share one normalised spec per process)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def __hash__(self) -> int:
        return id(self.spec)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Spec) and other.spec is self.spec


@functools.cache
def _surface(spec_id: int, spec: _Spec) -> dict[tuple[str, str], tuple[str, str]]:
    return {(entry.method, entry.path): (entry.resource, entry.name) for entry in names(spec.spec)}


def surface_name(spec: dict[str, Any], method: str, path: str) -> tuple[str, str]:
    """(resource, method name) of the operation ``method path`` of ``spec`` on the client."""
    return _surface(id(spec), _Spec(spec))[(method.upper(), path)]


# -- what the generated package has: tests of one operation or model skip when a spec lacks it ---------


@functools.cache
def generated_from_the_pin() -> bool:
    """Whether the generated package comes from the pinned spec (openapi/source.json's commit)."""
    import json
    from pathlib import Path

    from intercom_client.generated import _spec

    pin = json.loads((Path(__file__).resolve().parents[1] / "openapi" / "source.json").read_text())
    return bool(pin["commit"] == _spec.SPEC_COMMIT)


def absent(what: str) -> typing.NoReturn:
    """Skip the running test because the generated package lacks ``what`` (a spec other than the pin, e.g.
    after ``make regenerate SPEC=older.yaml``), saying so; fail it when the package comes from the pinned
    spec, where nothing the tests name may be missing (so CI, on the pin, never skips such a test)."""
    import pytest

    if generated_from_the_pin():
        pytest.fail(f"{what} is missing from the package generated from the pinned spec")
    pytest.skip(f"{what} is not in the package generated from this spec (not the pinned one)")


def require_model(name: str) -> Any:
    """The model (or type) ``intercom_client.models.<name>``, or :func:`absent` when the spec has none."""
    from intercom_client import models

    try:
        return getattr(models, name)
    except AttributeError:
        absent(f"the model {name}")


def require_field(model: str, field: str) -> None:
    """Return when the model ``intercom_client.models.<model>`` has the field ``field``, else :func:`absent`."""
    found = require_model(model)
    if not any(field in vars(cls).get("__annotations__", {}) for cls in found.__mro__):
        absent(f"the field {field} of the model {model}")


def require_method(resource: str, name: str) -> None:
    """Return when ``client.<resource>.<name>`` exists, else :func:`absent`."""
    try:
        found = hasattr(resource_class(resource), name)
    except ModuleNotFoundError:
        found = False
    if not found:
        absent(f"the method client.{resource}.{name}()")


def path_of(resource: str, name: str) -> str:
    """The path template ``client.<resource>.<name>`` sends (its parameters' names follow the spec:
    ``/contacts/{id}`` on the pin, ``/contacts/{contact_id}`` on 2.15)."""
    from intercom_client.generated.operations_table import OPERATIONS

    [path] = [op.path for op in OPERATIONS if (op.resource, op.name) == (resource, name)]
    return path


def resource_class(resource: str, *, is_async: bool = False) -> type[Any]:
    """The generated resource class of ``client.<resource>`` (sync by default)."""
    module = importlib.import_module(f"{GENERATED}.api.{resource}")
    sync_name = min(module.__all__, key=len)  # XResource; AsyncXResource is the async one
    async_name = "Async" + sync_name
    return typing.cast(type[Any], getattr(module, async_name if is_async else sync_name))


def method_of(resource: str, name: str, *, is_async: bool = False) -> Callable[..., Any]:
    """The unbound resource method ``client.<resource>.<name>``."""
    return typing.cast(Callable[..., Any], getattr(resource_class(resource, is_async=is_async), name))


def type_hints(method: Callable[..., Any]) -> dict[str, Any]:
    """``typing.get_type_hints`` of a resource method, with the names its module imports only for type checking."""
    module = importlib.import_module(method.__module__)
    namespace = dict(vars(module))
    block = module.__loader__.get_source(module.__name__) or ""  # type: ignore[union-attr]
    for relative, grouped, imported in re.findall(r"^    from \.\.\.(\S+) import (?:\(([^)]*)\)|(.+))$", block, re.M):
        target = importlib.import_module(f"{GENERATED}.{relative}")
        for name in (n.strip() for n in (grouped or imported).split(",") if n.strip()):
            # generated/types.py names the paginators for type checking only
            namespace[name] = getattr(target, name) if hasattr(target, name) else getattr(pagination, name)
    return typing.get_type_hints(method, globalns=namespace)


def send(
    resource: str, name: str, response: httpx.Response | None = None, /, **arguments: Any
) -> tuple[Any, httpx.Request]:
    """Call ``client.<resource>.<name>(**arguments)`` on a sync client that answers ``response`` (200, no
    body, by default) without retrying; returns what the call returned and the request it sent.

    A paginated method returns its paginator: its first page is fetched, and returned.
    """
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return response if response is not None else httpx.Response(200)

    with Intercom(token=TOKEN, max_retries=0, transport=httpx.MockTransport(answer)) as client:
        result = getattr(getattr(client, resource), name)(**arguments)
        first_page = getattr(result, "first_page", None)
        if callable(first_page):
            result = first_page()
    return result, sent[0]


def minimal_arguments(resource: str, name: str) -> dict[str, Any]:
    """Arguments a call of ``client.<resource>.<name>`` needs to be sent: ``"x"`` for each required
    argument, and for a required body (one whose annotation has no ``Unset``) its (first) request model
    made from an empty object."""
    import inspect

    method = method_of(resource, name)
    arguments: dict[str, Any] = {}
    for parameter in list(inspect.signature(method).parameters.values())[1:]:
        if parameter.name != "body":
            if parameter.default is inspect.Parameter.empty:
                arguments[parameter.name] = "x"
            continue
        hint = type_hints(method)["body"]
        if Unset in typing.get_args(hint):  # an optional body (a required one may default to its fields)
            continue
        models = [c for c in (typing.get_args(hint) or (hint,)) if hasattr(c, "from_dict")]
        arguments["body"] = models[0].from_dict({})
    return arguments


def request_of(resource: str, name: str, /, **arguments: Any) -> httpx.Request:
    """The request ``client.<resource>.<name>(**arguments)`` sends (answered with a 418, whose error is dropped)."""
    from intercom_client import APIStatusError

    try:
        _, request = send(resource, name, httpx.Response(418), **arguments)
    except APIStatusError as exc:
        assert exc.request is not None
        return exc.request
    return request


def responses_of(resource: str, name: str, /, **arguments: Any) -> Any:
    """The response table ``client.<resource>.<name>(**arguments)`` hands the runtime (``{200: Contact.from_dict}``).

    Nothing is sent: the method runs on a resource whose runtime entries return the table. Decode a
    response as the call would with ``intercom_client._responses.decode(response, table, strict)``.
    """
    instance = resource_class(resource)(client=None)
    instance._request = lambda request, responses, options: responses
    instance._paginate = lambda rule, request, responses, *rest: responses
    return getattr(instance, name)(**arguments)
