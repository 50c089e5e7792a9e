"""Small helpers for walking an OpenAPI document, shared by the scripts and the tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
FIELD_PREFIX = "field_"  # generator-config.yaml's field_prefix


def iter_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every operation as (path, method, operation), in a stable order."""
    for path, item in sorted(spec.get("paths", {}).items()):
        for method, operation in item.items():
            if method in HTTP_METHODS and isinstance(operation, dict):
                yield path, method, operation


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s until a node that is not a reference."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def python_identifier(name: str) -> str:
    """The generator's snake_case Python name for an operationId, tag or property."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, FIELD_PREFIX))


def operation_name(path: str, method: str, operation: dict[str, Any]) -> str:
    """The operationId, or the name the generator makes up from method and path when there is none."""
    if operation.get("operationId"):
        return str(operation["operationId"])
    return method + "_" + path.replace("{", "").replace("}", "").replace("/", "_").strip("_")


def endpoint_module(operation: dict[str, Any]) -> str:
    """The endpoint module of an operation, relative to the generated package (``api.<tag>.<op>``).

    The normaliser gives every operation an operationId (see operation_name), so one is always there.
    """
    tags = operation.get("tags") or ["default"]
    return f"api.{python_identifier(str(tags[0]))}.{python_identifier(str(operation['operationId']))}"
