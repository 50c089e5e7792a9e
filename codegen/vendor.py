"""Copy the SDK into another project as a vendored package: DEST/PKG.

    python -m codegen.vendor DEST [--name PKG] [--source DIR] [--force]

e.g. ``python -m codegen.vendor acme/_vendor --name intercom`` writes acme/_vendor/intercom/, importable
as ``acme._vendor.intercom``. The copy is the intercom_client package as it is (it imports its own
modules only relatively, so it works under any name), without caches, plus VENDORED.md (version, spec,
the dependencies to install with their version ranges from pyproject.toml, how to update) and a marker
file listing every file it wrote with its hash.

DEST/PKG is replaced only when it is missing, empty, or a previous vendored copy whose files are
unchanged; a copy with local edits is replaced only with --force. Anything else is refused (exit 1).
The output depends only on the source package, so a re-vendor shows up as a reviewable diff.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import keyword
import shutil
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT / "intercom_client"
SOURCE_PACKAGE = "intercom_client"
MARKER = ".vendored-intercom-client.json"
README = "VENDORED.md"
SKIPPED_DIRS = frozenset({"__pycache__"})  # and every hidden file or folder (.ruff_cache, .mypy_cache ...)
SKIPPED_SUFFIXES = (".pyc", ".pyo")
# Extras of pyproject.toml for working on the SDK, not for running it.
DEVELOPMENT_EXTRAS = frozenset({"dev", "bench"})


class VendorError(Exception):
    """Vendoring was refused or failed; the message says why."""


def _skipped(rel: Path) -> bool:
    """Caches and hidden files: never part of the package."""
    return rel.suffix in SKIPPED_SUFFIXES or any(part in SKIPPED_DIRS or part.startswith(".") for part in rel.parts)


def source_files(source: Path) -> list[Path]:
    """The files of the package to copy, relative to it, in a stable order."""
    return [
        path.relative_to(source)
        for path in sorted(source.rglob("*"))
        if path.is_file() and not _skipped(path.relative_to(source))
    ]


def _assigned_strings(path: Path) -> dict[str, str]:
    """Module-level ``NAME = "string"`` assignments of a file, read without importing it."""
    values = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    values[target.id] = node.value.value
    return values


def package_info(source: Path) -> dict[str, str]:
    """The version and spec pin of the package at ``source`` (from _version.py and generated/_spec.py)."""
    version = _assigned_strings(source / "_version.py").get("__version__")
    spec = _assigned_strings(source / "generated" / "_spec.py")
    if not version or "SPEC_COMMIT" not in spec:
        raise VendorError(f"{source} does not look like the intercom_client package (no __version__ or SPEC_COMMIT)")
    return {
        "version": version,
        "api_version": spec.get("API_VERSION", "?"),
        "spec_commit": spec["SPEC_COMMIT"],
        "spec_sha256": spec.get("SPEC_SHA256", "?"),
    }


def absolute_self_imports(root: Path, package: str = SOURCE_PACKAGE) -> list[str]:
    """``file:line`` of every absolute import of ``package`` in the .py files under ``root``: import
    statements, and ``import_module``/``__import__`` calls whose name (a string, or an f-string's
    leading text) starts with it. Each would load the original package, not the vendored copy."""
    found = []
    for path in sorted(root.rglob("*.py")):
        if _skipped(path.relative_to(root)):
            continue
        text = path.read_text(encoding="utf-8")
        if package not in text:
            continue  # an absolute import would spell the name out
        try:
            tree = ast.parse(text, filename=str(path))
        except SyntaxError as exc:
            raise VendorError(f"{path.relative_to(root)}:{exc.lineno}: not valid Python ({exc.msg})") from None
        for node in ast.walk(tree):
            names = _imported_names(node)
            if any(name == package or name.startswith(package + ".") for name in names):
                found.append(f"{path.relative_to(root)}:{getattr(node, 'lineno', '?')}")
    return found


def _imported_names(node: ast.AST) -> list[str]:
    """The module names an import statement or an ``import_module``/``__import__`` call names (its
    leading text, for an f-string; nothing for a name it computes otherwise)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        return [node.module] if node.level == 0 and node.module else []
    if not (isinstance(node, ast.Call) and node.args):
        return []
    func = node.func
    called = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    first = node.args[0]
    if isinstance(first, ast.JoinedStr) and first.values:
        first = first.values[0]
    if called in ("import_module", "__import__") and isinstance(first, ast.Constant) and isinstance(first.value, str):
        return [first.value]
    return []


