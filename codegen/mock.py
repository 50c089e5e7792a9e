"""Local Prism mock of Intercom's REST API, for tests, the demo and benchmarks.

Prism (pinned in ``codegen/prism/package.json``) serves an OpenAPI description on
127.0.0.1, validates every request against it (auth, path, query, headers, body)
and answers with the description's examples.

Library use::

    from codegen.mock import MockServer

    with MockServer("path/to/spec.yaml") as mock:
        httpx.get(f"{mock.url}/me", headers={"Authorization": "Bearer x"})

Command line (``make mock``; ``examples/embedded_mock.py`` runs it as a child process for the examples)::

    python -m codegen.mock [--spec URL_OR_PATH] [--normalise] [--port N] [--quiet]

It prints one ``mock ready on http://127.0.0.1:PORT`` line once Prism answers, then one line per
request (``GET /me -> 200``; none with ``--quiet``) instead of Prism's own log, and stops Prism on
Ctrl-C or SIGTERM. The server only ever listens on the loopback interface.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import hashlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType, TracebackType
from typing import IO, Final, Self

from .fetch import ENV_VAR, SHARED_SPEC, FetchError, fetch_document, is_url

__all__ = [
    "DEFAULT_START_TIMEOUT",
    "MOCK_DIR",
    "READY",
    "REPO_ROOT",
    "MockServer",
    "MockServerError",
    "RequestLog",
    "default_spec_path",
    "ensure_installed",
    "main",
    "normalised_copy",
    "prism_binary",
]

REPO_ROOT: Final = Path(__file__).resolve().parents[1]
MOCK_DIR: Final = REPO_ROOT / "codegen" / "prism"
READY: Final = "mock ready on"
HOST: Final = "127.0.0.1"
DEFAULT_START_TIMEOUT: Final = 60.0
NPM_CI_TIMEOUT: Final = 900.0
STOP_GRACE: Final = 5.0
MIN_NODE: Final = (18, 20, 1)
LOG_TAIL_LINES: Final = 30
_PORT_RETRIES: Final = 3


class MockServerError(RuntimeError):
    """The mock could not be installed, started or reached."""


def prism_binary() -> Path:
    """Path of the pinned Prism executable (it may not be installed yet)."""
    return MOCK_DIR / "node_modules" / ".bin" / "prism"


def _require_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise MockServerError(
            f"`{name}` was not found on PATH. The Intercom mock server runs Stoplight Prism, "
            f"which needs Node.js >= {'.'.join(map(str, MIN_NODE))} with npm "
            "(e.g. `apt-get install nodejs npm`, or https://nodejs.org)."
        )
    return path


def _check_node_version(node: str) -> None:
    try:
        out = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=30, check=True).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        raise MockServerError(f"`{node} --version` failed: {exc}") from exc
    match = re.match(r"v?(\d+)\.(\d+)\.(\d+)", out.strip())
    if match is None:
        return  # unknown format: let Prism itself complain if it must
    version = tuple(int(part) for part in match.groups())
    if version < MIN_NODE:
        raise MockServerError(
            f"Node.js {out.strip()} at {node} is too old for Prism; "
            f"version {'.'.join(map(str, MIN_NODE))} or newer is required."
        )


@contextlib.contextmanager
def _install_lock() -> Iterator[None]:
    """Serialise concurrent installs (parallel test runs, make jobs) on this machine."""
    if sys.platform == "win32":  # pragma: no cover - the project targets POSIX
        yield
        return
    import fcntl

    digest = hashlib.sha256(str(MOCK_DIR).encode()).hexdigest()[:16]
    lock_path = Path(tempfile.gettempdir()) / f"intercom-client-mock-{os.getuid()}-{digest}.lock"
    with lock_path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _is_stale(binary: Path, lock_file: Path) -> bool:
    try:
        installed = binary.lstat().st_mtime  # the symlink is written at install time
    except FileNotFoundError:
        return True
    return installed < lock_file.stat().st_mtime


def ensure_installed() -> Path:
    """Install the pinned Prism with ``npm ci`` when missing or outdated; return its path.

    Raises MockServerError with a readable message when node or npm is not on
    PATH, when Node.js is too old, or when ``npm ci`` fails.
    """
    node = _require_tool("node")
    npm = _require_tool("npm")
    _check_node_version(node)
    binary = prism_binary()
    lock_file = MOCK_DIR / "package-lock.json"
    if not lock_file.is_file():
        raise MockServerError(f"{lock_file} is missing: the pinned Prism version cannot be installed.")
    with _install_lock():
        if not _is_stale(binary, lock_file):
            return binary
        cmd = [npm, "ci", "--no-audit", "--no-fund"]
        print(f"[mock] installing Prism: {' '.join(cmd[1:])} (in {MOCK_DIR})", file=sys.stderr, flush=True)
        try:
            proc = subprocess.run(
                cmd,
                cwd=MOCK_DIR,
                capture_output=True,
                text=True,
                timeout=NPM_CI_TIMEOUT,
                stdin=subprocess.DEVNULL,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise MockServerError(f"`npm ci` in {MOCK_DIR} did not finish within {NPM_CI_TIMEOUT:.0f} s") from exc
        if proc.returncode != 0:
            tail = _tail((proc.stdout or "") + (proc.stderr or ""))
            raise MockServerError(f"`npm ci` in {MOCK_DIR} failed with exit code {proc.returncode}:\n{tail}")
        if not binary.exists():
            raise MockServerError(f"`npm ci` succeeded but {binary} does not exist")
        # Mark this install as newer than the lock file (the link itself, not its target).
        if os.utime in os.supports_follow_symlinks:
            os.utime(binary, follow_symlinks=False)
        return binary


def default_spec_path() -> Path:
    """The spec the mock serves by default.

    ``$INTERCOM_SPEC`` when it is set, non-empty and not a URL (a relative path is
    taken from the current directory, else from the repo root); otherwise
    ``../shared/openapi/intercom-preview.yaml`` relative to the repo root.
    """
    env = os.environ.get(ENV_VAR, "").strip()
    if env and not is_url(env):
        path = Path(env).expanduser()
        if path.is_absolute() or path.exists():
            return path.resolve()
        return (REPO_ROOT / path).resolve()
    return SHARED_SPEC.resolve()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def _strip_usage(lines: list[str]) -> list[str]:
    """Drop the yargs usage text Prism prints before a fatal error's stack."""
    out: list[str] = []
    state = "keep"  # keep -> usage -> options -> keep
    for line in lines:
        if state == "keep" and line.startswith("prism mock <document>"):
            state = "usage"
            out.append("[prism usage text omitted]")
        elif state == "usage" and line.startswith("Options:"):
            state = "options"
        elif state == "options" and not line.strip():
            state = "keep"
        elif state == "keep":
            out.append(line)
    return out


