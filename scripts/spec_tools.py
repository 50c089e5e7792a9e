"""Small helpers for walking an OpenAPI document, shared by the scripts and the tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from normalize.walk import iter_operations as _iter_operations_with_items
from normalize.walk import resolve

__all__ = ["endpoint_module", "iter_operations", "python_identifier", "resolve"]

FIELD_PREFIX = "field_"  # generator-config.yaml's field_prefix


def iter_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every operation as (path, method, operation), in document order."""
    for path, method, operation, _ in _iter_operations_with_items(spec):
        yield path, method, operation


def python_identifier(name: str, prefix: str = FIELD_PREFIX) -> str:
    """The generator's snake_case Python name for an operationId, tag, parameter or property."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, prefix))


def endpoint_module(operation: dict[str, Any]) -> str:
    """The endpoint module of an operation, relative to the generated package (``api.<tag>.<op>``).

    The normaliser gives every operation an operationId (rule missing-operation-ids), so one is there.
    """
    tags = operation.get("tags") or ["default"]
    return f"api.{python_identifier(str(tags[0]), 'tag')}.{python_identifier(str(operation['operationId']))}"
