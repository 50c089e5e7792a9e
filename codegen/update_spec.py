"""The maintainer's loop for a new Intercom spec, in one command (``make update-spec SPEC=...``).

    python -m codegen.update_spec --spec URL_OR_PATH --old-spec PATH [--commit SHA] [--date YYYY-MM-DD]
                                  [--default-version V]

1. fetch the new spec (codegen.fetch);
2. decide the default ``Intercom-Version``: the pinned one while the new spec still lists it; else the
   new spec's own default (or ``--default-version``), which the summary then reports first, as breaking;
3. regenerate ``intercom_client/generated`` and ``docs/api.md`` from it (codegen.regenerate);
4. compare the public Python API before and after (codegen.api_changes: every change breaking or
   additive, the release it calls for) and the two specs in their own terms (codegen.spec_changes, for
   reviewers), and write both under "API changes" in CHANGELOG.md's Unreleased section (replacing the
   one a previous run wrote);
5. the pin (openapi/source.json: commit, sha256, date, the spec's version, the default version) is
   updated before regenerating (so that the package records the new commit; restored if that fails);
6. print what to review.

``--old-spec`` is the spec the committed package was generated from (its sha256 must be the pin's); the
upstream commit of the new spec is read from its URL when it is a pinned-style upstream URL, else taken
from ``--commit`` (without it the pin records ``unknown``, which ``make regenerate`` cannot download).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import api_changes, spec_changes
from .fetch import SOURCE_JSON, FetchError, fetch_document
from .generate import GenerateError
from .regenerate import RegenerateError, check_default_version, regenerate, spec_versions
from .spec import SpecError

ROOT = Path(__file__).resolve().parents[1]
_COMMIT_IN_URL = re.compile(r"/Intercom-OpenAPI/([0-9a-f]{40})/descriptions/([^/]+)/")
_SECTION = "### API changes"


class UpdateError(Exception):
    """A step of the update failed; nothing after it was written."""


@dataclass
class Paths:
    """Where the update reads and writes (the checkout's files by default; a test passes a copy)."""

    generated: Path = ROOT / "intercom_client" / "generated"
    docs: Path = ROOT / "docs" / "api.md"
    changelog: Path = ROOT / "CHANGELOG.md"
    pin: Path = SOURCE_JSON


@dataclass
class Update:
    summary: api_changes.Summary
    default_version: tuple[str, str]
    """(before, after): the Intercom-Version clients send by default."""
    spec_default: str | None
    """The new spec's own default, when it declares one."""
    pin: dict[str, str]
    markdown: str


def choose_default_version(spec: dict[str, object], pinned: str, requested: str | None) -> str:
    """The default ``Intercom-Version`` after the update: ``requested`` if given, else ``pinned`` while the
    spec lists it, else the spec's own default (the change is then reported first, as breaking)."""
    if requested:
        return check_default_version(spec, requested)
    values, spec_default = spec_versions(spec)
    if not values or pinned in values:
        return pinned
    if spec_default is None:
        raise UpdateError(
            f"the new spec drops the pinned default Intercom-Version {pinned!r} and declares no default of its "
            f"own: choose one of {', '.join(values)} with --default-version"
        )
    return spec_default


def update_spec(
    source: str,
    old_spec: Path,
    *,
    commit: str | None = None,
    date: str | None = None,
    default_version: str | None = None,
    paths: Paths | None = None,
) -> Update:
    paths = paths or Paths()
    pin = json.loads(paths.pin.read_text(encoding="utf-8"))
    old_bytes = old_spec.read_bytes()
    if hashlib.sha256(old_bytes).hexdigest() != pin["sha256"]:
        raise UpdateError(f"--old-spec {old_spec} is not the pinned spec (its sha256 differs from {paths.pin})")
    with tempfile.TemporaryDirectory(prefix="intercom-update-") as tmp_name:
        tmp = Path(tmp_name)
        fetched = fetch_document(source, tmp / "spec.yaml", pin_path=paths.pin)
        new_default = choose_default_version(fetched.document, pin["default_api_version"], default_version)
        found = _COMMIT_IN_URL.search(source)
        new_pin = {
            **pin,
            "commit": commit or (found[1] if found else "unknown"),
            "sha256": fetched.sha256,
            "date": date or "unknown",
            "api_version": str((fetched.document.get("info") or {}).get("version", pin["api_version"])),
            "default_api_version": new_default,
        }
        if found:
            new_pin["version_dir"] = found[2]
        before = tmp / "before" / "generated"
        shutil.copytree(paths.generated, before, ignore=shutil.ignore_patterns("__pycache__"))
        old_pin_text = paths.pin.read_text(encoding="utf-8")
        # The pin first: the regenerated _spec.py records the commit the new bytes match.
        paths.pin.write_text(json.dumps(new_pin, indent=2) + "\n", encoding="utf-8")
        try:
            regenerate(str(fetched.path), paths.generated, paths.docs, default_version=new_default, pin_path=paths.pin)
        except BaseException:
            paths.pin.write_text(old_pin_text, encoding="utf-8")
            raise
        summary = api_changes.compare_dirs(before, paths.generated)
        old_document = spec_changes.load_spec(old_spec)
        spec_level = spec_changes.render_markdown(
            spec_changes.diff_specs(old_document, fetched.document),
            title="In the spec's terms (for reviewers)",
            old_label=f"the pinned spec (commit {pin['commit'][:12]})",
            new_label=f"`{source}` (sha256 {fetched.sha256[:12]})",
            level=4,
        )
    markdown = api_changes.render(summary, level=4) + "\n" + spec_level
    write_changelog(paths.changelog, markdown)
    _, spec_default = spec_versions(fetched.document)
    return Update(summary, (pin["default_api_version"], new_default), spec_default, new_pin, markdown)


def write_changelog(changelog: Path, markdown: str) -> None:
    """Put ``markdown`` under "### API changes" in the Unreleased section (replacing an earlier one)."""
    text = changelog.read_text(encoding="utf-8")
    start = text.find("## [Unreleased]")
    if start < 0:
        raise UpdateError(f"{changelog} has no '## [Unreleased]' section")
    end = text.find("\n## ", start + 1)
    end = len(text) if end < 0 else end + 1
    section = text[start:end]
    block = f"{_SECTION}\n\n{markdown.rstrip()}\n\n"  # markdown's headings are already under _SECTION's
    if _SECTION + "\n" in section:
        a = section.index(_SECTION + "\n")
        following = re.search(r"^### ", section[a + len(_SECTION) :], re.M)
        b = a + len(_SECTION) + following.start() if following else len(section)
        section = section[:a] + block + section[b:]
    else:
        heading_end = section.index("\n") + 1
        section = section[:heading_end] + "\n" + block + section[heading_end:].lstrip("\n")
    changelog.write_text(text[:start] + section + text[end:], encoding="utf-8")


def review_notes(update: Update) -> list[str]:
    summary = update.summary
    before, after = update.default_version
    notes = [
        f"update-spec: {summary.bump} change, {len(summary.breaking)} breaking and {len(summary.additive)} additive "
        f"(griffe: {summary.griffe_count}); written to CHANGELOG.md under 'API changes'",
        f"update-spec: pin updated (openapi/source.json): commit {update.pin['commit'][:12]}, "
        f"sha256 {update.pin['sha256'][:12]}, default Intercom-Version {after}",
    ]
    if before != after:
        notes.append(f"update-spec: BREAKING: the default Intercom-Version moves from {before} to {after}")
    elif update.spec_default not in (None, after):
        notes.append(
            f"update-spec: the new spec's own default is {update.spec_default}; clients keep sending {after} "
            f"(run again with --default-version {update.spec_default} to move, a breaking change)"
        )
    notes += [
        "update-spec: review: CHANGELOG.md (the summary; set the release it suggests), `git diff --stat`, "
        "docs/api.md, README/examples naming what changed; then `make test` (examples that call what the spec "
        "dropped fail `make typecheck`; tests of an operation the spec dropped fail on the pinned spec: update them)",
    ]
    return notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.update_spec", description=__doc__.splitlines()[0])
    parser.add_argument("--spec", required=True, help="URL or local path of the new spec")
    parser.add_argument("--old-spec", required=True, type=Path, help="the pinned spec, as a local file")
    parser.add_argument("--commit", default=None, help="the new spec's upstream commit (read from its URL if there)")
    parser.add_argument("--date", default=None, help="the date of that commit (YYYY-MM-DD)")
    parser.add_argument("--default-version", default=None, help="the Intercom-Version clients send by default")
    args = parser.parse_args(argv)
    try:
        update = update_spec(
            args.spec, args.old_spec, commit=args.commit, date=args.date, default_version=args.default_version
        )
    except (UpdateError, RegenerateError, FetchError, GenerateError, SpecError, OSError, ValueError) as exc:
        print(f"update-spec: {exc}", file=sys.stderr)
        return 1
    print("\n".join(review_notes(update)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
