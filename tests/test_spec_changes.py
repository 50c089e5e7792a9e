"""codegen/spec_changes.py and the CHANGELOG's spec-change section.

What changed between two specs, in API terms (paths, operations, schemas, properties, enums: on small
fragments, then between the two shared Preview specs) and in Python terms (methods added, removed or
renamed, new arguments, model fields); the command line; and the CHANGELOG, whose example must be real
output of the script.
"""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import intercom_client
from codegen import spec_changes
from codegen.spec import iter_operations

from .conftest import ROOT, SHARED_OPENAPI

OLD_PREVIEW = SHARED_OPENAPI / "intercom-preview-2026-01-27.yaml"
NEW_PREVIEW = SHARED_OPENAPI / "intercom-preview.yaml"


def _doc(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"openapi": "3.0.1", "info": {"version": "X"}, "paths": paths, "components": {"schemas": schemas or {}}}


def _ok(schema_ref: str | None = None, inline: dict[str, Any] | None = None) -> dict[str, Any]:
    schema = {"$ref": f"#/components/schemas/{schema_ref}"} if schema_ref else inline
    return {"description": "OK", "content": {"application/json": {"schema": schema}}}


OLD_FRAGMENT = _doc(
    {
        "/tags": {
            "get": {"operationId": "listTags", "summary": "List tags", "responses": {"200": _ok("tag_list")}},
            "post": {
                "operationId": "createTag",
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"type": "object", "properties": {"name": {"type": "string"}}}}
                    }
                },
                "responses": {"200": _ok("tag"), "404": _ok("error")},
            },
        },
        "/tags/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {
                "operationId": "findTag",
                "description": "old words",
                "parameters": [{"name": "expand", "in": "query", "schema": {"type": "string", "enum": ["a", "b"]}}],
                "responses": {"200": _ok("tag")},
            },
            "delete": {"operationId": "deleteTag", "responses": {"200": _ok("tag")}},
        },
        "/gone": {"get": {"operationId": "gone", "summary": "Gone  soon", "responses": {"200": _ok("tag")}}},
    },
    {
        "tag": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "colour": {"type": "string", "enum": ["red", "green"]},
                "owner": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}},
            },
        },
        "tag_list": {
            "allOf": [{"$ref": "#/components/schemas/list_base"}, {"properties": {"data": {"type": "array"}}}]
        },
        "list_base": {"type": "object", "properties": {"type": {"type": "string", "enum": ["list"]}}},
        "level": {"type": "string", "enum": ["low", "high", 3]},
        "error": {"type": "object"},
        "old_thing": {"type": "object"},
    },
)

NEW_FRAGMENT = _doc(
    {
        "/tags": {
            "get": {"operationId": "listTags", "summary": "List tags", "responses": {"200": _ok("tag_list")}},
            "post": {
                "operationId": "createTag",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {"name": {"type": "string"}, "colour": {"type": "string"}},
                            }
                        }
                    },
                },
                "responses": {"200": _ok("tag_create_response"), "422": _ok("error")},
            },
        },
        "/tags/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {
                "operationId": "findTag",
                "description": "new words",
                "parameters": [
                    {
                        "name": "expand",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "string", "enum": ["a", "c"]},
                    },
                    {"name": "Intercom-Version", "in": "header", "schema": {"type": "string"}},
                ],
                "responses": {"200": _ok("tag")},
            },
            "delete": {"operationId": "removeTag", "deprecated": True, "responses": {"200": _ok("tag")}},
        },
        "/tags/{id}/children": {"get": {"operationId": "listChildren", "summary": "Children", "responses": {}}},
    },
    {
        "tag": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "colour": {"type": "string", "enum": ["red", "blue"]},
                "owner": {"type": "object", "properties": {"id": {"type": "string"}, "email": {"type": "string"}}},
                "applied_at": {"type": "integer"},
            },
        },
        "tag_list": {
            "allOf": [
                {"$ref": "#/components/schemas/list_base"},
                {"properties": {"data": {"type": "array"}, "pages": {"type": "object"}}},
            ]
        },
        "list_base": {"type": "object", "properties": {"type": {"type": "string", "enum": ["list"]}}},
        "level": {"type": "string", "enum": ["low", "high", 4]},
        "error": {"type": "object"},
        "tag_create_response": {"type": "object"},
    },
)