def dotted_name(target: Path) -> str:
    """How ``target`` is imported: its name, prefixed by every parent folder that is a package."""
    parts = [target.name]
    parent = target.parent
    while (parent / "__init__.py").is_file() and parent.name.isidentifier():
        parts.insert(0, parent.name)
        parent = parent.parent
    return ".".join(parts)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def previous_copy_problems(target: Path) -> list[str] | None:
    """None when ``target`` is not a vendored copy; else its local changes (empty when untouched)."""
    marker = target / MARKER
    if not marker.is_file():
        return None
    try:
        recorded: dict[str, str] = json.loads(marker.read_text(encoding="utf-8"))["files"]
    except (ValueError, KeyError, TypeError):
        return [f"{MARKER} is unreadable"]
    present = {
        rel.as_posix()
        for rel in (path.relative_to(target) for path in target.rglob("*") if path.is_file())
        if rel.suffix not in SKIPPED_SUFFIXES
        and not any(part in SKIPPED_DIRS or part.endswith("_cache") for part in rel.parts[:-1])
    }
    present.discard(MARKER)
    problems = [f"added: {rel}" for rel in sorted(present - recorded.keys())]
    problems += [f"missing: {rel}" for rel in sorted(recorded.keys() - present)]
    problems += [
        f"modified: {rel}" for rel in sorted(present & recorded.keys()) if _sha256(target / rel) != recorded[rel]
    ]
    return problems


def dependencies(pyproject: Path) -> tuple[list[str], dict[str, list[str]]]:
    """The runtime requirements of the package (``httpx>=0.27,<1`` ...) and its optional extras, as
    pyproject.toml declares them (the development extras left out)."""
    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
        raise VendorError(f"cannot read the dependencies from {pyproject}: {exc}") from exc
    extras = project.get("optional-dependencies") or {}
    runtime = {name: list(reqs) for name, reqs in extras.items() if name not in DEVELOPMENT_EXTRAS}
    return list(project.get("dependencies") or []), runtime


def _requirements_section(required: list[str], extras: dict[str, list[str]]) -> str:
    lines = ["## Dependencies", "", "Install these where this copy is used (ranges from the SDK's pyproject.toml):", ""]
    lines += [f"- `{req}`" for req in required]
    if extras:
        lines += ["", "Optional, for the feature each extra names:", ""]
        lines += [f"- {extra}: {', '.join(f'`{req}`' for req in reqs)}" for extra, reqs in sorted(extras.items())]
    return "\n".join(lines) + "\n"


def _type_checking_section(import_name: str) -> str:
    folder = import_name.replace(".", "/")
    return f"""## Type checking

The copy is typed for mypy --strict and pyright strict. Your type checker reads it as part of your
code, so with only the required dependencies above installed it also reports what the copy imports
but you did not install: the optional extras (`httpx_aiohttp`, `aiohttp`, `orjson`, `redis`, `tqdm`)
and python-dateutil's stubs (`types-python-dateutil`). Tell it not to report errors inside the copy;
your own calls into it stay fully checked (its classes and signatures are still read). mypy, in
`pyproject.toml`:

```toml
[[tool.mypy.overrides]]
module = ["{import_name}", "{import_name}.*"]
ignore_errors = true
```

pyright, in `pyrightconfig.json` (or `[tool.pyright]`): `"ignore": ["{folder}"]`. Or install what it
imports instead: `types-python-dateutil` and the extras (above).
"""


