"""The generated package: complete, importable, reproducible, and faithful to the spec's examples."""

from __future__ import annotations

import filecmp
import importlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from dateutil.parser import isoparse

from intercom_client import APIStatusError
from intercom_client.generated import _spec
from intercom_client.pagination import Page

from .conftest import ROOT, SPEC_MISSING, SUMMARY_LINES, needs_spec, spec_path
from .operations import method_of, minimal_arguments, request_of, resource_class, send, surface_name, type_hints
from .spec_examples import (
    GENERATED,
    iter_operations,
    load_normalised,
    request_examples,
    response_examples,
)

GENERATED_DIR = ROOT / "intercom_client" / "generated"
SPEC = load_normalised(spec_path()) if SPEC_MISSING is None else {}


@needs_spec
def test_every_operation_is_a_method_of_both_resource_classes() -> None:
    operations = list(iter_operations(SPEC))
    assert len(operations) == _spec.OPERATION_COUNT
    missing = []
    for path, method, _ in operations:
        resource, name = surface_name(SPEC, method, path)
        for is_async in (True, False):
            if not callable(getattr(resource_class(resource, is_async=is_async), name, None)):
                missing.append(f"{'async ' if is_async else ''}{resource}.{name} ({method.upper()} {path})")
    assert missing == []


def test_no_module_per_operation_is_left_beside_the_resources() -> None:
    assert sorted(p.name for p in (GENERATED_DIR / "api").glob("*/*.py")) == ["__init__.py"] * len(
        list((GENERATED_DIR / "api").glob("*/__init__.py"))
    )


@pytest.mark.pinned
def test_every_generated_module_imports() -> None:
    names = sorted(
        ".".join(path.relative_to(GENERATED_DIR).with_suffix("").parts)
        .removesuffix(".__init__")
        .removesuffix("__init__")
        for path in GENERATED_DIR.rglob("*.py")
    )
    assert len(names) > 900  # the models, the resources and the few other modules
    for name in names:
        importlib.import_module(f"{GENERATED}.{name}".rstrip("."))


def test_every_generated_file_says_it_is_generated() -> None:
    unmarked = [p for p in GENERATED_DIR.rglob("*.py") if "Do not edit" not in p.read_text().split("\n", 1)[0]]
    assert unmarked == []


def _comparable(value: Any) -> Any:
    """JSON with date-time strings parsed, so that '...Z' and '...+00:00' compare equal.

    Fields that are null are left out: a response model reads an absent field and a null one alike
    (``None``), and its ``to_dict()`` leaves both out.
    """
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_comparable(v) for v in value]
    if isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", value):
        try:
            return isoparse(value)  # aware date-times compare equal across offsets
        except ValueError:
            return value
    return value


SUCCESS_EXAMPLES = [e for e in response_examples(SPEC) if 200 <= e[2] < 300]
ERROR_EXAMPLES = [e for e in response_examples(SPEC) if e[2] >= 400]


@needs_spec
@pytest.mark.parametrize(
    ("label", "operation", "status", "name", "example"),
    SUCCESS_EXAMPLES,
    ids=[f"{e[0]} {e[2]} {e[3]}" for e in SUCCESS_EXAMPLES],
)
def test_success_example_parses_into_a_typed_model_and_round_trips(
    label: str, operation: dict[str, Any], status: int, name: str, example: Any
) -> None:
    resource, method = _method(label)
    parsed, _ = send(resource, method, httpx.Response(status, json=example), **minimal_arguments(resource, method))
    if isinstance(parsed, Page):
        parsed = parsed.parsed
    assert parsed is not None
    if isinstance(example, dict):
        assert hasattr(parsed, "to_dict"), f"{label} {status}: parsed into {type(parsed).__name__}, not a model"
        # Date-times are re-serialised in ISO form; everything else must come back exactly (nulls aside).
        assert _comparable(parsed.to_dict()) == _comparable(example)


@needs_spec
@pytest.mark.parametrize(
    ("label", "operation", "status", "name", "example"),
    ERROR_EXAMPLES,
    ids=[f"{e[0]} {e[2]} {e[3]}" for e in ERROR_EXAMPLES],
)
def test_error_example_raises_the_typed_error(
    label: str, operation: dict[str, Any], status: int, name: str, example: Any
) -> None:
    resource, method = _method(label)
    with pytest.raises(APIStatusError) as caught:
        send(resource, method, httpx.Response(status, json=example), **minimal_arguments(resource, method))
    assert caught.value.status_code == status
    if isinstance(example, dict) and isinstance(example.get("errors"), list):
        assert [e.code for e in caught.value.errors] == [e.get("code") for e in example["errors"]]


def _method(label: str) -> tuple[str, str]:
    """(resource, method name) of the operation labelled ``METHOD /path``."""
    method, path = label.split(" ", 1)
    return surface_name(SPEC, method, path)


REQUEST_EXAMPLES = list(request_examples(SPEC))
CONFORMING_REQUEST_EXAMPLES = [e[:4] for e in REQUEST_EXAMPLES if e[4]]
if REQUEST_EXAMPLES:
    SUMMARY_LINES.append(
        f"request examples: {len(CONFORMING_REQUEST_EXAMPLES)} of {len(REQUEST_EXAMPLES)} conform to their schema "
        "and are checked; the others are examples of invalid requests or contradict the spec"
    )


@needs_spec
@pytest.mark.parametrize(
    ("label", "operation", "name", "example"),
    CONFORMING_REQUEST_EXAMPLES,
    ids=[f"{e[0]} {e[2]}" for e in CONFORMING_REQUEST_EXAMPLES],
)
def test_request_example_serialises_from_the_request_model(
    label: str, operation: dict[str, Any], name: str, example: Any
) -> None:
    resource, method = _method(label)
    body_type = _body_types(method_of(resource, method))
    assert body_type, f"{label} takes no typed body"
    if not isinstance(example, dict):
        pytest.skip("the example is not an object")
    for candidate in body_type:
        try:
            model = candidate.from_dict(example)
        except Exception:
            continue
        assert _comparable(model.to_dict()) == _comparable(example)
        request = request_of(resource, method, **{**minimal_arguments(resource, method), "body": model})
        assert _comparable(json.loads(request.content)) == _comparable(example)
        return
    pytest.fail(f"no request model of {label} accepts its example {name}")


def _body_types(method: Any) -> list[type]:
    import typing

    body = type_hints(method).get("body")
    if body is None:
        return []
    candidates = typing.get_args(body) or (body,)
    return [c for c in candidates if hasattr(c, "from_dict")]


def _regenerate(spec: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen.regenerate", "--spec", str(spec), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _same_tree(left: Path, right: Path) -> list[str]:
    """Paths that differ between two trees (ignoring __pycache__)."""
    comparison = filecmp.dircmp(left, right, ignore=["__pycache__"])
    differences: list[str] = []

    def walk(c: filecmp.dircmp[str], prefix: str) -> None:
        differences.extend(prefix + n for n in c.left_only + c.right_only + c.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(c.left, c.right, c.common_files, shallow=False)
        differences.extend(prefix + n for n in mismatch + errors)
        for name, sub in c.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(comparison, "")
    return differences


@pytest.mark.pinned
@needs_spec
def test_regenerating_from_the_pinned_spec_reproduces_the_committed_code(tmp_path: Path) -> None:
    result = _regenerate(spec_path(), tmp_path / "generated")
    assert result.returncode == 0, result.stderr
    assert _same_tree(GENERATED_DIR, tmp_path / "generated") == []
