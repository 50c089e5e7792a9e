"""The import contracts of pyproject.toml ([tool.importlinter], CONTRIBUTING.md's Layers) hold on the
package, and each one breaks when a copy of the package crosses it.

The runtime imports nothing generated and no helper, the modules of ``intercom_client`` import each
other without cycles, and the helpers reach operations through the clients' resources, not the resource
modules. ``make lint`` runs the same check (lint-imports) on the working tree. What import-linter cannot
see is checked here too: the helpers read no private member of a client (``client._sleep``).
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from .conftest import ROOT

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

CONTRACTS = {
    contract["id"]: contract["name"]
    for contract in tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"][
        "contracts"
    ]
}


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """lint-imports on the package under ``root``, with ``root``'s pyproject.toml (not the installed copy)."""
    env = {**os.environ, "PYTHONPATH": str(root), "COLUMNS": "400"}  # one line per contract in the report
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def verdicts(output: str) -> dict[str, str]:
    """Each contract's verdict in a lint-imports report: KEPT or BROKEN, by contract id."""
    found: dict[str, str] = {}
    for contract_id, name in CONTRACTS.items():
        match = re.search(rf"^{re.escape(name)} (KEPT|BROKEN)", output, re.MULTILINE)
        assert match is not None, f"no verdict for {name!r} in:\n{output}"
        found[contract_id] = match.group(1)
    return found


def test_the_package_keeps_every_contract() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert set(verdicts(result.stdout).values()) == {"KEPT"}


# (file of the copy, text appended to it, the contract it breaks, a line the report must show)
CROSSINGS = {
    "runtime imports generated code": (
        "_client.py",
        "from .generated._spec import DEFAULT_API_VERSION\n",
        "layers",
        "intercom_client._client -> intercom_client.generated._spec",
    ),
    "runtime imports generated code inside a function": (
        "_resource.py",
        "\n\ndef _resources() -> object:\n    from .generated.api import AsyncResources\n\n    return AsyncResources\n",
        "layers",
        "intercom_client._resource -> intercom_client.generated.api",
    ),
    "runtime imports a helper for type checking": (
        "pagination.py",
        "\nif TYPE_CHECKING:\n    from .bulk import Job\n",
        "layers",
        "intercom_client.pagination -> intercom_client.bulk",
    ),
    "a cycle between runtime modules": (
        "pagination.py",
        "\n\ndef _resource_module() -> object:\n    from . import _resource\n\n    return _resource\n",
        "acyclic",
        ".pagination -> ._resource",
    ),
    "a helper imports a resource module": (
        "bulk/_companies.py",
        "\n\ndef _scroll() -> object:\n    from ..generated.api.companies import CompaniesResource\n\n"
        "    return CompaniesResource\n",
        "public-surface",
        "intercom_client.bulk._companies -> intercom_client.generated.api.companies",
    ),
}


@pytest.mark.parametrize("crossing", sorted(CROSSINGS))
def test_a_copy_that_crosses_a_layer_fails(crossing: str, tmp_path: Path) -> None:
    relative, added, contract_id, shown = CROSSINGS[crossing]
    shutil.copytree(
        ROOT / "intercom_client", tmp_path / "intercom_client", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "intercom_client" / relative
    target.write_text(target.read_text(encoding="utf-8") + added, encoding="utf-8")

    result = lint_imports(tmp_path)

    assert result.returncode == 1, result.stdout + result.stderr
    found = verdicts(result.stdout)
    assert found[contract_id] == "BROKEN", result.stdout
    assert shown in result.stdout, result.stdout
    # only the contract crossed breaks: the others still hold on the copy
    assert {k for k, v in found.items() if v == "BROKEN"} <= {contract_id, "acyclic"}, result.stdout


def test_a_module_in_no_layer_fails(tmp_path: Path) -> None:
    """Every module of the package has its layer: a new one must be placed in the contract."""
    shutil.copytree(
        ROOT / "intercom_client", tmp_path / "intercom_client", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "intercom_client" / "_unplaced.py").write_text('"""A new module."""\n', encoding="utf-8")

    result = lint_imports(tmp_path)

    assert result.returncode == 1, result.stdout + result.stderr
    assert verdicts(result.stdout)["layers"] == "BROKEN"
    assert "- intercom_client._unplaced" in result.stdout


# -- what import-linter cannot see: attribute access ---------------------------------------------------

HELPERS = ("bulk", "webhooks", "models.py")


def private_members_used(package: Path) -> list[str]:
    """Where the helpers under ``package`` read a private member of another object (``client._sleep``).

    import-linter checks imports only: this walks the helpers' syntax trees for ``x._name`` (and
    ``getattr(x, "_name")``) where ``x`` is not ``self`` or ``cls``; a helper's own private attributes
    are its business, a client's are not (they reach the client through its public surface).
    """
    found: list[str] = []
    for helper in HELPERS:
        path = package / helper
        for module in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
                name, owner = None, None
                if isinstance(node, ast.Attribute):
                    name, owner = node.attr, node.value
                elif (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in ("getattr", "setattr", "hasattr", "delattr")
                    and len(node.args) >= 2
                    and isinstance(node.args[1], ast.Constant)
                    and isinstance(node.args[1].value, str)
                ):
                    name, owner = node.args[1].value, node.args[0]
                private = name is not None and name.startswith("_") and not name.startswith("__")
                if private and not (isinstance(owner, ast.Name) and owner.id in ("self", "cls")):
                    where = module.relative_to(package.parent)
                    found.append(f"{where}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_the_helpers_use_no_private_member_of_a_client() -> None:
    assert private_members_used(ROOT / "intercom_client") == []


@pytest.mark.parametrize(
    "added",
    [
        "\n\nasync def _wait(client: object) -> None:\n    await client._sleep(1.0)\n",
        "\n\ndef _pool(client: object) -> object:\n    return getattr(client, '_http')\n",
    ],
)
def test_a_helper_that_reads_a_private_member_of_the_client_fails(added: str, tmp_path: Path) -> None:
    shutil.copytree(
        ROOT / "intercom_client", tmp_path / "intercom_client", ignore=shutil.ignore_patterns("__pycache__")
    )
    target = tmp_path / "intercom_client" / "bulk" / "_jobs.py"
    target.write_text(target.read_text(encoding="utf-8") + added, encoding="utf-8")

    found = private_members_used(tmp_path / "intercom_client")

    assert len(found) == 1 and found[0].startswith("intercom_client/bulk/_jobs.py:"), found