def render_readme(
    info: dict[str, str], import_name: str, name: str, requirements: tuple[list[str], dict[str, list[str]]]
) -> str:
    return f"""# Vendored intercom_client {info["version"]}

This folder is a vendored copy of **intercom_client {info["version"]}**, the async-first typed SDK for
Intercom's REST API, importable here as `{import_name}`. Do not edit it: changes are lost on update.

- Intercom API version: {info["api_version"]}
- Generated from Intercom's OpenAPI description at commit `{info["spec_commit"]}`
  (sha256 `{info["spec_sha256"]}`)
- Intercom's OpenAPI licence: `generated/LICENSE-INTERCOM-OPENAPI.md` (when present)

```python
from {import_name} import AsyncIntercom
```

{_requirements_section(*requirements)}
{_type_checking_section(import_name)}
## Updating

In a checkout of intercom_client at the version you want (regenerated with `make regenerate SPEC=...`
if you need a newer spec), run:

    python -m codegen.vendor <the folder that holds this one> --name {name}

It replaces this folder (it refuses if files here were edited or added, unless `--force`), and
`python -m codegen.spec_changes OLD_SPEC NEW_SPEC` summarises what the new spec changed. Review the
diff, then run your tests.
"""


def vendor(dest: Path, name: str, source: Path = DEFAULT_SOURCE, force: bool = False) -> Path:
    """Write the vendored copy to dest/name and return its path; raise VendorError when refused."""
    if not name.isidentifier() or keyword.iskeyword(name):
        raise VendorError(f"--name must be a Python identifier, got {name!r}")
    source = source.resolve()
    if not (source / "__init__.py").is_file():
        raise VendorError(f"{source} is not a package (no __init__.py)")
    info = package_info(source)
    pyproject = source.parent / "pyproject.toml"
    requirements = dependencies(pyproject if pyproject.is_file() else ROOT / "pyproject.toml")

    dest = dest.resolve()
    target = dest / name
    if target == source or source in target.parents or target in source.parents:
        raise VendorError(f"{target} overlaps the source package {source}")
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise VendorError(f"{target} exists and is not a folder")
    replacing = target.is_dir() and any(target.iterdir())
    if replacing:
        problems = previous_copy_problems(target)
        if problems is None:
            raise VendorError(
                f"{target} is not empty and is not a vendored copy (no {MARKER}); refusing to overwrite it"
            )
        if problems and not force:
            raise VendorError(
                f"{target} has local changes; refusing to overwrite them (use --force):\n  " + "\n  ".join(problems)
            )

    if offenders := absolute_self_imports(source):
        raise VendorError(
            f"the package imports itself absolutely, so a vendored copy would not work: {', '.join(offenders)}"
        )

    dest.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}.vendor-", dir=dest))
    try:
        files: dict[str, str] = {}
        for rel in source_files(source):
            out = staging / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source / rel, out)
            files[rel.as_posix()] = _sha256(out)
        readme = staging / README
        readme.write_text(render_readme(info, dotted_name(target), name, requirements), encoding="utf-8")
        files[README] = _sha256(readme)
        marker = {"package": SOURCE_PACKAGE, **info, "files": dict(sorted(files.items()))}
        (staging / MARKER).write_text(json.dumps(marker, indent=1) + "\n", encoding="utf-8")

        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{name}.old-", dir=dest))
            target.rename(old / name)
            staging.rename(target)
            shutil.rmtree(old)
        else:
            staging.rename(target)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.vendor", description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path, help="the folder to put the package in, e.g. acme/_vendor")
    parser.add_argument("--name", default=SOURCE_PACKAGE, help="the vendored package's name (default intercom_client)")
    parser.add_argument(
        "--source", type=Path, default=DEFAULT_SOURCE, help="the package to copy (default: this repo's)"
    )
    parser.add_argument("--force", action="store_true", help="replace a previous vendored copy even if it was edited")
    args = parser.parse_args(argv)
    try:
        target = vendor(args.dest, args.name, args.source, args.force)
    except (VendorError, OSError) as exc:
        print(f"vendor: {exc}", file=sys.stderr)
        return 1
    info = package_info(target)
    print(f"vendor: wrote {target} (intercom_client {info['version']}, spec {info['spec_commit'][:12]})")
    print(f"vendor: import it as {dotted_name(target)}")
    if not (target.parent / "__init__.py").is_file():
        print(f"vendor: note: {target.parent} has no __init__.py, so {args.name} is a top-level package there")
    return 0


if __name__ == "__main__":
    sys.exit(main())
