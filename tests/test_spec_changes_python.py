"""codegen/spec_changes.py in Python terms: methods added, removed, renamed; arguments; model fields."""

from __future__ import annotations

from typing import Any

from codegen.spec_changes import python_changes


def _spec(tag: str, get_params: list[dict[str, Any]], tag_props: dict[str, Any], extra_paths: bool) -> dict[str, Any]:
    paths: dict[str, Any] = {
        "/tags/{id}": {
            "get": {
                "operationId": "findTag",
                "tags": [tag],
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                    *get_params,
                ],
                "responses": {"200": {"description": "OK"}},
            }
        }
    }
    if extra_paths:
        paths["/tags"] = {
            "post": {"operationId": "createTag", "tags": [tag], "responses": {"200": {"description": "OK"}}}
        }
    return {
        "openapi": "3.0.1",
        "info": {"version": "X"},
        "paths": paths,
        "components": {"schemas": {"tag": {"type": "object", "properties": tag_props}}},
    }


def test_python_changes_name_what_breaks_user_code() -> None:
    old = _spec("Tags", [], {"id": {"type": "string"}, "name": {"type": "string"}}, extra_paths=True)
    expand = {"name": "expand", "in": "query", "required": True, "schema": {"type": "string"}}
    new = _spec("Labels", [expand], {"id": {"type": "string"}, "applied_at": {"type": "integer"}}, extra_paths=False)
    lines = python_changes(old, new)
    assert "- **renamed** `client.tags.retrieve()` -> `client.labels.retrieve_tag()`" in lines
    assert "- **removed** `client.tags.create()` (POST `/tags`)" in lines
    assert "- `client.labels.retrieve_tag()`: new arguments `expand`" in lines
    assert "- `Tag`: new fields `Tag.applied_at`; **fields removed** `Tag.name`" in lines
    assert python_changes(old, old) == []
