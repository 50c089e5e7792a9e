"""Which operation a request is: the spec's method and path templates, matched segment by segment.

Built once from the generated operations table (``generated/operations_table.py``, written by
``codegen/fake_table.py`` from the spec): a path matches a template with the same number of segments
whose literal segments are equal; when several match (``/contacts/search`` and ``/contacts/{id}``),
the one with more literal segments wins, as a router that lists specific routes first does.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from urllib.parse import unquote

from ..generated.operations_table import OPERATIONS, Operation

__all__ = ["Route", "match", "operation_named", "operations"]


@dataclass(frozen=True, slots=True)
class Route:
    """One operation and its path template split into segments (``None`` where a parameter goes)."""

    operation: Operation
    segments: tuple[str | None, ...]
    names: tuple[str, ...]

    @property
    def key(self) -> str:
        """``"<resource>.<method>"``: how tests name the operation (``fail_next("contacts.retrieve")``)."""
        return f"{self.operation.resource}.{self.operation.name}"


def _route(operation: Operation) -> Route:
    segments: list[str | None] = []
    names: list[str] = []
    for part in operation.path.strip("/").split("/"):
        if part.startswith("{") and part.endswith("}"):
            segments.append(None)
            names.append(part[1:-1])
        else:
            segments.append(part)
    return Route(operation, tuple(segments), tuple(names))


@functools.cache
def _table() -> dict[tuple[str, int], list[Route]]:
    table: dict[tuple[str, int], list[Route]] = {}
    for operation in OPERATIONS:
        route = _route(operation)
        table.setdefault((operation.method, len(route.segments)), []).append(route)
    for routes in table.values():
        routes.sort(key=lambda r: -sum(s is not None for s in r.segments))
    return table


@functools.cache
def operations() -> dict[str, Operation]:
    """Every operation by its ``"<resource>.<method>"`` key."""
    return {f"{op.resource}.{op.name}": op for op in OPERATIONS}


def operation_named(key: str) -> Operation | None:
    """The operation ``"<resource>.<method>"`` names, or None."""
    return operations().get(key)


def match(method: str, path: str) -> tuple[Route, dict[str, str]] | None:
    """The route of ``method path`` and its path parameters (percent-decoded), or None."""
    raw = path.strip("/").split("/")
    for route in _table().get((method.upper(), len(raw)), ()):
        params: dict[str, str] = {}
        names = iter(route.names)
        for literal, given in zip(route.segments, raw, strict=True):
            if literal is None:
                params[next(names)] = unquote(given)
            elif literal != given:
                break
        else:
            return route, params
    return None
