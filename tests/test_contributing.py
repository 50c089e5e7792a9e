"""CONTRIBUTING.md stays true: every file or folder it names exists, and every command it names is one."""

from __future__ import annotations

import importlib.util
import re

import pytest

from .conftest import ROOT, make_targets

TEXT = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
# Where a path the page names may be relative to: the repository, the package, the pipeline.
BASES = (ROOT, ROOT / "intercom_client", ROOT / "codegen", ROOT / "openapi")
FILE_NAME = re.compile(r"^[\w.-]+\.(py|md|yaml|json|jinja)$")


def named_paths() -> list[str]:
    """Backticked paths (with a slash, or a file name), leaving out patterns such as ``rules_*.py``."""
    tokens = re.findall(r"`([^`\s]+)`", TEXT)
    return [
        token.rstrip("/")
        for token in tokens
        if ("/" in token or FILE_NAME.match(token)) and not any(c in token for c in "<*=(")
    ]


@pytest.mark.pinned
def test_every_path_named_exists() -> None:
    paths = named_paths()
    assert len(paths) >= 40, paths
    missing = [path for path in paths if not any((base / path).exists() for base in BASES)]
    assert not missing, f"CONTRIBUTING.md names paths that do not exist: {missing}"


def test_every_codegen_command_named_is_a_module() -> None:
    commands = set(re.findall(r"python -m (codegen(?:\.\w+)*)", TEXT)) | set(re.findall(r"`(codegen\.\w+)`", TEXT))
    assert {"codegen.regenerate", "codegen.spec_changes"} <= commands
    for command in sorted(commands):
        assert importlib.util.find_spec(command) is not None, command


def test_every_make_target_named_exists() -> None:
    named = set(re.findall(r"`make ([\w-]+)", TEXT)) | set(re.findall(r"^make ([\w-]+)", TEXT, flags=re.M))
    assert named and named <= make_targets(), named - make_targets()
