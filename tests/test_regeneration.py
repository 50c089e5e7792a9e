"""Regeneration you can trust, across real spec versions: each regenerates with no hand edits, the package
type-checks under ``mypy --strict``, the test suite collects against it, and the summary of what changed
for users names the real changes.

The versions: the pinned spec (the committed package, which ``make typecheck`` checks and
tests/test_generated.py regenerates byte for byte), the Preview spec of 2026-01-27 (before the
Unstable -> Preview rename: another default version, 93 fewer operations) and the stable 2.15 spec. The
two older ones are regenerated once per run, side by side (one process each); each is then laid out as
a copy of this checkout whose ``intercom_client/generated`` is the regenerated package (the other files
are links), where mypy and ``pytest --collect-only`` run as a maintainer would run them after
``make regenerate SPEC=...``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from codegen import api_changes, update_spec
from intercom_client import Intercom, models

from .conftest import ROOT, SHARED_OPENAPI
from .operations import resource_class

# The committed package is the pinned spec's: after `make regenerate SPEC=other` these comparisons have no baseline.
pytestmark = [pytest.mark.regeneration, pytest.mark.pinned]

# spec file -> the Intercom-Version its clients send by default (the pin's "Preview" is not a value of these)
VERSIONS = {"intercom-preview-2026-01-27.yaml": "Unstable", "intercom-2.15.yaml": "2.15"}
VENV_BIN = Path(sys.executable).parent
_NOT_LINKED = {".git", ".venv", ".mypy_cache", ".pytest_cache", ".ruff_cache", "intercom_client", "tests", "dist"}


@dataclass
class Regenerated:
    spec: Path
    result: subprocess.CompletedProcess[str]
    checkout: Path
    """A copy of this checkout (links, but for tests/ and the regenerated package) to run tools in."""

    @property
    def package(self) -> Path:
        return self.checkout / "intercom_client" / "generated"


def _run(command: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, timeout=600, check=False, env={**os.environ, **env}
    )


def _checkout(where: Path) -> Path:
    """A checkout beside this one: every top-level entry linked, but ``tests/`` (copied, so that its ROOT is
    the copy) and ``intercom_client/`` (a folder of links, with no ``generated/`` yet)."""
    where.mkdir(parents=True)
    for entry in ROOT.iterdir():
        if entry.name not in _NOT_LINKED and not entry.name.endswith(".egg-info"):
            (where / entry.name).symlink_to(entry)
    shutil.copytree(ROOT / "tests", where / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    package = where / "intercom_client"
    package.mkdir()
    for entry in (ROOT / "intercom_client").iterdir():
        if entry.name not in ("generated", "__pycache__"):
            (package / entry.name).symlink_to(entry)
    return where


def _regenerate(name: str, where: Path) -> Regenerated:
    spec = SHARED_OPENAPI / name
    checkout = _checkout(where)
    command = [sys.executable, "-m", "codegen.regenerate", "--spec", str(spec)]
    command += ["--out", str(checkout / "intercom_client" / "generated"), "--default-version", VERSIONS[name]]
    return Regenerated(spec, _run(command, ROOT), checkout)


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Regenerated]]:
    missing = [name for name in VERSIONS if not (SHARED_OPENAPI / name).is_file()]
    if missing:
        pytest.skip(f"the shared spec copies {missing} are not in {SHARED_OPENAPI}")
    base = tmp_path_factory.mktemp("regenerated")
    with ThreadPoolExecutor(max_workers=len(VERSIONS)) as pool:  # one process per version, side by side
        done = dict(
            zip(VERSIONS, pool.map(lambda n: _regenerate(n, base / n.removesuffix(".yaml")), VERSIONS), strict=True)
        )
    yield done


def _each(
    regenerated: dict[str, Regenerated], command: list[str], **env: str
) -> dict[str, subprocess.CompletedProcess[str]]:
    """``command`` in each regenerated checkout, side by side (``{spec}`` in ``env`` is that version's spec)."""
    ready = {name: r for name, r in regenerated.items() if r.result.returncode == 0}

    def run(item: Regenerated) -> subprocess.CompletedProcess[str]:
        return _run(command, item.checkout, **{k: v.replace("{spec}", str(item.spec)) for k, v in env.items()})

    with ThreadPoolExecutor(max_workers=len(ready) or 1) as pool:
        return dict(zip(ready, pool.map(run, ready.values()), strict=True))


@pytest.fixture(scope="module")
def mypy_results(
    regenerated: dict[str, Regenerated], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, subprocess.CompletedProcess[str]]:
    # Each run starts from this checkout's cache (make typecheck fills it): what did not change is not checked anew.
    for item in regenerated.values():
        if (ROOT / ".mypy_cache").is_dir():
            shutil.copytree(ROOT / ".mypy_cache", item.checkout / ".mypy_cache")
    return _each(regenerated, [str(VENV_BIN / "mypy")])


@pytest.mark.parametrize("name", sorted(VERSIONS))
def test_each_version_regenerates_with_no_hand_edits(regenerated: dict[str, Regenerated], name: str) -> None:
    result = regenerated[name].result
    # regenerate.py fails on any generator warning and on any operation missing from the output.
    assert result.returncode == 0, result.stderr
    assert re.search(r"\(\d+ operations\)", result.stdout.splitlines()[-1])
    assert f'DEFAULT_API_VERSION: Final = "{VERSIONS[name]}"' in (regenerated[name].package / "_spec.py").read_text()


@pytest.mark.parametrize("name", sorted(VERSIONS))
def test_the_regenerated_package_type_checks_and_the_examples_miss_only_operations(
    mypy_results: dict[str, subprocess.CompletedProcess[str]], name: str
) -> None:
    """``mypy --strict`` (the project's configuration: the package, codegen, the examples) is clean but for
    examples using an operation or a field this spec does not have (``quickstart.py`` lists a contact's
    activities, which came in 2026-05; 2.15 has no ``ReportingDatasetAttribute.qualified_id``): an example
    shows the pinned spec, and such an error says which example to update."""
    output = mypy_results[name].stdout
    errors = [line for line in output.splitlines() if ": error:" in line]
    assert errors or mypy_results[name].returncode == 0, output
    for line in errors:
        found = re.match(r'examples/\w+\.py:\d+: error: "(\w+)" has no attribute "(\w+)"  \[attr-defined\]$', line)
        assert found, f"not an example calling an operation this spec lacks: {line}"
        owner, attribute = found.groups()
        assert _pinned_has(owner, attribute), f"{line}: the pinned package has no {owner}.{attribute} either"


def _pinned_has(owner: str, attribute: str) -> bool:
    """Whether the committed package's client, resource class or model ``owner`` has ``attribute``."""
    if owner in ("Intercom", "AsyncIntercom"):
        return hasattr(Intercom, attribute)
    if owner.endswith("Resource"):
        resource = re.sub(r"(?<!^)(?=[A-Z])", "_", owner.removeprefix("Async").removesuffix("Resource")).lower()
        return hasattr(resource_class(resource, is_async=owner.startswith("Async")), attribute)
    model = getattr(models, owner)
    return any(attribute in vars(cls).get("__annotations__", {}) for cls in model.__mro__)


@pytest.fixture(scope="module")
def collected(regenerated: dict[str, Regenerated]) -> dict[str, subprocess.CompletedProcess[str]]:
    """``pytest --collect-only tests`` in each regenerated checkout, with INTERCOM_SPEC naming its spec."""
    command = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:xdist", "-p", "no:cacheprovider"]
    return _each(regenerated, [*command, "tests"], INTERCOM_SPEC="{spec}", CI="")


@pytest.mark.parametrize("name", sorted(VERSIONS))
def test_the_suite_collects_against_the_regenerated_package(
    collected: dict[str, subprocess.CompletedProcess[str]], name: str
) -> None:
    result = collected[name]
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert re.search(r"^\d+ tests collected in ", result.stdout, re.M), result.stdout[-2000:]


def test_on_another_spec_tests_of_what_it_lacks_skip_saying_why(regenerated: dict[str, Regenerated]) -> None:
    item = regenerated["intercom-preview-2026-01-27.yaml"]
    assert item.result.returncode == 0, item.result.stderr
    tests = ["tests/test_multipart.py", "tests/test_api_version.py", "tests/test_pinned_marks.py"]
    command = [sys.executable, "-m", "pytest", "-q", "-rfs", "-p", "no:xdist", "-p", "no:cacheprovider", *tests]
    result = _run(command, item.checkout, INTERCOM_SPEC=str(item.spec), CI="")
    assert result.returncode == 0, result.stdout[-3000:]
    out = " ".join(result.stdout.split())
    assert "the method client.ecommerce_connectors.upload_ecommerce_catalog() is not in the package generated" in out
    assert "asserts the pinned spec's exact content; this package was generated from another spec" in out
    # skipped: 1 in test_multipart, 3 in test_api_version, 2 in test_pinned_marks
    assert re.search(r"\b4 passed, 6 skipped in ", out), out[-500:]


# A bounded subset of the suite, run against the 2026-01-27 package (~150 tests, ~5 s of CPU, ~15 s on the
# clock, most of it waiting on loopback servers): the tests of operations that spec lacks (bulk jobs and
# exports, companies' search, the demo's contact activities), of what the helpers do when an operation is
# missing, and of the pinned spec's content. Prism-backed tests are left out (each would start the mock,
# ~8 s), as are the export reader's tests (~12 s, of what no spec lacks).
SUBSET = [
    "tests/test_bulk_jobs.py",
    "tests/test_bulk_exports.py::test_a_reporting_export_runs_with_its_app_and_client_ids",
    "tests/test_bulk_exports.py::test_five_pending_reporting_exports_at_most",
    "tests/test_bulk_search.py",
    "tests/test_bulk_sync.py",
    "tests/test_pagination.py",
    "tests/edges/test_missing_operations.py",
    "tests/kit/test_spec_valid.py",
    "tests/kit/test_coverage_doc.py",
    "tests/kit/test_demo.py",
    "tests/test_readme.py::test_every_import_in_the_readme_resolves",
]


def test_a_subset_of_the_suite_passes_against_the_2026_01_27_package(regenerated: dict[str, Regenerated]) -> None:
    """After ``make regenerate SPEC=intercom-preview-2026-01-27.yaml`` nothing fails: what the spec lacks
    is skipped, naming it, and the rest passes (PYTHONPATH: the examples a test runs import this package)."""
    item = regenerated["intercom-preview-2026-01-27.yaml"]
    assert item.result.returncode == 0, item.result.stderr
    command = [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:xdist", "-p", "no:cacheprovider", *SUBSET]
    command += ["-k", "not prism"]
    env = {"INTERCOM_SPEC": str(item.spec), "CI": "", "PYTHONPATH": str(item.checkout)}
    result = _run(command, item.checkout, **env)
    out = " ".join(result.stdout.split())
    assert result.returncode == 0, result.stdout[-4000:]
    assert " failed" not in out and " error" not in out, out[-2000:]
    for missing in ("contacts.retrieve_bulk_update_contacts_job", "reporting_data_export.enqueue", "companies.search"):
        assert f"the method client.{missing}() is not in the package generated from this spec" in out, missing
    assert "asserts the pinned spec's exact content; this package was generated from another spec" in out
    passed = re.search(r"\b(\d+) passed, (\d+) skipped", out)
    assert passed and int(passed[1]) > 100, out[-500:]


def test_the_summary_names_the_real_changes_from_2026_01_27_to_the_pin(regenerated: dict[str, Regenerated]) -> None:
    item = regenerated["intercom-preview-2026-01-27.yaml"]
    assert item.result.returncode == 0, item.result.stderr
    summary = api_changes.compare_dirs(item.package, ROOT / "intercom_client" / "generated")
    lines = {(c.breaking, c.text) for c in summary.changes}
    first = summary.breaking[0]
    assert first.group == "default version" and "from `'Unstable'` to `'Preview'`" in first.text
    assert (True, "`IntercomVersion`: values removed `'Unstable'`") in lines
    assert (True, "`Contact.owner_id`: type `int | None` -> `str | int | None`") in lines
    assert (True, "`MergeContactsRequest.from_`: now required, type `str | Unset | None` -> `str`") in lines
    assert (True, "`client.tags.create()`: returns `TagCreateResponse` (was `Tag`)") in lines
    assert any(breaking and text.startswith("`client.custom_channel_events` removed") for breaking, text in lines)
    assert (False, "`client.admins.list()`: new optional argument `display_avatar` (`bool | Unset`)") in lines
    assert [c for c in summary.changes if c.group == "other"] == []  # griffe finds nothing the lines miss
    assert summary.bump == "major"


def test_update_spec_from_2026_01_27_to_the_pin_reproduces_the_committed_package(
    regenerated: dict[str, Regenerated], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``make update-spec``'s steps on a copy pinned to the 2026-01-27 spec, moving to the pinned spec: the
    package and docs it writes are the committed ones, the pin is the committed pin, and CHANGELOG.md gets
    the summary with the default version's change first."""
    item = regenerated["intercom-preview-2026-01-27.yaml"]
    assert item.result.returncode == 0, item.result.stderr
    committed_pin = json.loads((ROOT / "openapi" / "source.json").read_text())
    paths = update_spec.Paths(
        generated=tmp_path / "generated",
        docs=tmp_path / "api.md",
        changelog=tmp_path / "CHANGELOG.md",
        pin=tmp_path / "source.json",
    )
    shutil.copytree(item.package, paths.generated, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copyfile(ROOT / "CHANGELOG.md", paths.changelog)
    old_pin = {**committed_pin, "commit": "01ca60d6d95cdab31c0aca0fda26818fc464e260", "date": "2026-01-27",
               "sha256": "fa877edc2819f7fe3879c5ad82d5a2ae5c85a953954a822fd25be19b6203be47",
               "api_version": "Unstable", "default_api_version": "Unstable"}  # fmt: skip
    paths.pin.write_text(json.dumps(old_pin))
    update = update_spec.update_spec(
        str(SHARED_OPENAPI / "intercom-preview.yaml"), item.spec,
        commit=committed_pin["commit"], date=committed_pin["date"], paths=paths,
    )  # fmt: skip
    assert json.loads(paths.pin.read_text()) == committed_pin
    assert _different_files(ROOT / "intercom_client" / "generated", paths.generated) == []
    assert paths.docs.read_text() == (ROOT / "docs" / "api.md").read_text()
    assert update.default_version == ("Unstable", "Preview")
    changelog = paths.changelog.read_text()
    unreleased = changelog[
        changelog.index("## [Unreleased]") : changelog.index("\n## ", changelog.index("## [Unreleased]"))
    ]
    section = unreleased[unreleased.index("### API changes") :]
    assert "\n#### Changes for code that uses the SDK\n\n**Major change: release " in section
    assert section.index("- default version: the default `Intercom-Version`") < section.index("- methods:")
    assert "#### In the spec's terms (for reviewers)" in section
    notes = update_spec.review_notes(update)
    assert "update-spec: BREAKING: the default Intercom-Version moves from Unstable to Preview" in notes


def _different_files(left: Path, right: Path) -> list[str]:
    """Paths that differ between two trees (__pycache__ aside)."""
    names = {p.relative_to(left) for p in left.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    names |= {p.relative_to(right) for p in right.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    return sorted(
        str(n)
        for n in names
        if not (left / n).is_file() or not (right / n).is_file() or (left / n).read_bytes() != (right / n).read_bytes()
    )
