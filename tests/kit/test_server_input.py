"""The fake's socket server against malformed framing and idle connections: an answer, never a hang."""

from __future__ import annotations

import socket
import time

import pytest

from intercom_client.testing import FakeIntercom


def _exchange(url: str, raw: bytes, *, timeout: float = 2.0) -> bytes:
    """Send ``raw`` on a fresh connection and read until the server closes it (or ``timeout``)."""
    port = int(url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(raw)
        chunks = []
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)


@pytest.mark.parametrize(("length", "status"), [("abc", b"400"), ("-1", b"400"), ("1e3", b"400")])
def test_an_invalid_content_length_is_a_400(length: str, status: bytes) -> None:
    fake = FakeIntercom()
    with fake.serve() as server:
        raw = (
            f"POST /contacts HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {fake.token}\r\n"
            f"Content-Length: {length}\r\n\r\n{{}}"
        )
        answer = _exchange(server.url, raw.encode())
    assert answer.split(b" ", 2)[1] == status, answer[:200]


def test_a_transfer_encoding_is_a_501() -> None:
    fake = FakeIntercom()
    with fake.serve() as server:
        raw = (
            f"POST /contacts HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {fake.token}\r\n"
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            '14\r\n{"email": "a@b.test"}\r\n0\r\n\r\n'
        )
        answer = _exchange(server.url, raw.encode())
    assert answer.split(b" ", 2)[1] == b"501", answer[:200]
    with fake.lock:
        assert all(c.get("email") != "a@b.test" for c in fake.state.objects["contacts"].values())


def test_an_idle_connection_is_closed_and_frees_its_slot() -> None:
    fake = FakeIntercom()
    with fake.serve(max_connections=1, idle_timeout=0.3) as server:
        port = int(server.url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=3) as idle:
            started = time.monotonic()
            assert idle.recv(1) == b""  # the server closes the idle socket
            assert time.monotonic() - started < 2.5
        time.sleep(0.05)  # the connection thread releases its slot after the close
        raw = f"GET /me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {fake.token}\r\nConnection: close\r\n\r\n"
        assert _exchange(server.url, raw.encode()).startswith(b"HTTP/1.1 200")
