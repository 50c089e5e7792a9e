"""Packaging: version and spec pin, the wheel and sdist, the installed wheel.

(The CHANGELOG's spec-change section and codegen/spec_changes.py are tested in tests/test_spec_changes.py.)

``python -m build`` runs once per session (sdist, then the wheel built from that sdist, so a file
missing from the sdist also breaks the wheel), with the build backend of the dev environment
(``--no-isolation``: hatchling, as pyproject.toml's build-system names it, is a dev dependency), which
halves the build. The slow parts, marked below, stay in the default run: building (~4 s) and
installing the wheel with its dependencies into a new virtualenv (~7 s).
"""

from __future__ import annotations

import ast
import hashlib
import os
import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

import httpx
import pytest

import intercom_client

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
    "generated/api/tags/__init__.py",
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


@pytest.mark.pinned
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

    from intercom_client.generated.client import USER_AGENT

    expected = (
        f"intercom-client-python/{intercom_client.__version__} "
        f"(Intercom API {intercom_client.API_VERSION}; spec {intercom_client.SPEC_COMMIT[:12]})"
    )
    assert expected == USER_AGENT
    async with intercom_client.AsyncIntercom(token="t", transport=httpx.MockTransport(handler)) as client:
        await client.tags.list()
        await client.with_options(default_headers={"X-Extra": "1"}).tags.list()
    assert [r.headers["User-Agent"] for r in seen] == [expected, expected]


# -- building -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def dist_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """SLOW (~4 s): ``python -m build`` of the checkout into a temporary folder, once per session."""
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
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
