"""Regenerate the SDK's generated package from an Intercom OpenAPI description.

    python -m codegen.regenerate [--spec URL_OR_PATH] --out DIR [--docs docs/api.md] [--default-version V]

Steps: fetch the spec (codegen.fetch), normalise it (codegen.normalize), run openapi-python-client with
generator-config.yaml and templates/ (codegen.generate, which adds the resource surface's names and
pagination), write the spec pin, pagination table and operations table modules (templates/spec_pin.py.jinja,
templates/pagination_table.py.jinja, codegen.fake_table), remove the stock per-operation modules (each operation is its
resource method), add the "do not edit" header and Intercom's licence, format with
ruff, check that every operation of the spec has its resource method, and only then replace DIR; with
--docs, write the API reference (codegen.api_reference) too.
Fails (exit 1) on any generator warning.

The ``Intercom-Version`` clients send by default (``_spec.DEFAULT_API_VERSION``) is the pin's
``default_api_version`` (openapi/source.json), never the spec's own default: a regeneration cannot move it.
A spec whose ``intercom_version`` values lack it is refused (exit 1, naming the spec's values and default);
``--default-version`` chooses another for one run, and ``make update-spec`` moves the pin, saying so.
The output depends only on the spec and this repository, so two runs give identical bytes.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .api_reference import render as render_api_reference
from .fake_table import render as render_operations_table
from .fetch import SOURCE_JSON, FetchError, fetch_document, load_pin
from .generate import GenerateError, generate
from .generate.names import operation_key, resource_file
from .normalize import normalize
from .pagination import render_pagination_module
from .render import render
from .spec import JSON, SpecError, iter_operations, parameters, resolve

ROOT = Path(__file__).resolve().parents[1]

VENV_BIN = Path(sys.executable).parent
HEADER = "# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.\n"


class RegenerateError(Exception):
    """A step failed; the message says which and why."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.regenerate", description=__doc__.splitlines()[0])
    parser.add_argument("--spec", default=None, help="URL or local path (default: the pinned upstream URL)")
    parser.add_argument("--out", required=True, type=Path, help="directory of the generated package")
    parser.add_argument("--docs", type=Path, default=None, help="also write the API reference here (docs/api.md)")
    parser.add_argument(
        "--default-version",
        default=None,
        help="the Intercom-Version clients send by default (default: default_api_version of openapi/source.json)",
    )
    args = parser.parse_args(argv)
    try:
        regenerate(args.spec, args.out, args.docs, default_version=args.default_version)
    except (RegenerateError, FetchError, GenerateError, SpecError) as exc:
        print(f"regenerate: {exc}", file=sys.stderr)
        return 1
    return 0


def regenerate(
    spec_source: str | None,
    out: Path,
    docs: Path | None = None,
    *,
    default_version: str | None = None,
    pin_path: Path = SOURCE_JSON,
) -> None:
    """Regenerate ``out`` (and ``docs``) from the spec at ``spec_source`` (see the module's docstring);
    ``default_version``: the ``Intercom-Version`` clients send by default (None: the pin's, ``pin_path``)."""
    with tempfile.TemporaryDirectory(prefix="intercom-regen-") as tmp_name:
        tmp = Path(tmp_name)
        fetched = fetch_document(spec_source, tmp / "spec.yaml", pin_path=pin_path)
        spec = fetched.document
        default_version = check_default_version(spec, default_version or pinned_default_version(pin_path))
        normalised, counts = normalize(spec)  # a normalised copy: ``spec`` stays as published
        for rule, count in sorted(counts.items()):
            print(f"normalise: {rule}: {count}")
        normalised_path = tmp / "normalised.json"
        normalised_path.write_text(json.dumps(normalised, indent=1, sort_keys=True))

        package = tmp / "package"
        generate(normalised_path, package)
        remove_endpoint_modules(package)
        write_extra_modules(package, spec, default_version, normalised, fetched.sha256, fetched.pinned_commit)
        add_headers(package)
        ruff(package)
        check_operations(normalised, package)
        replace_dir(package, out)
        if docs is not None:
            docs.parent.mkdir(parents=True, exist_ok=True)
            docs.write_text(render_api_reference(normalised))
            print(f"regenerate: wrote {docs}")
    print(f"regenerate: wrote {out} ({count_operations(normalised)} operations)")


