"""Packaging: version and spec pin, the wheel and sdist, the installed wheel, the CHANGELOG and its spec diffs.

``python -m build`` runs once per session (sdist, then the wheel built from that sdist, so a file
missing from the sdist also breaks the wheel). The slow parts, marked below, stay in the default run:
building (~10 s, the isolated build env comes from the package index) and installing the wheel with
its dependencies into a new virtualenv (~10 s).
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path
from typing import Any

import httpx
import pytest

import intercom_client
from codegen import spec_changes
from codegen.spec import iter_operations

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = ROOT / "intercom_client"
SMOKE_SCRIPT = ROOT / "tests" / "smoke_check.py"
BUILD_TIMEOUT = 600
INSTALL_TIMEOUT = 600

# Files every wheel must hold (the rest is checked against the source tree as a whole).
REQUIRED_IN_PACKAGE = (
    "__init__.py",
    "_client.py",
    "_exceptions.py",
    "_rate_limit.py",
    "_version.py",
    "models.py",
    "py.typed",
    "generated/__init__.py",
    "generated/_spec.py",
    "generated/client.py",
    "generated/errors.py",
    "generated/types.py",
    "generated/models/__init__.py",
    "generated/models/tag.py",
    "generated/api/tags/list_tags.py",
    "generated/LICENSE-INTERCOM-OPENAPI.md",
)
# Never in a distribution, at any depth.
FORBIDDEN = re.compile(
    r"(^|/)(tests?|scripts|benchmarks|examples|templates|openapi|node_modules|\.venv|\.git|__pycache__|"
    r"\.ruff_cache|\.mypy_cache|\.pytest_cache)(/|$)|\.pyc$|\.ya?ml$"
)


def source_version() -> str:
    """``__version__`` as written in _version.py (read without importing it)."""
    tree = ast.parse((PACKAGE_DIR / "_version.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            assert isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
            return node.value.value
    raise AssertionError("_version.py defines no __version__ literal")


def package_source_files() -> set[str]:
    """The package's files as a distribution should ship them (no caches, nothing hidden)."""
    return {
        rel.as_posix()
        for rel in (p.relative_to(PACKAGE_DIR) for p in PACKAGE_DIR.rglob("*") if p.is_file())
        if rel.suffix not in (".pyc", ".pyo")
        and not any(part == "__pycache__" or part.startswith(".") for part in rel.parts)
    }


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "VIRTUAL_ENV", "PIP_REQUIRE")) and k != "INTERCOM_ACCESS_TOKEN"
    }
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env.update(extra)
    return env


# -- version and spec, single-sourced --------------------------------------------------------


def test_version_is_single_sourced_from_version_py() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in pyproject["project"]["dynamic"]
    assert "version" not in pyproject["project"], "a static version would be a second source"
    assert pyproject["tool"]["hatch"]["version"]["path"] == "intercom_client/_version.py"
    assert re.fullmatch(r"\d+\.\d+\.\d+([.-]?\w+)*", source_version())
    assert intercom_client.__version__ == source_version()


def test_version_and_spec_do_not_come_from_distribution_metadata() -> None:
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert "importlib.metadata" not in text and "importlib_metadata" not in text, path
        assert "pkg_resources" not in text, path


def test_the_spec_pin_is_readable_at_run_time() -> None:
    from intercom_client.generated import _spec

    assert intercom_client.API_VERSION == _spec.API_VERSION == "Preview"
    assert intercom_client.SPEC_COMMIT == _spec.SPEC_COMMIT
    assert re.fullmatch(r"[0-9a-f]{40}", intercom_client.SPEC_COMMIT)
    assert re.fullmatch(r"[0-9a-f]{64}", intercom_client.SPEC_SHA256)


def test_the_spec_pin_matches_the_pinned_spec_file(pinned_spec_path: Path) -> None:
    assert hashlib.sha256(pinned_spec_path.read_bytes()).hexdigest() == intercom_client.SPEC_SHA256, (
        f"intercom_client/generated was not generated from {pinned_spec_path}: run `make regenerate`"
    )


async def test_user_agent_names_the_version_and_the_spec() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": []})

    from intercom_client._version import USER_AGENT
    from intercom_client.generated.api.tags import list_tags

    expected = (
        f"intercom-client-python/{intercom_client.__version__} "
        f"(Intercom API {intercom_client.API_VERSION}; spec {intercom_client.SPEC_COMMIT[:12]})"
    )
    assert expected == USER_AGENT
    async with intercom_client.AsyncIntercom(token="t", transport=httpx.MockTransport(handler)) as client:
        await list_tags.asyncio(client=client)
        await list_tags.asyncio(client=client.with_options(default_headers={"X-Extra": "1"}))
    assert [r.headers["User-Agent"] for r in seen] == [expected, expected]


# -- building -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def dist_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """SLOW (~10 s): ``python -m build`` of the checkout into a temporary folder, once per session."""
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        env=clean_env(),
    )
    if result.returncode != 0:
        hint = ""
        if not (ROOT / "README.md").is_file():
            hint = '\nREADME.md is missing: pyproject.toml\'s `readme = "README.md"` makes hatchling refuse to build.'
        pytest.fail(f"python -m build failed:{hint}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}", pytrace=False)
    return out


