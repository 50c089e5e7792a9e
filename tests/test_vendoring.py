"""The SDK can be vendored under another name: relative imports only, no shared state, no outside files.

Checks codegen/vendor.py (what it copies, VENDORED.md, what it refuses), then vendors the package as
``acme._vendor.intercom`` and, in fresh interpreters, runs the smoke check against that copy and uses
it side by side with ``intercom_client`` to show the two do not interfere.
"""

from __future__ import annotations

import ast
import functools
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

from codegen import vendor

from .operations import generated_from_the_pin, resource_class

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = ROOT / "intercom_client"
SMOKE_SCRIPT = ROOT / "tests" / "smoke_check.py"
VENDORED_NAME = "acme._vendor.intercom"
SUBPROCESS_TIMEOUT = 120


def package_files(root: Path) -> set[str]:
    """The files a copy of the package must have: everything but caches and hidden files."""
    return {
        rel.as_posix()
        for rel in (p.relative_to(root) for p in root.rglob("*") if p.is_file())
        if rel.suffix not in (".pyc", ".pyo")
        and not any(part == "__pycache__" or part.startswith(".") for part in rel.parts)
    }


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON") and k != "INTERCOM_ACCESS_TOKEN"}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra)
    return env


# -- static checks of the package -------------------------------------------------------------


@functools.cache
def source(path: Path) -> str:
    """One file's text (cached: both scans below read every file of the package)."""
    return path.read_text(encoding="utf-8")


@functools.cache
def parse(path: Path) -> ast.Module:
    """One file's syntax tree (cached likewise)."""
    return ast.parse(source(path), filename=str(path))


def python_files() -> list[Path]:
    files = sorted(PACKAGE_DIR / rel for rel in package_files(PACKAGE_DIR) if rel.endswith(".py"))
    assert len(files) > 500, f"only {len(files)} .py files under {PACKAGE_DIR}: is the generated package there?"
    return files


def test_the_package_imports_its_own_modules_only_relatively() -> None:
    offenders = vendor.absolute_self_imports(PACKAGE_DIR)
    assert offenders == [], "absolute imports of intercom_client break a vendored copy; use relative imports"