def _tail(text: str, lines: int = LOG_TAIL_LINES) -> str:
    kept = _strip_usage(text.rstrip().splitlines())
    # Prism's fatal lines come before a long usage text: keep them visible.
    fatal = [line for line in kept[:-lines] if "fatal" in line or "Error" in line][:5]
    return "\n".join([*fatal, *(["..."] if fatal else []), *kept[-lines:]])


class MockServer:
    """A Prism mock server process on 127.0.0.1, usable as a context manager.

    ``start()`` installs Prism if needed, launches it in its own process group
    and waits until it answers HTTP; ``stop()`` terminates the whole group.
    """

    def __init__(
        self,
        spec_path: str | os.PathLike[str],
        host: str = HOST,
        port: int | None = None,
        *,
        start_timeout: float = DEFAULT_START_TIMEOUT,
        extra_args: Sequence[str] = (),
    ) -> None:
        if host not in (HOST, "localhost"):
            raise ValueError(f"the mock only listens on {HOST}, not {host!r}")
        spec = os.fspath(spec_path)
        self.spec: str = spec if is_url(spec) else str(Path(spec).expanduser().resolve())
        self.host: str = HOST
        self.port: int | None = port
        self.start_timeout: float = start_timeout
        self.extra_args: tuple[str, ...] = tuple(extra_args)
        self.startup_seconds: float | None = None
        self._fixed_port = port is not None
        self._proc: subprocess.Popen[bytes] | None = None
        self._tmpdir: Path | None = None
        self._log_path: Path | None = None
        self._log_handle: IO[bytes] | None = None

    # -- public API ---------------------------------------------------------------

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:4010`` (no trailing slash)."""
        if self._proc is None or self.port is None:
            raise MockServerError("the mock server is not running")
        return f"http://{self.host}:{self.port}"

    @property
    def pid(self) -> int:
        """Process id of Prism (also its process-group id)."""
        if self._proc is None:
            raise MockServerError("the mock server is not running")
        return self._proc.pid

    @property
    def log_path(self) -> Path | None:
        """Prism's log file while the server runs (deleted by ``stop()``)."""
        return self._log_path

    def is_running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> Self:
        """Start Prism and wait until it answers; raise MockServerError otherwise."""
        if self._proc is not None:
            raise MockServerError("the mock server is already started")
        if not is_url(self.spec) and not Path(self.spec).is_file():
            raise MockServerError(f"OpenAPI spec not found: {self.spec}")
        binary = ensure_installed()
        attempts = 1 if self._fixed_port else _PORT_RETRIES
        for attempt in range(1, attempts + 1):
            if not self._fixed_port:
                self.port = _free_port()
            try:
                self._launch(binary)
                self._wait_ready()
                return self
            except MockServerError:
                log = self._read_log()
                self.stop()
                if attempt < attempts and "EADDRINUSE" in log:
                    continue  # the free port was taken between probing and binding
                raise
            except BaseException:  # Ctrl-C or any bug: never leave Prism behind
                self.stop()
                raise
        raise AssertionError("unreachable")  # pragma: no cover

    def stop(self) -> None:
        """Terminate Prism's process group (SIGTERM, then SIGKILL). Idempotent."""
        proc, self._proc = self._proc, None
        if proc is not None:
            atexit.unregister(self.stop)
            _kill_group(proc)
        if self._log_handle is not None:
            self._log_handle.close()
            self._log_handle = None
        if self._tmpdir is not None:
            shutil.rmtree(self._tmpdir, ignore_errors=True)
            self._tmpdir = None
            self._log_path = None
        if not self._fixed_port and proc is not None:
            self.port = None

    def wait(self, timeout: float | None = None) -> int:
        """Block until Prism exits (or ``timeout`` passes); return its exit code."""
        if self._proc is None:
            raise MockServerError("the mock server is not running")
        return self._proc.wait(timeout)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = f"pid={self._proc.pid} url={self.url}" if self._proc is not None else "stopped"
        return f"<MockServer {state} spec={self.spec}>"

    # -- internals ------------------------------------------------------------------

    def _launch(self, binary: Path) -> None:
        assert self.port is not None
        self._tmpdir = Path(tempfile.mkdtemp(prefix="intercom-mock-"))
        self._log_path = self._tmpdir / "prism.log"
        self._log_handle = self._log_path.open("wb")
        cmd = [str(binary), "mock", "-h", self.host, "-p", str(self.port), *self.extra_args, self.spec]
        self._proc = subprocess.Popen(
            cmd,
            cwd=MOCK_DIR,
            stdin=subprocess.DEVNULL,
            stdout=self._log_handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # own process group: stop() kills all of it
        )
        atexit.register(self.stop)  # safety net if the caller never stops it

    def _wait_ready(self) -> None:
        assert self._proc is not None and self.port is not None
        started = time.monotonic()
        deadline = started + self.start_timeout
        while True:
            code = self._proc.poll()
            if code is not None:
                raise MockServerError(
                    f"Prism exited with code {code} before answering on {self.host}:{self.port} "
                    f"(spec: {self.spec}). Last lines of its log:\n{_tail(self._read_log())}"
                )
            if _accepts_connections(self.host, self.port):
                self.startup_seconds = time.monotonic() - started
                return
            if time.monotonic() >= deadline:
                raise MockServerError(
                    f"Prism did not answer on {self.host}:{self.port} within {self.start_timeout:.0f} s "
                    f"(spec: {self.spec}). Last lines of its log:\n{_tail(self._read_log())}"
                )
            time.sleep(0.1)

    def _read_log(self) -> str:
        if self._log_path is None:
            return ""
        try:
            return self._log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""


