"""Tests of codegen/fetch.py: local copies, a local HTTP server on 127.0.0.1, and the failures."""

from __future__ import annotations

import functools
import hashlib
import http.server
import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from codegen import fetch as fs

ROOT = Path(__file__).resolve().parent.parent

TINY_SPEC = b"openapi: 3.0.1\ninfo: {title: tiny, version: '1'}\npaths:\n  /ping:\n    get:\n      responses: {'200': {description: ok}}\n"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write_pin(tmp_path: Path, template: str, sha256: str) -> Path:
    pin = tmp_path / "source.json"
    pin.write_text(
        json.dumps(
            {
                "upstream_url_template": template,
                "commit": "0123456789abcdef0123456789abcdef01234567",
                "version_dir": "0",
                "api_version": "Preview",
                "sha256": sha256,
                "date": "2026-01-01",
            }
        )
    )
    return pin


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A static HTTP server on 127.0.0.1 serving a temporary directory; stopped after the test."""
    root = tmp_path / "www"
    root.mkdir()

    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(autouse=True)
def no_env_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(fs.ENV_VAR, raising=False)


def _serve_pinned(served: tuple[str, Path], tmp_path: Path, body: bytes, sha256: str) -> tuple[Path, str]:
    base, root = served
    target = root / "0123456789abcdef0123456789abcdef01234567" / "0"
    target.mkdir(parents=True)
    (target / "api.yaml").write_bytes(body)
    pin = _write_pin(tmp_path, base + "/{commit}/{version_dir}/api.yaml", sha256)
    return pin, fs.load_pin(pin)["url"]


def test_pin_url_is_built_from_the_template() -> None:
    pin = fs.load_pin()
    assert pin["url"] == (
        f"https://raw.githubusercontent.com/intercom/Intercom-OpenAPI/{pin['commit']}"
        "/descriptions/0/api.intercom.io.yaml"
    )
    assert len(pin["sha256"]) == 64


def test_local_copy_is_copied_byte_for_byte(tmp_path: Path) -> None:
    src = tmp_path / "spec.yaml"
    src.write_bytes(TINY_SPEC)
    logs: list[str] = []
    out = fs.fetch_document(str(src), tmp_path / "out" / "spec.yaml", log=logs.append).path
    assert out == tmp_path / "out" / "spec.yaml"
    assert out.read_bytes() == TINY_SPEC
    assert "differs from the pin" in logs[0] and _sha(TINY_SPEC) in logs[0]


def test_local_copy_matching_the_pin_is_reported(tmp_path: Path) -> None:
    src = tmp_path / "spec.yaml"
    src.write_bytes(TINY_SPEC)
    pin = _write_pin(tmp_path, "https://example.invalid/{commit}/{version_dir}", _sha(TINY_SPEC))
    logs: list[str] = []
    fs.fetch_document(str(src), tmp_path / "out.yaml", log=logs.append, pin_path=pin)
    assert "matches the pin" in logs[0]


def test_pinned_url_is_the_default_and_its_hash_is_checked(served: tuple[str, Path], tmp_path: Path) -> None:
    pin, url = _serve_pinned(served, tmp_path, TINY_SPEC, _sha(TINY_SPEC))
    logs: list[str] = []
    out = fs.fetch_document(None, tmp_path / "spec.yaml", log=logs.append, pin_path=pin, timeout=5).path
    assert out.read_bytes() == TINY_SPEC
    assert url in logs[0] and "matches the pin" in logs[0]


def test_pinned_url_with_another_hash_is_a_hard_failure(served: tuple[str, Path], tmp_path: Path) -> None:
    expected = "0" * 64
    pin, url = _serve_pinned(served, tmp_path, TINY_SPEC, expected)
    with pytest.raises(fs.FetchError) as info:
        fs.fetch_document(url, tmp_path / "spec.yaml", log=None, pin_path=pin, timeout=5)
    message = str(info.value)
    assert "sha256 mismatch" in message and expected in message and _sha(TINY_SPEC) in message
    assert not (tmp_path / "spec.yaml").exists()


def test_other_url_is_downloaded_without_hash_check(served: tuple[str, Path], tmp_path: Path) -> None:
    base, root = served
    (root / "other.yaml").write_bytes(TINY_SPEC)
    logs: list[str] = []
    out = fs.fetch_document(base + "/other.yaml", tmp_path / "spec.yaml", log=logs.append, timeout=5).path
    assert out.read_bytes() == TINY_SPEC
    assert "differs from the pin" in logs[0]


def test_environment_variable_overrides_the_pin_and_empty_means_default(
    served: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = tmp_path / "local.yaml"
    local.write_bytes(TINY_SPEC.replace(b"tiny", b"local"))
    pin, _url = _serve_pinned(served, tmp_path, TINY_SPEC, _sha(TINY_SPEC))
    monkeypatch.setenv(fs.ENV_VAR, str(local))
    out = fs.fetch_document(None, tmp_path / "a.yaml", log=None, pin_path=pin, timeout=5).path
    assert b"local" in out.read_bytes()
    monkeypatch.setenv(fs.ENV_VAR, "")
    out = fs.fetch_document(None, tmp_path / "b.yaml", log=None, pin_path=pin, timeout=5).path
    assert out.read_bytes() == TINY_SPEC
    # An explicit source wins over the environment.
    monkeypatch.setenv(fs.ENV_VAR, str(tmp_path / "does-not-exist.yaml"))
    out = fs.fetch_document(str(local), tmp_path / "c.yaml", log=None, pin_path=pin).path
    assert b"local" in out.read_bytes()


def test_unreachable_url_suggests_a_local_copy(tmp_path: Path) -> None:
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(fs.FetchError) as info:
        fs.fetch_document(f"http://127.0.0.1:{port}/spec.yaml", tmp_path / "spec.yaml", log=None, timeout=5)
    message = str(info.value)
    assert "cannot download" in message and "SPEC=" in message and "--spec" in message


def test_silent_server_times_out(tmp_path: Path) -> None:
    with socket.socket() as sock:  # listens but never answers
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/spec.yaml"
        with pytest.raises(fs.FetchError, match="cannot download"):
            fs.fetch_document(url, tmp_path / "spec.yaml", log=None, timeout=0.5)


def test_http_error_status_is_reported(served: tuple[str, Path], tmp_path: Path) -> None:
    base, _root = served
    with pytest.raises(fs.FetchError, match="HTTP 404"):
        fs.fetch_document(base + "/missing.yaml", tmp_path / "spec.yaml", log=None, timeout=5)


def test_missing_local_file(tmp_path: Path) -> None:
    with pytest.raises(fs.FetchError, match="no such file"):
        fs.fetch_document(str(tmp_path / "nope.yaml"), tmp_path / "spec.yaml", log=None)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"- just\n- a list\n", "not a mapping"),
        (b"swagger: '2.0'\npaths: {}\n", "no 'openapi' key"),
        (b"openapi: 2.0.0\npaths: {}\n", "not an OpenAPI 3.x document"),
        (b"openapi: 3.0.1\ninfo: {}\n", "no 'paths'"),
        (b"openapi: [3.0\n", "invalid YAML/JSON"),
        (b"\xff\xfe\x00binary", "not UTF-8"),
    ],
)
def test_not_an_openapi_3_document(tmp_path: Path, content: bytes, expected: str) -> None:
    src = tmp_path / "bad.yaml"
    src.write_bytes(content)
    with pytest.raises(fs.FetchError, match=expected):
        fs.fetch_document(str(src), tmp_path / "spec.yaml", log=None)
    assert not (tmp_path / "spec.yaml").exists()


def test_json_documents_are_accepted(tmp_path: Path) -> None:
    src = tmp_path / "spec.json"
    src.write_text(json.dumps({"openapi": "3.1.0", "info": {}, "paths": {}}))
    assert fs.fetch_document(str(src), tmp_path / "out.json", log=None).path.read_bytes() == src.read_bytes()


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != fs.ENV_VAR}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "codegen.fetch", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=full_env,
        check=False,
    )


@pytest.mark.parametrize(
    "content",
    [None, b"openapi: 3.0.1\n"],
    ids=["missing-file", "no-paths"],
)
def test_cli_failures_are_one_line_without_traceback(tmp_path: Path, content: bytes | None) -> None:
    src = tmp_path / "spec.yaml"
    if content is not None:
        src.write_bytes(content)
    result = _cli("--spec", str(src), "--out", str(tmp_path / "out.yaml"))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("fetch: error:")


def test_cli_copies_a_local_file_given_by_the_environment(tmp_path: Path) -> None:
    src = tmp_path / "spec.yaml"
    src.write_bytes(TINY_SPEC)
    out = tmp_path / "out" / "intercom.yaml"
    result = _cli("--out", str(out), env={fs.ENV_VAR: str(src)})
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == TINY_SPEC
    assert _sha(TINY_SPEC) in result.stdout


DEFAULT_SHARED_SPEC = ROOT.parent / "shared" / "openapi" / "intercom-preview.yaml"


def test_shared_copy_of_the_pinned_spec_matches_the_pin(tmp_path: Path) -> None:
    """The shared copy beside the checkout is the pinned upstream file: openapi/source.json must agree."""
    path = DEFAULT_SHARED_SPEC
    if not path.is_file():
        pytest.skip(f"the shared copy of the Intercom spec is not available at {path}")
    logs: list[str] = []
    fs.fetch_document(str(path), tmp_path / "spec.yaml", log=logs.append)
    assert "matches the pin" in logs[0], logs[0]