def test_the_absolute_import_scan_finds_what_it_looks_for(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text(
        "from . import fine\n"
        "from .generated import fine_too\n"
        "import intercom_clientele\n"
        "from intercom_client import AsyncIntercom\n"
        "import intercom_client.generated.models as m\n"
        "import importlib\n"
        "importlib.import_module('intercom_client.generated.models')\n"
        "importlib.import_module('.generated', __package__)\n"
        "importlib.import_module(f'intercom_client.generated.api.{name}')\n"
        "importlib.import_module(f'..generated.api.{name}', __package__)\n",
        encoding="utf-8",
    )
    found = vendor.absolute_self_imports(tmp_path)
    assert sorted(int(line.split(":")[1]) for line in found) == [4, 5, 7, 9]


# Calls and names through which code finds or reads files by path.
_FILE_ACCESS_CALLS = frozenset({"open", "read_text", "read_bytes", "open_text", "open_binary", "files", "get_data"})
_FILE_ACCESS_MODULES = ("importlib.resources", "importlib.metadata", "pkgutil", "pkg_resources", "pathlib")


# A file that spells none of these cannot contain what file_access looks for (a name, call or import of them).
_FILE_ACCESS_WORDS = ("__file__", *_FILE_ACCESS_CALLS, "importlib", "pkgutil", "pkg_resources", "pathlib")


def file_access(path: Path) -> list[str]:
    if not any(word in source(path) for word in _FILE_ACCESS_WORDS):
        return []
    tree = parse(path)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id == "__file__":
            found.append(f"{node.lineno}: __file__")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in _FILE_ACCESS_CALLS:
                found.append(f"{node.lineno}: {name}(...)")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            if isinstance(node, ast.ImportFrom) and node.module == "importlib":
                modules += [f"importlib.{a.name}" for a in node.names]
            found += [f"{node.lineno}: import {m}" for m in modules if m.startswith(_FILE_ACCESS_MODULES)]
    return found


def test_the_package_reads_no_files_by_path() -> None:
    offenders = {}
    for path in python_files():
        if found := file_access(path):
            offenders[str(path.relative_to(ROOT))] = found
    assert offenders == {}, "the package must not read files (a vendored copy has no data files or metadata)"


def test_the_file_access_scan_finds_what_it_looks_for(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text(
        "import json\n"
        "from importlib import metadata\n"
        "here = __file__\n"
        "data = open('x').read()\n"
        "from pathlib import Path\n"
        "import importlib.resources\n",
        encoding="utf-8",
    )
    assert sorted(int(line.split(":")[0]) for line in file_access(planted)) == [2, 3, 4, 5, 6]


def test_module_level_state_is_limited_to_constants_and_lazy_caches() -> None:
    """Mutable module-level state would be per copy anyway, but the clients must not keep any."""
    for module in ("_client.py", "_config.py", "_retry.py", "_outcome.py"):
        assert "global " not in (PACKAGE_DIR / module).read_text(encoding="utf-8"), module
    log_source = (PACKAGE_DIR / "_outcome.py").read_text(encoding="utf-8")  # where the clients log their attempts
    assert "logging.getLogger(__package__)" in log_source or "logging.getLogger(__name__)" in log_source, (
        "the logger must be named after the package, so that a vendored copy logs under its own name"
    )


# -- codegen/vendor.py ----------------------------------------------------------------------------


def run_vendor(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen.vendor", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT,
        env=clean_env(),
    )


def make_parent_packages(root: Path) -> Path:
    dest = root / "acme" / "_vendor"
    dest.mkdir(parents=True)
    (root / "acme" / "__init__.py").write_text("", encoding="utf-8")
    (dest / "__init__.py").write_text("", encoding="utf-8")
    return dest


@pytest.fixture(scope="module")
def vendored_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding acme/_vendor/intercom/, written by codegen/vendor.py (one per module)."""
    root = tmp_path_factory.mktemp("vendored")
    dest = make_parent_packages(root)
    result = run_vendor(dest, "--name", "intercom")
    assert result.returncode == 0, f"vendor.py failed:\n{result.stdout}\n{result.stderr}"
    assert "import it as acme._vendor.intercom" in result.stdout
    return root


def test_vendor_copies_exactly_the_package_files(vendored_root: Path) -> None:
    target = vendored_root / "acme" / "_vendor" / "intercom"
    copied = package_files(target)
    assert copied == package_files(PACKAGE_DIR) | {"VENDORED.md"}
    assert {"py.typed", "__init__.py", "_version.py", "generated/_spec.py", "generated/models/tag.py"} <= copied
    assert not any("__pycache__" in p for p in copied)
    assert (target / vendor.MARKER).is_file()
    for rel in ("_client.py", "generated/models/__init__.py"):
        assert (target / rel).read_bytes() == (PACKAGE_DIR / rel).read_bytes()


def test_vendored_md_says_version_spec_and_how_to_update(vendored_root: Path) -> None:
    import intercom_client

    text = (vendored_root / "acme" / "_vendor" / "intercom" / "VENDORED.md").read_text(encoding="utf-8")
    assert f"intercom_client {intercom_client.__version__}" in text
    assert intercom_client.SPEC_COMMIT in text
    assert f"Intercom API version: {intercom_client.API_VERSION}" in text
    assert "from acme._vendor.intercom import AsyncIntercom" in text
    assert "python -m codegen.vendor" in text and "--name intercom" in text
    assert "python -m codegen.spec_changes" in text


def test_vendored_md_lists_the_dependencies_with_their_ranges(vendored_root: Path) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    text = (vendored_root / "acme" / "_vendor" / "intercom" / "VENDORED.md").read_text(encoding="utf-8")
    section = text.split("## Dependencies", 1)[1].split("\n## ", 1)[0]
    required = project["dependencies"]
    assert {req.split(">")[0].split("<")[0].split("=")[0] for req in required} >= {
        "httpx",
        "attrs",
        "python-dateutil",
        "sniffio",
    }
    for req in required:
        assert f"- `{req}`" in section, req
    extras = {
        name: reqs for name, reqs in project["optional-dependencies"].items() if name not in vendor.DEVELOPMENT_EXTRAS
    }
    assert extras, "pyproject.toml declares the SDK's optional extras"
    for name, reqs in extras.items():
        assert f"- {name}: " + ", ".join(f"`{req}`" for req in reqs) in section
    for dev_only in ("pytest", "mypy", "ruff", "python-intercom"):
        assert dev_only not in section, f"{dev_only} is a development dependency, not one to install"


def test_vendored_md_dependencies_come_from_the_pyproject_beside_the_source(tmp_path: Path) -> None:
    source = tmp_path / "checkout" / "intercom_client"
    shutil.copytree(PACKAGE_DIR, source, ignore=shutil.ignore_patterns("__pycache__", ".*"))
    (tmp_path / "checkout" / "pyproject.toml").write_text(
        '[project]\nname = "x"\ndependencies = ["httpx>=9,<10"]\n\n'
        '[project.optional-dependencies]\nturbo = ["uvloop>=1"]\ndev = ["pytest"]\n',
        encoding="utf-8",
    )
    target = vendor.vendor(tmp_path / "out", "sdk", source=source)
    text = (target / "VENDORED.md").read_text(encoding="utf-8")
    assert "- `httpx>=9,<10`" in text and "- turbo: `uvloop>=1`" in text
    assert "attrs" not in text and "pytest" not in text
    (tmp_path / "checkout" / "pyproject.toml").write_text("not toml [", encoding="utf-8")
    with pytest.raises(vendor.VendorError, match=r"pyproject\.toml"):
        vendor.vendor(tmp_path / "out2", "sdk", source=source)


def test_vendor_skips_caches_and_hidden_files(tmp_path: Path) -> None:
    source = tmp_path / "src" / "intercom_client"
    shutil.copytree(PACKAGE_DIR, source, ignore=shutil.ignore_patterns("__pycache__", ".*"))
    (source / "__pycache__").mkdir()
    (source / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"junk")
    (source / "generated" / ".ruff_cache").mkdir()
    (source / "generated" / ".ruff_cache" / "CACHEDIR.TAG").write_text("junk", encoding="utf-8")
    (source / "stray.pyc").write_bytes(b"junk")
    target = vendor.vendor(tmp_path / "out", "sdk", source=source)
    copied = package_files(target) | {p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()}
    assert not any(".pyc" in p or ".ruff_cache" in p for p in copied)
    assert "generated/models/tag.py" in copied


def test_vendor_output_is_deterministic_and_replaces_an_untouched_copy(tmp_path: Path) -> None:
    target = vendor.vendor(tmp_path, "sdk")
    first = {p: (target / p).read_bytes() for p in package_files(target)}
    (target / "__pycache__").mkdir(exist_ok=True)
    (target / "__pycache__" / "x.pyc").write_bytes(b"compiled")  # caches from an import do not count as edits
    result = run_vendor(tmp_path, "--name", "sdk")
    assert result.returncode == 0, result.stderr
    assert {p: (target / p).read_bytes() for p in package_files(target)} == first
    assert not (target / "__pycache__").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sdk"], "staging folders were left behind"


def test_vendor_refuses_a_folder_that_is_not_a_vendored_copy(tmp_path: Path) -> None:
    target = tmp_path / "intercom"
    target.mkdir()
    (target / "mine.py").write_text("precious = True\n", encoding="utf-8")
    result = run_vendor(tmp_path, "--name", "intercom")
    assert result.returncode == 1
    assert "not a vendored copy" in result.stderr
    assert [p.name for p in target.iterdir()] == ["mine.py"]
    result = run_vendor(tmp_path, "--name", "intercom", "--force")
    assert result.returncode == 1, "--force must not overwrite a folder that was never vendored"


def test_vendor_accepts_an_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "intercom").mkdir()
    assert run_vendor(tmp_path, "--name", "intercom").returncode == 0
    assert (tmp_path / "intercom" / "VENDORED.md").is_file()


def test_vendor_refuses_to_overwrite_local_edits_unless_forced(tmp_path: Path) -> None:
    target = vendor.vendor(tmp_path, "intercom")
    (target / "_client.py").write_text("# patched locally\n", encoding="utf-8")
    (target / "extra.py").write_text("x = 1\n", encoding="utf-8")
    result = run_vendor(tmp_path, "--name", "intercom")
    assert result.returncode == 1
    assert "modified: _client.py" in result.stderr and "added: extra.py" in result.stderr
    assert (target / "_client.py").read_text(encoding="utf-8") == "# patched locally\n"
    result = run_vendor(tmp_path, "--name", "intercom", "--force")
    assert result.returncode == 0, result.stderr
    assert (target / "_client.py").read_bytes() == (PACKAGE_DIR / "_client.py").read_bytes()
    assert not (target / "extra.py").exists()


@pytest.mark.parametrize("name", ["not-an-identifier", "class", "1st"])
def test_vendor_refuses_names_that_cannot_be_imported(tmp_path: Path, name: str) -> None:
    result = run_vendor(tmp_path, "--name", name)
    assert result.returncode == 1
    assert "identifier" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_vendor_refuses_to_write_into_the_source_package(tmp_path: Path) -> None:
    source = tmp_path / "intercom_client"
    shutil.copytree(PACKAGE_DIR, source, ignore=shutil.ignore_patterns("__pycache__", ".*"))
    with pytest.raises(vendor.VendorError, match="overlaps"):
        vendor.vendor(tmp_path, "intercom_client", source=source)
    with pytest.raises(vendor.VendorError, match="overlaps"):
        vendor.vendor(source / "generated", "copy", source=source)


def test_vendor_refuses_a_package_that_imports_itself_absolutely(tmp_path: Path) -> None:
    source = tmp_path / "intercom_client"
    shutil.copytree(PACKAGE_DIR, source, ignore=shutil.ignore_patterns("__pycache__", ".*"))
    (source / "models.py").write_text("from intercom_client.generated.models import *\n", encoding="utf-8")
    with pytest.raises(vendor.VendorError, match=r"models\.py:1"):
        vendor.vendor(tmp_path / "out", "sdk", source=source)
    assert not (tmp_path / "out" / "sdk").exists()


# -- the vendored copy, in fresh interpreters ------------------------------------------------------


def run_python(code: str, cwd: Path, pythonpath: list[Path]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT,
        env=clean_env(PYTHONPATH=os.pathsep.join(map(str, pythonpath))),
    )


def test_smoke_check_passes_against_the_vendored_copy_without_touching_intercom_client(vendored_root: Path) -> None:
    """The smoke script on the copy, with an audit hook recording every file the process opens.

    intercom_client itself stays importable (ROOT is on the import path), so an absolute import or a file
    read that reached back to it would show up here.
    """
    code = textwrap.dedent(
        f"""
        import json, os, runpy, sys
        opened = []
        def hook(event, args):
            if event == "open" and isinstance(args[0], (str, bytes)):
                opened.append(os.fsdecode(args[0]))
        sys.addaudithook(hook)
        smoke = runpy.run_path({str(SMOKE_SCRIPT)!r}, run_name="smoke_check")
        status = smoke["main"](["smoke_check.py", {VENDORED_NAME!r}])
        print("RESULT " + json.dumps({{
            "status": status,
            "opened": sorted(set(opened)),
            "modules": sorted(m for m in sys.modules if m.split(".")[0] in ("intercom_client", "acme")),
        }}))
        """
    )
    result = run_python(code, cwd=vendored_root, pythonpath=[vendored_root, ROOT])
    assert result.returncode == 0, result.stderr
    assert f"smoke ok: {VENDORED_NAME} " in result.stdout, result.stdout + result.stderr
    module_line = next(line for line in result.stdout.splitlines() if line.startswith("smoke module: "))
    assert (
        Path(module_line.removeprefix("smoke module: ")).resolve()
        == (vendored_root / "acme" / "_vendor" / "intercom" / "__init__.py").resolve()
    )
    report = json.loads(next(line for line in result.stdout.splitlines() if line.startswith("RESULT "))[7:])
    assert report["status"] == 0
    assert [m for m in report["modules"] if m.startswith("intercom_client")] == []
    assert f"{VENDORED_NAME}.generated.models.tag" in report["modules"]

    vendored = (vendored_root / "acme").resolve()
    allowed = [Path(p).resolve() for p in {sys.prefix, sys.base_prefix, sys.exec_prefix}] + [
        vendored,
        SMOKE_SCRIPT.resolve(),
    ]
    outside = []
    for name in report["opened"]:
        path = Path(name).resolve()
        if path.is_relative_to(PACKAGE_DIR.resolve()):
            outside.append(name)  # the original package: never, from a vendored copy
        elif not any(path == a or path.is_relative_to(a) for a in allowed) and not name.startswith(("/dev/", "/proc/")):
            outside.append(name)
    assert outside == [], "the vendored copy opened files outside itself and the Python installation"


SIDE_BY_SIDE = r"""
import asyncio, json, logging, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import intercom_client as ic
import acme._vendor.intercom as v
import intercom_client.generated.models
import acme._vendor.intercom.generated.models
from acme._vendor.intercom.generated.api.tags import AsyncTagsResource as VTags

out = {}

class Handler(BaseHTTPRequestHandler):
    # Echoes X-Test-Remaining back as X-RateLimit-Remaining, so each client sees its own rate limit.
    def do_GET(self):
        if self.path == "/tags":
            status, payload = 200, {"data": [{"type": "tag", "id": "1", "name": self.headers["X-Test-Who"]}]}
        else:
            status, payload = 404, {"type": "error.list", "errors": [{"code": "not_found", "message": "nope"}]}
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-RateLimit-Limit", "100")
        self.send_header("X-RateLimit-Remaining", self.headers["X-Test-Remaining"])
        self.send_header("X-RateLimit-Reset", str(int(time.time()) + 60))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
threading.Thread(target=server.serve_forever, daemon=True).start()
url = f"http://127.0.0.1:{server.server_address[1]}"

class Capture(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []
    def emit(self, record):
        self.records.append(record.name)

captures = {}
for name, mod in (("ic", ic), ("v", v)):
    logger = logging.getLogger(mod._outcome.logger.name)
    logger.setLevel(logging.DEBUG)
    captures[name] = Capture()
    logger.addHandler(captures[name])

out["logger_names"] = [ic._outcome.logger.name, v._outcome.logger.name]
out["same_module"] = ic is v or ic._client is v._client
out["same_classes"] = [
    ic.AsyncIntercom is v.AsyncIntercom,
    ic.IntercomError is v.IntercomError,
    ic.NotFoundError is v.NotFoundError,
    ic.RateLimit is v.RateLimit,
    ic.generated.models.Tag is v.generated.models.Tag,
]
out["cross_subclass"] = [issubclass(v.NotFoundError, ic.IntercomError), issubclass(ic.NotFoundError, v.IntercomError)]
try:
    try:
        raise v.ConfigurationError("from the vendored copy")
    except ic.IntercomError:
        out["caught_by_other"] = True
except v.IntercomError:
    out["caught_by_other"] = False

async def main():
    async with ic.AsyncIntercom(token="t-ic", base_url=url, default_headers={"X-Test-Who": "ic", "X-Test-Remaining": "3"}) as a, \
               v.AsyncIntercom(token="t-v", base_url=url, default_headers={"X-Test-Who": "v", "X-Test-Remaining": "7"}) as b:
        derived_v = b.with_options(max_retries=0)
        first_ic, first_v = await asyncio.gather(a.tags.list(), derived_v.tags.list())
        out["results"] = [
            [type(first_ic).__module__.rsplit(".", 1)[0], type(first_ic.data[0]).__module__, first_ic.data[0].name],
            [type(first_v).__module__.rsplit(".", 1)[0], type(first_v.data[0]).__module__, first_v.data[0].name],
        ]
        out["derived_type_is_vendored"] = type(derived_v) is v.AsyncIntercom
        out["rate_limits"] = [a.rate_limit.remaining, b.rate_limit.remaining, derived_v.rate_limit.remaining]
        out["rate_limit_types"] = [type(a.rate_limit) is ic.RateLimit, type(b.rate_limit) is v.RateLimit]
        # A client of one copy sees only what its own requests reported.
        await a.with_options(default_headers={"X-Test-Remaining": "1"}).tags.list()
        out["rate_limits_after"] = [a.rate_limit.remaining, b.rate_limit.remaining]
        async with ic.AsyncIntercom(token="x", base_url=url + "/nowhere", max_retries=0) as c:
            try:
                await VTags(c).list()  # the vendored copy's resource on a client of the other
            except ic.NotFoundError:
                out["error_of_the_client_copy"] = "ic"
            except v.NotFoundError:
                out["error_of_the_client_copy"] = "v"

asyncio.run(asyncio.wait_for(main(), 30))
server.shutdown()
out["log_records"] = {name: sorted(set(c.records)) for name, c in captures.items()}
out["user_agents_equal"] = ic.generated.client.USER_AGENT == v.generated.client.USER_AGENT
print("RESULT " + json.dumps(out))
"""


def test_vendored_copy_and_intercom_client_work_side_by_side(vendored_root: Path) -> None:
    result = run_python(SIDE_BY_SIDE, cwd=vendored_root, pythonpath=[vendored_root, ROOT])
    assert result.returncode == 0, result.stderr
    out = json.loads(next(line for line in result.stdout.splitlines() if line.startswith("RESULT "))[7:])
    assert out["same_module"] is False
    assert out["same_classes"] == [False] * 5
    assert out["cross_subclass"] == [False, False]
    assert out["caught_by_other"] is False
    assert out["logger_names"] == ["intercom_client", VENDORED_NAME]
    assert out["results"] == [
        ["intercom_client.generated.models", "intercom_client.generated.models.tag", "ic"],
        [f"{VENDORED_NAME}.generated.models", f"{VENDORED_NAME}.generated.models.tag", "v"],
    ]
    assert out["derived_type_is_vendored"] is True
    assert out["rate_limit_types"] == [True, True]
    assert out["rate_limits"] == [3, 7, 7], "with_options shares state within a copy's client, never across copies"
    assert out["rate_limits_after"] == [1, 7]
    # A generated function of one copy, given the other copy's client, raises that client's errors:
    # the errors come from the client that sent the request.
    assert out["error_of_the_client_copy"] == "ic"
    assert out["log_records"] == {"ic": ["intercom_client"], "v": [VENDORED_NAME]}
    assert out["user_agents_equal"] is True


def test_vendored_copy_imports_nothing_from_intercom_client_when_it_is_absent(vendored_root: Path) -> None:
    """Without intercom_client on the path at all, every module of the copy still imports."""
    # sync_updated loads the search modules when called; an older spec lacks some (companies' came in 2026-07)
    searchable = [
        r for r in ("contacts", "companies", "conversations", "tickets") if hasattr(resource_class(r), "search")
    ]
    assert len(searchable) == 4 or not generated_from_the_pin(), searchable
    code = textwrap.dedent(
        f"""
        import importlib, pkgutil, sys
        pkg = importlib.import_module({VENDORED_NAME!r})
        names = [m.name for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")]
        for name in names:
            if ".generated.api." in name or name.endswith(".generated.models") or ".generated.models." not in name:
                importlib.import_module(name)
        # helpers that load resource modules when called, not when imported
        bulk = importlib.import_module({VENDORED_NAME!r} + ".bulk")
        with pkg.Intercom(token="t", base_url="http://127.0.0.1:9") as client:
            for resource in {searchable!r}:
                bulk.sync_updated(client, resource)
        assert "intercom_client" not in sys.modules
        print("imported", len(names))
        """
    )
    result = run_python(code, cwd=vendored_root, pythonpath=[vendored_root])
    assert result.returncode == 0, result.stderr
    count = int(re.search(r"imported (\d+)", result.stdout).group(1))  # type: ignore[union-attr]
    assert count > 300


def test_a_host_mypy_strict_with_only_the_required_dependencies_is_clean_with_vendored_md_s_override(
    vendored_root: Path, tmp_path: Path
) -> None:
    """Issue 24, item 8: installed with its required dependencies only, the copy drew ~20 mypy --strict
    errors in the host (the optional extras' imports, dateutil's missing stubs). The override VENDORED.md
    gives silences those inside the copy, and the host's own mistakes are still reported."""
    text = (vendored_root / "acme" / "_vendor" / "intercom" / "VENDORED.md").read_text(encoding="utf-8")
    override = text.split("```toml\n", 1)[1].split("```", 1)[0]
    assert 'module = ["acme._vendor.intercom", "acme._vendor.intercom.*"]' in override
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    required = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", *required],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    host = vendored_root / "host_program.py"
    host.write_text(
        "from acme._vendor.intercom import AsyncIntercom\n"
        "from acme._vendor.intercom import bulk, webhooks\n\n\n"
        "async def main() -> str:\n"
        "    async with AsyncIntercom() as client:\n"
        "        me = await client.admins.identify()\n"
        "        print(bulk.search_body(bulk.Filter('role', '=', 'user')), webhooks.verify_signature)\n"
        "        return me.id\n",
        encoding="utf-8",
    )

    def mypy(config: str) -> str:
        (vendored_root / "pyproject.toml").write_text("[tool.mypy]\nstrict = true\n\n" + config, encoding="utf-8")
        result = subprocess.run(
            [
                *(str(Path(sys.executable).parent / "mypy"), "--python-executable", str(python)),
                *("--cache-dir", str(tmp_path / "cache"), "host_program.py"),
            ],
            cwd=vendored_root,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        return result.stdout + result.stderr

    try:
        without = mypy("")
        assert "error:" in without and "acme/_vendor/intercom/" in without  # what the host met before
        assert mypy(override).strip().startswith("Success: no issues found")
        host.write_text(host.read_text(encoding="utf-8").replace("return me.id", "return me.emial"), encoding="utf-8")
        mistaken = mypy(override)
        assert 'has no attribute "emial"' in mistaken and "acme/_vendor/intercom/" not in mistaken
    finally:
        (vendored_root / "pyproject.toml").unlink(missing_ok=True)
        host.unlink(missing_ok=True)