def test_spec_changes_on_fragments() -> None:
    changes = spec_changes.diff_specs(OLD_FRAGMENT, NEW_FRAGMENT)
    assert changes.paths_added == ["/tags/{id}/children"]
    assert changes.paths_removed == ["/gone"]
    assert changes.operations_added == [("GET /tags/{id}/children", "listChildren", "Children")]
    assert changes.operations_removed == [("GET /gone", "gone", "Gone soon")]
    changed = {key: lines for key, _, lines in changes.operations_changed}
    assert changed == {
        "POST /tags": [
            "request body now required",
            "request body: properties added `colour`",
            "responses added `422`",
            "responses removed `404`",
            "response 200 schema `tag` → `tag_create_response`",
        ],
        "GET /tags/{id}": [
            "parameters added `header:Intercom-Version`",
            "parameter `query:expand` now required",
            "parameter `query:expand`: enum values added `c`",
            "parameter `query:expand`: enum values removed `b`",
        ],
        "DELETE /tags/{id}": ["operationId `deleteTag` → `removeTag`", "now deprecated"],
    }
    assert changes.operations_reworded == 0
    assert changes.schemas_added == ["tag_create_response"]
    assert changes.schemas_removed == ["old_thing"]
    by_location = {c.location: c for c in changes.schema_changes}
    assert sorted(by_location) == ["level", "tag", "tag.colour", "tag.owner", "tag_list"]
    assert by_location["tag"].properties_added == ["applied_at"] and by_location["tag"].properties_removed == []
    assert (by_location["tag.owner"].properties_added, by_location["tag.owner"].properties_removed) == (
        ["email"],
        ["name"],
    )
    assert (by_location["tag.colour"].enum_added, by_location["tag.colour"].enum_removed) == (["blue"], ["green"])
    assert by_location["tag_list"].properties_added == ["pages"]  # through allOf
    assert (by_location["level"].enum_added, by_location["level"].enum_removed) == (["4"], ["3"])


def test_spec_changes_counts_description_only_changes_without_listing_them() -> None:
    new = json.loads(json.dumps(OLD_FRAGMENT))
    new["paths"]["/tags/{id}"]["get"]["description"] = "reworded"
    new["paths"]["/tags"]["get"]["summary"] = "List every tag"
    changes = spec_changes.diff_specs(OLD_FRAGMENT, new)
    assert changes.empty and changes.operations_reworded == 2
    text = spec_changes.render_markdown(changes, title="API changes", old_label="a", new_label="b")
    assert "No change to paths, operations, schemas, properties or enums." in text
    assert "2 other operations changed only in descriptions, examples or the like." in text
    assert spec_changes.diff_specs(OLD_FRAGMENT, OLD_FRAGMENT).operations_reworded == 0


def test_spec_changes_markdown_on_fragments() -> None:
    changes = spec_changes.diff_specs(OLD_FRAGMENT, NEW_FRAGMENT)
    text = spec_changes.render_markdown(changes, title="API changes", old_label="`old`", new_label="`new`", level=2)
    lines = text.splitlines()
    assert lines[0] == "## API changes"
    assert "Operations: 5 → 5 (1 added, 1 removed, 3 changed)." in text
    assert "#### " not in text and "### Operations changed" in text
    for expected in (
        "- `GET /gone` (gone): Gone soon",
        "- `POST /tags` (createTag)",
        "  - response 200 schema `tag` → `tag_create_response`",
        "- `tag.owner`: added `email`; removed `name`",
        "- `tag.colour`: added `blue`; removed `green`",
        "- `old_thing`",
    ):
        assert expected in lines
    assert lines.index("### Paths added") < lines.index("### Operations added") < lines.index("### Enum values")


# -- in Python terms: what breaks user code ---------------------------------------------------


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
    lines = spec_changes.python_changes(old, new)
    assert "- **renamed** `client.tags.retrieve()` -> `client.labels.retrieve_tag()`" in lines
    assert "- **removed** `client.tags.create()` (POST `/tags`)" in lines
    assert "- `client.labels.retrieve_tag()`: new arguments `expand`" in lines
    assert "- `Tag`: new fields `Tag.applied_at`; **fields removed** `Tag.name`" in lines
    assert spec_changes.python_changes(old, old) == []


# -- the command line and the two shared Preview specs ------------------------------------------


