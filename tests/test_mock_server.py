"""Tests of codegen/mock.py: the embedded Prism mock of Intercom's API.

The integration tests really start Prism on 127.0.0.1: the session's mock of the normalised pinned spec
(tests/conftest.py, the one ``make mock`` serves) and small specs of their own for the lifecycle tests.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import httpx
import pytest

from codegen import mock as ms
from intercom_client import DEFAULT_API_VERSION

REPO_ROOT = Path(__file__).resolve().parent.parent
AUTH = {"Authorization": "Bearer x", "Intercom-Version": DEFAULT_API_VERSION}
TINY_SPEC = """\
openapi: 3.0.1
info: {title: tiny, version: "1"}
security: [{bearerAuth: []}]
components:
  securitySchemes:
    bearerAuth: {type: http, scheme: bearer}
paths:
  /ping:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              example: {pong: true}
"""


needs_node = pytest.mark.skipif(
    shutil.which("node") is None or shutil.which("npm") is None,
    reason="node and npm are needed to run the Prism mock server (install Node.js >= 18.20.1)",
)


def _port_is_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1.0):
            return True
    except OSError:
        return False


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return bool(predicate())


@pytest.fixture(scope="module")
def client(mock_server: ms.MockServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=mock_server.url, timeout=15.0) as http:
        yield http


@pytest.fixture
def tiny_spec(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.yaml"
    path.write_text(TINY_SPEC)
    return path


# -- against the real Intercom preview spec ---------------------------------------


def test_binds_loopback_only(mock_server: ms.MockServer) -> None:
    assert mock_server.url.startswith("http://127.0.0.1:")
    assert _process_exists(mock_server.pid)


def test_me_answers_with_example(client: httpx.Client) -> None:
    response = client.get("/me", headers=AUTH)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["type"] == "admin"


def test_missing_authorization_is_401(client: httpx.Client) -> None:
    response = client.get("/me", headers={"Intercom-Version": DEFAULT_API_VERSION})
    assert response.status_code == 401


def test_prefer_code_404(client: httpx.Client) -> None:
    response = client.get("/me", headers={**AUTH, "Prefer": "code=404"})
    assert response.status_code == 404
    # An operation that documents a 404 answers with the spec's own example.
    response = client.get("/admins/1", headers={**AUTH, "Prefer": "code=404"})
    assert response.status_code == 404
    assert response.json()["type"] == "error.list"


def test_header_enum_is_validated(client: httpx.Client) -> None:
    response = client.get("/me", headers={**AUTH, "Intercom-Version": "9.99"})
    assert response.status_code == 422
    assert "intercom-version" in response.text


def test_malformed_json_is_rejected_not_hung(client: httpx.Client) -> None:
    # The pinned Prism fork answers 400; upstream Prism 5.16.0 never answers.
    response = client.post(
        "/contacts",
        headers={**AUTH, "Content-Type": "application/json"},
        content=b'{"email": ',
        timeout=10.0,
    )
    assert response.status_code == 400


# -- lifecycle -------------------------------------------------------------------------


@needs_node
def test_stop_closes_port_and_ends_process(tiny_spec: Path) -> None:
    server = ms.MockServer(tiny_spec)
    with server:
        port, pid = server.port, server.pid
        assert _port_is_open(port)
        assert httpx.get(f"{server.url}/ping", headers=AUTH, timeout=10).json() == {"pong": True}
    assert not _process_exists(pid)
    assert not _port_is_open(port)
    with pytest.raises(ms.MockServerError):
        _ = server.url
    server.stop()  # idempotent


@needs_node
def test_prism_failing_at_startup_reports_its_log(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text('openapi: 3.0.1\ninfo: {title: x, version: "1"}\npaths: {/a: {get: {$ref: "#/nowhere"}}}\n')
    server = ms.MockServer(bad, start_timeout=60)
    with pytest.raises(ms.MockServerError, match="exited with code") as info:
        server.start()
    assert "nowhere" in str(info.value)
    assert not server.is_running()


class _LineReader:
    """The child's output lines, read by a thread into a queue.

    (Selecting on the pipe and calling ``readline`` misses lines: two lines that arrive in one chunk are
    both read into the text wrapper's buffer, and the pipe then stays quiet while the second one waits.)
    """

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        assert proc.stdout is not None
        self._lines: queue.Queue[str] = queue.Queue()
        self._thread = threading.Thread(target=self._pump, args=(proc.stdout,), daemon=True)
        self._thread.start()

    def _pump(self, stream: IO[str]) -> None:
        for line in stream:
            self._lines.put(line)

    def read(self, output: list[str], until: Callable[[], bool], timeout: float) -> None:
        """Append lines to ``output`` until ``until()`` holds or ``timeout`` passes."""
        deadline = time.monotonic() + timeout
        while not until() and time.monotonic() < deadline:
            try:
                output.append(self._lines.get(timeout=min(1.0, max(deadline - time.monotonic(), 0.01))))
            except queue.Empty:
                if not self._thread.is_alive() and self._lines.empty():
                    return


@needs_node
def test_cli_prints_a_ready_line_then_one_line_per_request_and_stops_on_ctrl_c(tiny_spec: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "codegen.mock", "--spec", str(tiny_spec)],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    prism_pid: int | None = None
    try:
        output: list[str] = []
        lines = _LineReader(proc)
        lines.read(output, lambda: any(ms.READY in line for line in output), ms.DEFAULT_START_TIMEOUT + 30)
        ready = [line for line in output if ms.READY in line]
        assert len(ready) == 1 and output[-1] == ready[0], "".join(output)
        assert output == ready, f"nothing but the ready line before it:\n{''.join(output)}"
        url = ready[0].split(ms.READY, 1)[1].split()[0]
        prism_pid = int(ready[0].split("Prism pid ", 1)[1].split(",", 1)[0])
        assert url.startswith("http://127.0.0.1:")
        assert httpx.get(f"{url}/ping", headers=AUTH, timeout=10).status_code == 200
        assert httpx.get(f"{url}/nowhere", headers=AUTH, timeout=10).status_code == 404
        lines.read(output, lambda: sum(" -> " in line for line in output) >= 2, 30)
        after = [line.rstrip("\n") for line in output[1:] if not line.startswith("try: curl")]
        assert after[0] == "GET /ping -> 200", output
        assert after[1].startswith("GET /nowhere -> NO_PATH_MATCHED_ERROR"), output
        assert len(after) == 2, f"one line per request, and none from the readiness probe:\n{''.join(output)}"
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
        port = int(url.rsplit(":", 1)[1])
        assert _wait_until(lambda: not _port_is_open(port))
        assert prism_pid is not None and not _process_exists(prism_pid)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        if prism_pid is not None and _process_exists(prism_pid):
            os.killpg(prism_pid, signal.SIGKILL)


# -- without Node.js ---------------------------------------------------------------------


def test_missing_node_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty directory: no node, no npm
    with pytest.raises(ms.MockServerError, match=r"`node` was not found on PATH.*Node\.js"):
        ms.ensure_installed()


def test_missing_npm_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real_which = shutil.which

    def which(name: str, *args: object, **kwargs: object) -> str | None:
        return None if name == "npm" else real_which(name)

    monkeypatch.setattr(shutil, "which", which)
    if real_which("node") is None:
        pytest.skip("node is not installed")
    with pytest.raises(ms.MockServerError, match="`npm` was not found on PATH"):
        ms.ensure_installed()


def test_start_without_node_raises_and_leaves_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, tiny_spec: Path
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    server = ms.MockServer(tiny_spec)
    with pytest.raises(ms.MockServerError, match="node"):
        server.start()
    assert not server.is_running()


def test_missing_spec_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ms.MockServerError, match="spec not found"):
        ms.MockServer(tmp_path / "nope.yaml").start()


def test_only_loopback_is_allowed() -> None:
    with pytest.raises(ValueError, match=r"127\.0\.0\.1"):
        ms.MockServer("spec.yaml", host="0.0.0.0")


def test_default_spec_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("INTERCOM_SPEC", "")
    assert ms.default_spec_path() == (REPO_ROOT / ".." / "shared" / "openapi" / "intercom-preview.yaml").resolve()
    custom = tmp_path / "normalised.yaml"
    monkeypatch.setenv("INTERCOM_SPEC", str(custom))
    assert ms.default_spec_path() == custom.resolve()