def _accepts_connections(host: str, port: int) -> bool:
    """Whether the port is open: Prism listens only once it has loaded the spec, so it then serves.

    No request is sent: a probe request would be one more line (and an error: no such path) in its log.
    """
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    for sig, grace in ((signal.SIGTERM, STOP_GRACE), (signal.SIGKILL, STOP_GRACE)):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=grace)
            return
        except subprocess.TimeoutExpired:
            continue


# -- command line -------------------------------------------------------------------

# Prism's log lines about one request: received, then answered (only the status is on that line, so
# answers are paired with requests in arrival order) or ended with an error.
_RECEIVED = re.compile(r"\[HTTP SERVER\] (\w+) (\S+) .*Request received")
_ANSWERED = re.compile(r'> Responding with "(\d+)"')
_FAILED = re.compile(r"\[HTTP SERVER\] (\w+) (\S+) .*Request terminated with error: \S*#([A-Z_]+): (.*)")


class RequestLog:
    """Turns Prism's log (a dozen lines per request) into one line per request: ``GET /me -> 200``."""

    def __init__(self) -> None:
        self._pending: list[str] = []

    def feed(self, line: str) -> str | None:
        """The summary line a Prism log line completes, or None."""
        if match := _RECEIVED.search(line):
            self._pending.append(f"{match[1].upper()} {match[2]}")
        elif match := _ANSWERED.search(line):
            return f"{self._pending.pop(0) if self._pending else '?'} -> {match[1]}"
        elif match := _FAILED.search(line):
            request = f"{match[1].upper()} {match[2]}"
            if request in self._pending:
                self._pending.remove(request)
            return f"{request} -> {match[3]}: {match[4].strip()}"
        return None


