"""Which Intercom the examples talk to: the embedded mock, a mock already running, or the real API.

Every example in this folder chooses the same way (``python examples/<name>.py`` puts this folder first on the
module search path, so they import this module as ``embedded_mock``)::

    with intercom_target(mock=args.mock, base_url=args.base_url) as target:
        print(f"example: {target.where}")
        async with AsyncIntercom(**target.options) as client:   # or Intercom(**target.options)
            ...

- ``--base-url URL``: a mock of Intercom you already run (``make mock``, the tests' fakes), with a dummy token.
- ``INTERCOM_ACCESS_TOKEN`` unset and ``fake=True`` (the quickstart, ``make demo``): the SDK's own
  stateful fake, ``intercom_client.testing.FakeIntercom``, served on 127.0.0.1 from this process and
  seeded with a few contacts and conversations: no Node.js needed.
- ``--mock``, or ``INTERCOM_ACCESS_TOKEN`` unset: the project's Prism mock, started here as a child
  process (``python -m codegen.mock --normalise --quiet``: the pinned OpenAPI description from
  ``$INTERCOM_SPEC``, else the shared local copy, else the pinned upstream file, normalised as the SDK
  is generated from it) on 127.0.0.1, and stopped by its PID at the end. Needs Node.js and npm (a first
  run installs Prism with ``npm ci``) and a checkout installed with ``make venv``.
- Otherwise the real API with ``INTERCOM_ACCESS_TOKEN``, in the region ``INTERCOM_REGION`` names
  (``us`` when unset).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["TOKEN_ENV", "Target", "add_target_arguments", "embedded_fake", "embedded_mock", "intercom_target"]

ROOT = Path(__file__).resolve().parent.parent
TOKEN_ENV = "INTERCOM_ACCESS_TOKEN"
REGION_ENV = "INTERCOM_REGION"
MOCK_READY = "mock ready on"  # the line `python -m codegen.mock` prints once it serves
MOCK_START_SECONDS = 180.0  # a first run downloads Prism (npm ci)
DUMMY_TOKEN = "example-dummy-token"  # a mock accepts any token


@dataclass(frozen=True)
class Target:
    """Where an example sends its requests.

    Attributes:
        options: Keyword arguments for ``AsyncIntercom`` or ``Intercom`` (the token: never shown in the repr).
        mock: Whether it is a mock (its answers are the spec's examples, or a test's fake).
        where: What to tell the user (``"the embedded Intercom mock at http://127.0.0.1:..."``).
    """

    options: dict[str, Any] = field(repr=False)
    mock: bool
    where: str


def add_target_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--mock`` and ``--base-url``, the options :func:`intercom_target` takes, to ``parser``."""
    parser.add_argument("--mock", action="store_true", help=f"use the embedded mock even when {TOKEN_ENV} is set")
    parser.add_argument("--base-url", help="a mock of Intercom already running, used with a dummy token")


@contextlib.contextmanager
def intercom_target(*, mock: bool = False, base_url: str | None = None, fake: bool = False) -> Iterator[Target]:
    """The Intercom to use (see the module's docstring); an embedded mock is stopped when the block ends."""
    token = os.environ.get(TOKEN_ENV, "").strip()
    if base_url:
        yield Target({"token": DUMMY_TOKEN, "base_url": base_url}, mock=True, where=f"the Intercom mock at {base_url}")
    elif fake and not token and not mock:
        with embedded_fake() as (url, fake_token):
            yield Target(
                {"token": fake_token, "base_url": url},
                mock=True,
                where=f"the embedded FakeIntercom at {url} (no {TOKEN_ENV})",
            )
    elif mock or not token:
        why = "--mock" if token else f"no {TOKEN_ENV}"
        with embedded_mock() as url:
            yield Target(
                {"token": DUMMY_TOKEN, "base_url": url}, mock=True, where=f"the embedded Intercom mock ({why})"
            )
    else:
        region = os.environ.get(REGION_ENV, "").strip().lower() or None
        yield Target(
            {"token": token, "region": region}, mock=False, where=f"the real Intercom API (region {region or 'us'})"
        )


@contextlib.contextmanager
def embedded_fake() -> Iterator[tuple[str, str]]:
    """Serve a seeded ``FakeIntercom`` on 127.0.0.1 from this process; yield its URL and token; stop it after."""
    from intercom_client.testing import FakeIntercom

    started = time.perf_counter()
    fake = FakeIntercom()
    for n, (name, question) in enumerate(
        [("Ada", "Where is my invoice?"), ("Grace", "How do I export my data?"), ("Linus", "Thanks!")], start=1
    ):
        contact = fake.contacts.add(email=f"{name.lower()}@example.com", name=name, custom_attributes={"plan": "pro"})
        fake.conversations.add(contact_id=contact.id, body=question, state="open" if n < 3 else "closed")
    for n in range(4, 13):
        fake.contacts.add(email=f"user{n}@example.com", name=f"User {n}")
    with fake.serve() as server:
        print(f"fake: FakeIntercom serving on {server.url} in {time.perf_counter() - started:.2f} s", flush=True)
        yield server.url, fake.token


@contextlib.contextmanager
def embedded_mock() -> Iterator[str]:
    """Start the project's mock of Intercom as a child process, yield its URL; stop it (by its PID) after."""
    command = [sys.executable, "-m", "codegen.mock", "--normalise", "--quiet"]
    started = time.perf_counter()
    # stderr is inherited: the mock's own error message is what the user should see when it fails.
    mock = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True)
    try:
        line = _ready_line(mock, MOCK_START_SECONDS)
        print(f"mock: {line} in {time.perf_counter() - started:.1f} s", flush=True)
        yield line.split(MOCK_READY, 1)[1].split()[0]
    finally:
        print(f"mock: stopping it (pid {mock.pid})", flush=True)
        if mock.poll() is None:
            mock.send_signal(signal.SIGTERM)  # it stops Prism, then exits
            try:
                mock.wait(timeout=30)
            except subprocess.TimeoutExpired:
                mock.kill()
                mock.wait(timeout=10)


def _ready_line(mock: subprocess.Popen[str], timeout: float) -> str:
    """The mock's ready line; RuntimeError when it exits or stays silent for ``timeout`` seconds."""
    assert mock.stdout is not None
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as selector:
        selector.register(mock.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if selector.select(timeout=min(1.0, max(deadline - time.monotonic(), 0.0))):
                line = mock.stdout.readline()
                if MOCK_READY in line:
                    return line.strip()
                if not line and mock.poll() is not None:
                    break
    code = mock.poll()
    why = f"exited with code {code}" if code is not None else f"was not ready within {timeout:.0f} s"
    raise RuntimeError(f"the mock (python -m codegen.mock) {why}; see its message above")