def _run_spec_changes(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen.spec_changes", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_spec_changes_command_line(tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.yaml"
    old.write_text(json.dumps(OLD_FRAGMENT), encoding="utf-8")
    new.write_text(json.dumps(NEW_FRAGMENT, indent=1), encoding="utf-8")  # JSON is YAML too
    result = _run_spec_changes(old, new, "--title", "API changes in 0.2.0")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("### API changes in 0.2.0\n\nFrom `old.json` (info.version X, sha256 ")
    assert (
        "- `DELETE /tags/{id}` (removeTag)\n  - operationId `deleteTag` → `removeTag`\n  - now deprecated\n"
        in result.stdout
    )
    result = _run_spec_changes(old, tmp_path / "missing.yaml")
    assert result.returncode == 2 and "missing.yaml" in result.stderr
    (tmp_path / "list.yaml").write_text("- 1\n", encoding="utf-8")
    assert _run_spec_changes(old, tmp_path / "list.yaml").returncode == 2


@functools.cache
def load_spec(path: Path) -> dict[str, Any]:
    """A spec, parsed once per session (each takes seconds)."""
    return spec_changes.load_spec(path)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def preview_specs() -> tuple[dict[str, Any], dict[str, Any]]:
    if not (OLD_PREVIEW.is_file() and NEW_PREVIEW.is_file()):
        pytest.skip(f"the shared Intercom specs are not in {SHARED_OPENAPI}")
    return load_spec(OLD_PREVIEW.resolve()), load_spec(NEW_PREVIEW.resolve())


@pytest.fixture(scope="module")
def preview_summary(preview_specs: tuple[dict[str, Any], dict[str, Any]]) -> str:
    """What ``python -m codegen.spec_changes OLD NEW`` prints for the two shared Preview specs (as main() renders it)."""
    old, new = preview_specs
    return spec_changes.render_markdown(  # type: ignore[no-any-return]
        spec_changes.diff_specs(old, new),
        title="API changes",
        old_label=spec_changes._label(OLD_PREVIEW, old),
        new_label=spec_changes._label(NEW_PREVIEW, new),
    )


def test_spec_changes_between_the_two_preview_specs(preview_summary: str) -> None:
    lines = preview_summary.splitlines()
    assert lines[0] == "### API changes"
    assert "Operations: 163 → 256 (98 added, 5 removed, " in preview_summary
    assert "Schemas: 244 → 385 (146 added, 5 removed; " in preview_summary
    for expected in (
        "- `GET /companies/{id}/notes` (listCompanyNotes): List all company notes",
        "- `POST /admins/activity_logs/search` (searchActivityLogs): Search activity logs",
        "- `GET /admins` (listAdmins)",
        "  - parameters added `query:display_avatar`",
        "- `admin`: added `role`",
        "- `intercom_version`: added `2.15`, `2.16`, `Preview`; removed `Unstable`",
        "- `intercom_version_unstable`",
    ):
        assert expected in lines, expected
    headings = [line for line in lines if line.startswith("#### ")]
    assert headings == [
        "#### Paths added",
        "#### Paths removed",
        "#### Operations added",
        "#### Operations removed",
        "#### Operations changed",
        "#### Schemas added",
        "#### Schemas removed",
        "#### Properties",
        "#### Enum values",
    ]


def test_spec_changes_reversed_swaps_added_and_removed(preview_specs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    old, new = preview_specs
    forward, backward = spec_changes.diff_specs(old, new), spec_changes.diff_specs(new, old)
    assert forward.paths_added == backward.paths_removed and forward.paths_removed == backward.paths_added
    assert forward.schemas_added == backward.schemas_removed
    assert [k for k, _, _ in forward.operations_changed] == [k for k, _, _ in backward.operations_changed]
    assert {c.location: (c.enum_added, c.properties_added) for c in forward.schema_changes} == {
        c.location: (c.enum_removed, c.properties_removed) for c in backward.schema_changes
    }


@pytest.mark.pinned
def test_changelog_is_keep_a_changelog_with_the_spec_change_section(normalised_spec: dict[str, Any]) -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert text.startswith("# Changelog\n")
    assert "Keep a Changelog" in text
    sections = re.findall(r"^## (.+)$", text, flags=re.M)
    assert sections[0] == "[Unreleased]" and "How a spec change shows up" in sections
    operations = sum(1 for _ in iter_operations(normalised_spec))
    assert f"{operations} operations" in text, "the Unreleased section must state the generated operation count"
    assert intercom_client.SPEC_COMMIT[:12] in text
    assert "python -m codegen.spec_changes" in text


def test_changelog_example_is_real_output(preview_summary: str) -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    example = text.split("```markdown\n", 1)[1].split("```", 1)[0]
    real = preview_summary.splitlines()
    for line in example.splitlines():
        if line.startswith(("- ", "  - ", "#")):
            assert line in real, f"CHANGELOG example line not produced by spec_changes.py: {line}"
        elif line.startswith("Operations:"):
            assert line.split("; ...")[0].rstrip(").") in next(r for r in real if r.startswith("Operations:"))