@pytest.fixture(scope="session")
def wheel_path(dist_dir: Path) -> Path:
    wheels = list(dist_dir.glob("*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="session")
def sdist_path(dist_dir: Path) -> Path:
    sdists = list(dist_dir.glob("*.tar.gz"))
    assert len(sdists) == 1, sdists
    return sdists[0]


def test_distribution_file_names_carry_the_version(wheel_path: Path, sdist_path: Path) -> None:
    version = source_version()
    assert wheel_path.name == f"intercom_client-{version}-py3-none-any.whl"
    assert sdist_path.name == f"intercom_client-{version}.tar.gz"


def test_wheel_holds_the_package_and_nothing_else(wheel_path: Path) -> None:
    version = source_version()
    names = zipfile.ZipFile(wheel_path).namelist()
    dist_info = f"intercom_client-{version}.dist-info/"
    outside = [n for n in names if not n.startswith(("intercom_client/", dist_info))]
    assert outside == []
    package = {n.removeprefix("intercom_client/") for n in names if n.startswith("intercom_client/")}
    missing = [f for f in REQUIRED_IN_PACKAGE if f not in package]
    assert missing == [], "the wheel lacks these files (LICENSE-INTERCOM-OPENAPI.md: run `make regenerate`)"
    assert package == package_source_files(), "the wheel's package differs from intercom_client/ in the checkout"
    assert [n for n in names if FORBIDDEN.search(n)] == []
    assert sum(n.endswith(".py") for n in package) > 500  # the generated endpoints and models are there
    if (ROOT / "LICENSE").is_file():
        assert f"{dist_info}licenses/LICENSE" in names


def test_wheel_metadata(wheel_path: Path) -> None:
    version = source_version()
    with zipfile.ZipFile(wheel_path) as wheel:
        metadata = Parser().parsestr(wheel.read(f"intercom_client-{version}.dist-info/METADATA").decode())
    assert metadata["Name"] == "intercom-client"
    assert metadata["Version"] == version
    assert metadata["Requires-Python"] == ">=3.11"
    requires = [
        r.split(";")[0].replace(" ", "") for r in metadata.get_all("Requires-Dist") or [] if "extra ==" not in r
    ]
    assert sorted(re.split(r"[<>=!~]", r)[0] for r in requires) == ["attrs", "httpx", "python-dateutil", "sniffio"]


def test_sdist_holds_the_package_and_project_files_only(sdist_path: Path) -> None:
    version = source_version()
    top = f"intercom_client-{version}/"
    with tarfile.open(sdist_path) as sdist:
        names = [m.name for m in sdist.getmembers() if m.isfile()]
    assert all(n.startswith(top) for n in names)
    relative = {n.removeprefix(top) for n in names}
    package = {n.removeprefix("intercom_client/") for n in relative if n.startswith("intercom_client/")}
    assert package == package_source_files()
    others = relative - {f"intercom_client/{p}" for p in package}
    allowed = {"pyproject.toml", "PKG-INFO", "README.md", "CHANGELOG.md", "LICENSE", ".gitignore"}
    assert others <= allowed, f"unexpected files in the sdist: {sorted(others - allowed)}"
    assert {"pyproject.toml", "PKG-INFO", "README.md", "CHANGELOG.md"} <= others
    assert ("LICENSE" in others) == (ROOT / "LICENSE").is_file()
    assert [n for n in relative if FORBIDDEN.search(n)] == []


# -- installing -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def installed_python(wheel_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """SLOW (~10 s): a new virtualenv with the wheel and its dependencies (from the package index)."""
    venv = tmp_path_factory.mktemp("wheel-venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=INSTALL_TIMEOUT)
    python = venv / "bin" / "python"
    # This interpreter's pip installs into the new environment (--python): no pip bootstrap needed there.
    result = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", str(wheel_path)],
        capture_output=True,
        text=True,
        timeout=INSTALL_TIMEOUT,
        env=clean_env(),
    )
    assert result.returncode == 0, f"pip install of the wheel failed:\n{result.stdout}\n{result.stderr}"
    return python


def run_installed(python: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(python), *args], capture_output=True, text=True, timeout=120, cwd=cwd, env=clean_env(PYTHONNOUSERSITE="1")
    )


def test_installed_wheel_passes_the_smoke_check(installed_python: Path, tmp_path: Path) -> None:
    result = run_installed(installed_python, str(SMOKE_SCRIPT), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == f"smoke ok: intercom_client {source_version()}"
    module = Path(lines[-2].removeprefix("smoke module: "))
    venv = installed_python.parent.parent
    assert module.is_relative_to(venv), f"the smoke check imported {module}, not the installed wheel"
    assert not module.is_relative_to(ROOT)


def test_installed_wheel_version_matches_its_metadata_and_compiles(installed_python: Path, tmp_path: Path) -> None:
    code = (
        "import compileall, importlib.metadata, pathlib, sys, intercom_client as p\n"
        "assert importlib.metadata.version('intercom-client') == p.__version__, p.__version__\n"
        "assert compileall.compile_dir(pathlib.Path(p.__file__).parent, quiet=2, workers=0), 'syntax errors'\n"
        "assert 'intercom_client' not in sys.modules or pathlib.Path(p.__file__).is_relative_to(sys.prefix)\n"
        "print('ok', p.__version__)\n"
    )
    result = run_installed(installed_python, "-c", code, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == f"ok {source_version()}"


# -- CHANGELOG.md and codegen/spec_changes.py ---------------------------------------------------

SHARED_OPENAPI = ROOT.parent / "shared" / "openapi"
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
    """What ``spec_changes.py OLD NEW`` prints for the two shared Preview specs (as main() renders it)."""
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


def test_changelog_is_keep_a_changelog_with_the_spec_change_section(pinned_spec_path: Path) -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert text.startswith("# Changelog\n")
    assert "Keep a Changelog" in text
    sections = re.findall(r"^## (.+)$", text, flags=re.M)
    assert sections[0] == "[Unreleased]" and "How a spec change shows up" in sections
    operations = sum(1 for _ in iter_operations(load_spec(pinned_spec_path.resolve())))
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