def _raise_keyboard_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def normalised_copy(source: str | None, folder: Path) -> Path:
    """Fetch ``source`` (URL or path; None: ``$INTERCOM_SPEC``, the shared copy, else the pinned upstream
    file), normalise it as the generator sees it and write it to ``folder``; return that file."""
    from .normalize import normalize
    from .spec import dump_spec

    local = default_spec_path()
    if source is None and not is_url(os.environ.get(ENV_VAR, "").strip()) and local.is_file():
        source = str(local)
    document = fetch_document(source, folder / "intercom.yaml", log=None).document
    served = folder / "intercom-normalised.json"
    dump_spec(normalize(document)[0], served)
    return served


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m codegen.mock",
        description="Run the Prism mock of Intercom's API in the foreground on 127.0.0.1.",
    )
    parser.add_argument(
        "--spec",
        help="OpenAPI description to serve (default: $INTERCOM_SPEC, else ../shared/openapi/intercom-preview.yaml)",
    )
    parser.add_argument(
        "--normalise",
        action="store_true",
        help="serve the spec normalised as the SDK is generated from it (a URL, or by default the pinned one, "
        "is downloaded first)",
    )
    parser.add_argument("--port", type=int, help="port to listen on (default: a free one)")
    parser.add_argument(
        "--timeout", type=float, default=DEFAULT_START_TIMEOUT, help="seconds to wait for Prism to start"
    )
    parser.add_argument("--quiet", action="store_true", help="print the ready line only, no line per request")
    args = parser.parse_args(argv)

    # Ctrl-C, and SIGTERM/SIGHUP from make, CI or the demo, all take the same stopping path
    # (SIGINT explicitly too: a shell may have started us with SIGINT ignored).
    signal.signal(signal.SIGINT, _raise_keyboard_interrupt)
    signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    signal.signal(signal.SIGHUP, _raise_keyboard_interrupt)
    with tempfile.TemporaryDirectory(prefix="intercom-mock-spec-") as folder:
        server: MockServer | None = None
        try:
            spec = normalised_copy(args.spec, Path(folder)) if args.normalise else args.spec or default_spec_path()
            server = MockServer(spec, port=args.port, start_timeout=args.timeout)
            server.start()
            print(f"{READY} {server.url} (Prism pid {server.pid}, spec {args.spec or spec})", flush=True)
            if args.quiet:
                code = server.wait()
            else:
                print(
                    f'try: curl -H "Authorization: Bearer x" -H "Intercom-Version: Preview" {server.url}/me'
                    "   (Ctrl-C to stop)",
                    flush=True,
                )
                code = _follow(server)
            print(f"Prism exited unexpectedly with code {code}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            print("stopping the mock server", file=sys.stderr)
            return 0
        except (MockServerError, FetchError, OSError, ValueError) as exc:  # SpecError is a ValueError
            print(f"mock: error: {exc}", file=sys.stderr)
            return 1
        finally:
            if server is not None:
                server.stop()


def _follow(server: MockServer) -> int:
    """Print one line per request Prism answers until it exits; return its exit code."""
    log_path = server.log_path
    if log_path is None:
        return server.wait()
    requests = RequestLog()
    partial = b""
    with log_path.open("rb") as log:
        while True:
            chunk = log.read()
            if not chunk and not server.is_running():
                return server.wait()
            *lines, partial = (partial + chunk).split(b"\n")
            for line in lines:
                if (summary := requests.feed(line.decode("utf-8", errors="replace"))) is not None:
                    print(summary, flush=True)
            if not chunk:
                time.sleep(0.2)


if __name__ == "__main__":
    sys.exit(main())