def write_extra_modules(
    package: Path, spec: JSON, default_version: str, normalised: JSON, sha256: str, commit: str | None
) -> None:
    """The spec pin module (_spec.py), the pagination table, the operations table (codegen.fake_table: what
    the testing kit answers) and Intercom's licence; ``commit`` is the pinned
    upstream commit the spec's bytes (``sha256``) match, ``None`` when they do not."""
    api_version = str(spec.get("info", {}).get("version", "unknown"))
    (package / "_spec.py").write_text(
        render(
            "spec_pin.py.jinja",
            api_version=api_version,
            default_api_version=default_version,
            spec_commit=commit or "unpinned",
            spec_sha256=sha256,
            operation_count=count_operations(normalised),
        )
    )
    (package / "pagination_table.py").write_text(render_pagination_module(normalised))
    (package / "operations_table.py").write_text(render_operations_table(normalised))
    shutil.copyfile(ROOT / "openapi" / "LICENSE-INTERCOM-OPENAPI.md", package / "LICENSE-INTERCOM-OPENAPI.md")


def pinned_default_version(pin_path: Path = SOURCE_JSON) -> str:
    """The ``Intercom-Version`` clients send by default: ``default_api_version`` of openapi/source.json."""
    try:
        return str(load_pin(pin_path)["default_api_version"])
    except KeyError as exc:
        raise RegenerateError("openapi/source.json has no default_api_version (see openapi/README.md)") from exc


def spec_versions(spec: JSON) -> tuple[list[str], str | None]:
    """The values of the spec's ``Intercom-Version`` header and the default it declares (the first header
    schema that declares them); ``([], None)`` when the spec has no such header."""
    values: list[str] = []
    default: str | None = None
    for path, _, operation in iter_operations(spec):
        for parameter in parameters(spec, path, operation):
            if parameter.get("in") == "header" and str(parameter.get("name", "")).lower() == "intercom-version":
                schema = resolve(spec, parameter.get("schema", {})) or {}
                values = values or [str(v) for v in schema.get("enum") or []]
                if default is None and schema.get("default") is not None:
                    default = str(schema["default"])
                if values and default is not None:
                    return values, default
    return values, default


def check_default_version(spec: JSON, version: str) -> str:
    """``version`` if the spec's ``Intercom-Version`` values include it (or it declares none)."""
    values, spec_default = spec_versions(spec)
    if values and version not in values:
        raise RegenerateError(
            f"the default Intercom-Version {version!r} (openapi/source.json: default_api_version) is not a value "
            f"of this spec's Intercom-Version ({', '.join(values)}; its default: {spec_default}): choose one with "
            "--default-version, or move the pin with `make update-spec SPEC=...`"
        )
    return version


def add_headers(package: Path) -> None:
    for path in sorted(package.rglob("*.py")):
        path.write_text(HEADER + path.read_text())


def ruff(package: Path) -> None:
    ruff_bin = str(VENV_BIN / "ruff")
    common = ["--isolated", "--line-length", "120", "--target-version", "py311"]
    steps = [
        [
            ruff_bin,
            "check",
            *common,
            "--select",
            "E402,F401,I001,RUF022,RUF036,RUF100",
            "--fix",
            "--quiet",
            str(package),
        ],
        [ruff_bin, "format", *common, "--quiet", str(package)],
    ]
    for command in steps:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RegenerateError(f"{' '.join(command[:2])} failed:\n{result.stdout}{result.stderr}")


def remove_endpoint_modules(package: Path) -> None:
    """Delete the stock generator's module per operation (``api/<tag>/<operation>.py``): each operation
    is its resource method in ``api/<tag>/__init__.py`` (templates/endpoint_init.py.jinja)."""
    for module in sorted((package / "api").glob("*/*.py")):
        if module.name != "__init__.py":
            module.unlink()


def check_operations(spec: JSON, package: Path) -> None:
    """Every operation of the spec has its resource method, which decodes every documented 2xx JSON response."""
    problems = []
    for path, method, operation in iter_operations(spec):
        resource = resource_file(package, operation_key(operation))
        label = f"{method.upper()} {path} ({operation.get('operationId')})"
        source = resource.read_text() if resource.is_file() else ""
        found = re.search(r'"method": "' + re.escape(method.lower()) + r'",\s*"url": "' + re.escape(path) + '"', source)
        if found is None:
            problems.append(f"{label}: no resource method sends it")
            continue
        end = source.find("\n    def ", found.end())
        code = source[found.end() : end if end >= 0 else None]
        for status, response in (operation.get("responses") or {}).items():
            json_content = (resolve(spec, response).get("content") or {}).get("application/json")
            if str(status).startswith("2") and json_content and not re.search(rf"\b{status}: (?!None\b)", code):
                problems.append(f"{label}: the {status} JSON response is not decoded")
    if problems:
        raise RegenerateError("the generated code is incomplete:\n  " + "\n  ".join(problems))


def replace_dir(source: Path, out: Path) -> None:
    """Replace ``out`` with ``source``: the folder holds nothing but generated files."""
    out = out.resolve()
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source, out, ignore=shutil.ignore_patterns("__pycache__"))


def count_operations(spec: JSON) -> int:
    return sum(1 for _ in iter_operations(spec))


if __name__ == "__main__":
    sys.exit(main())
