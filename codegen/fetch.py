"""Fetch Intercom's OpenAPI description: the pinned upstream file, another URL, or a local copy.

Usage: python -m codegen.fetch [--spec URL_OR_PATH] --out PATH

The source is ``--spec`` if given, else the ``INTERCOM_SPEC`` environment variable if set and not
empty, else the pinned upstream URL built from openapi/source.json. The pinned download must match the
pinned sha256 (a mismatch is an error); for any other source the hash is reported, with whether it
matches the pin. The document must be a YAML/JSON OpenAPI 3.x description with ``paths``.
Every failure exits non-zero with one readable line on stderr.

``fetch_document(source, out)`` is the same step for the other steps (it raises ``FetchError``) and
returns what it learnt (a ``Fetched``: the file, the parsed document, its sha256, the pinned commit it
matches), so that they need not read, parse or hash the file again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from .spec import SpecError, check_openapi, parse_spec

ROOT = Path(__file__).resolve().parents[1]
SOURCE_JSON = ROOT / "openapi" / "source.json"
ENV_VAR = "INTERCOM_SPEC"
# The local copy of the spec shared beside the checkout: the default of the steps that read a file only.
SHARED_SPEC = ROOT.parent / "shared" / "openapi" / "intercom-preview.yaml"
TIMEOUT_SECONDS = 60.0
_URL_RE = re.compile(r"^(https?|file)://", re.IGNORECASE)
_HINT = (
    "no network? pass a local copy of the spec: `make regenerate SPEC=PATH` or `python -m codegen.fetch --spec PATH`"
)


class FetchError(Exception):
    """A failure to fetch or validate the spec; its message is one readable line."""


class Fetched(NamedTuple):
    """What :func:`fetch_document` wrote and learnt on the way."""

    path: Path
    """Where the spec's bytes were written, unchanged."""
    document: dict[str, Any]
    """The document as parsed while checking it."""
    sha256: str
    """The hex sha256 of the bytes."""
    pinned_commit: str | None
    """The pin's upstream commit when the bytes match the pinned sha256, else ``None``."""


def load_pin(path: Path = SOURCE_JSON) -> dict[str, str]:
    """The pin of openapi/source.json, with ``url`` (the pinned upstream URL) added."""
    try:
        pin: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
        pin["url"] = pin["upstream_url_template"].format(commit=pin["commit"], version_dir=pin["version_dir"])
    except (OSError, ValueError, KeyError) as exc:
        raise FetchError(f"cannot read the pin {path}: {exc}") from exc
    return pin


def resolve_source(source: str | None) -> str | None:
    """``source`` if given and not empty, else ``$INTERCOM_SPEC`` if not empty, else ``None`` (the pin)."""
    if source:
        return source
    return os.environ.get(ENV_VAR) or None


def is_url(value: str) -> bool:
    """Whether ``value`` is a URL (``http://``, ``https://`` or ``file://``) rather than a local path."""
    return _URL_RE.match(value) is not None


def _download(url: str, timeout: float) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "intercom-client-fetch-spec"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data: bytes = response.read()
            return data
    except urllib.error.HTTPError as exc:
        raise FetchError(f"cannot download {url}: HTTP {exc.code} {exc.reason}; {_HINT}") from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise FetchError(f"cannot download {url}: {reason}; {_HINT}") from exc


def _read_local(path: Path) -> bytes:
    if not path.exists():
        raise FetchError(f"no such file: {path} (pass an existing local copy of the spec, or a URL)")
    if not path.is_file():
        raise FetchError(f"not a file: {path}")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {exc.strerror or exc}") from exc


def parse_document(data: bytes, origin: str) -> dict[str, Any]:
    """Parse ``data`` as YAML or JSON and check that it is an OpenAPI 3.x description with paths
    (``spec.check_openapi``); ``FetchError`` otherwise."""
    try:
        document: Any = parse_spec(data, origin)
    except SpecError as exc:
        raise FetchError(f"{origin} is not an OpenAPI document: {str(exc).removeprefix(origin + ': ')}") from exc
    try:
        return check_openapi(document, origin)
    except SpecError as exc:
        raise FetchError(str(exc)) from exc


def fetch_document(
    source: str | None,
    out: Path,
    *,
    timeout: float = TIMEOUT_SECONDS,
    log: Callable[[str], None] | None = print,
    pin_path: Path = SOURCE_JSON,
) -> Fetched:
    """Fetch the spec from ``source`` (URL or path; ``None``/empty: ``$INTERCOM_SPEC``, else the pin),
    check it and write its bytes unchanged to ``out``. Returns a ``Fetched`` (the next steps need not read,
    parse or hash the file again); raises ``FetchError``."""
    pin = load_pin(pin_path)
    chosen = resolve_source(source)
    pinned_url = chosen is None or chosen == pin["url"]
    origin = pin["url"] if chosen is None else chosen
    data = _download(origin, timeout) if is_url(origin) else _read_local(Path(origin).expanduser())
    digest = hashlib.sha256(data).hexdigest()
    if pinned_url and digest != pin["sha256"]:
        raise FetchError(
            f"sha256 mismatch for the pinned spec {origin}: expected {pin['sha256']}, got {digest}"
            " (update openapi/source.json only if the new file is intended)"
        )
    document = parse_document(data, origin)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=out.parent, prefix=f".{out.name}.", delete=False) as tmp:
        tmp.write(data)
    Path(tmp.name).replace(out)
    if log is not None:
        if pinned_url or digest == pin["sha256"]:
            status = f"matches the pin (commit {pin['commit'][:12]})"
        else:
            status = f"differs from the pin (commit {pin['commit'][:12]}, sha256 {pin['sha256'][:12]}...)"
        log(f"fetch: {origin} -> {out} (sha256 {digest}, {status})")
    return Fetched(out, document, digest, pin["commit"] if digest == pin["sha256"] else None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m codegen.fetch", description="Fetch Intercom's OpenAPI description (pinned by default)."
    )
    parser.add_argument(
        "--spec",
        default=None,
        help=f"URL or local path of the spec (default: ${ENV_VAR} if set, else the pinned upstream URL)",
    )
    parser.add_argument("--out", required=True, type=Path, help="where to write the spec")
    parser.add_argument("--timeout", type=float, default=TIMEOUT_SECONDS, help="download timeout in seconds")
    args = parser.parse_args(argv)
    try:
        fetch_document(args.spec, args.out, timeout=args.timeout)
    except FetchError as exc:
        print(f"fetch: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
