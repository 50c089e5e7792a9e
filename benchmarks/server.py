#!/usr/bin/env python3
"""A small, fast, bounded HTTP/1.1 keep-alive server answering fixed Intercom JSON on 127.0.0.1.

    server.py [--port 0] [--max-requests N] [--max-seconds T]

Routes (anything else answers 404 with an Intercom error list):

- ``GET /contacts/{id}``: the single contact of make_payload.py;
- ``GET /contacts`` (any query): the 150-contact page.

Every answer carries the ``X-RateLimit-*`` headers Intercom sends. Built on a bare asyncio
Protocol with precomputed responses so that the client side is what a benchmark measures; it
handles pipelined and split requests and request bodies with Content-Length. It prints
``LISTENING <port>`` once it accepts connections and exits after ``--max-requests`` requests or
``--max-seconds`` seconds, whichever comes first, or on SIGTERM/SIGINT. It binds to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal

from benchmarks.make_payload import payloads

HOST = "127.0.0.1"
_MAX_HEAD = 64 * 1024


def _response(status: str, body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\n"
        "Content-Type: application/json; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: keep-alive\r\n"
        "X-RateLimit-Limit: 10000\r\n"
        "X-RateLimit-Remaining: 9999\r\n"
        "X-RateLimit-Reset: 4102444800\r\n"
        "X-Request-Id: 000bench0000\r\n"
        "\r\n"
    )
    return head.encode("latin-1") + body


class _State:
    def __init__(self, max_requests: int) -> None:
        self.remaining = max_requests
        self.done: asyncio.Future[None] | None = None
        self.served = 0


class _HTTP(asyncio.Protocol):
    def __init__(self, state: _State, contact: bytes, page: bytes, not_found: bytes) -> None:
        self._state = state
        self._contact = contact
        self._page = page
        self._not_found = not_found
        self._buf = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        buf = self._buf + data if self._buf else data
        out: list[bytes] = []
        close = False
        while True:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                if len(buf) > _MAX_HEAD:
                    close = True
                    buf = b""
                break
            head = buf[:end]
            body_len = 0
            lower = head.lower()
            cl = lower.find(b"\r\ncontent-length:")
            if cl >= 0:
                line_end = lower.find(b"\r\n", cl + 2)
                body_len = int(lower[cl + 17 : line_end if line_end >= 0 else len(lower)].strip())
            total = end + 4 + body_len
            if len(buf) < total:
                break
            if b"\r\nconnection: close" in lower:
                close = True
            line_end = head.find(b"\r\n")
            request_line = head[: line_end if line_end >= 0 else len(head)]
            parts = request_line.split(b" ")
            target = parts[1] if len(parts) == 3 else b""
            path = target.split(b"?", 1)[0]
            if parts[0] == b"GET" and path.startswith(b"/contacts/") and path.count(b"/") == 2:
                out.append(self._contact)
            elif parts[0] == b"GET" and path in (b"/contacts", b"/contacts/"):
                out.append(self._page)
            else:
                out.append(self._not_found)
            buf = buf[total:]
            self._state.served += 1
            self._state.remaining -= 1
            if close or self._state.remaining <= 0:
                break
        self._buf = buf
        transport = self._transport
        assert transport is not None
        if out:
            transport.writelines(out) if len(out) > 1 else transport.write(out[0])
        if close:
            transport.close()
        if self._state.remaining <= 0 and self._state.done is not None and not self._state.done.done():
            self._state.done.set_result(None)


async def serve(port: int, max_requests: int, max_seconds: float) -> int:
    contact, page = payloads()
    ok_contact = _response("200 OK", contact)
    ok_page = _response("200 OK", page)
    not_found = _response(
        "404 Not Found",
        b'{"type":"error.list","request_id":"000bench0000","errors":[{"code":"not_found","message":"Resource Not Found"}]}',
    )
    loop = asyncio.get_running_loop()
    state = _State(max_requests)
    state.done = loop.create_future()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, lambda: state.done.done() or state.done.set_result(None))  # type: ignore[union-attr]
    server = await loop.create_server(
        lambda: _HTTP(state, ok_contact, ok_page, not_found), HOST, port, backlog=1024, reuse_address=True
    )
    bound = server.sockets[0].getsockname()[1]
    print(f"LISTENING {bound}", flush=True)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(asyncio.shield(state.done), timeout=max_seconds)
    server.close()
    return state.served


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (printed)")
    parser.add_argument("--max-requests", type=int, default=1_000_000)
    parser.add_argument("--max-seconds", type=float, default=600.0)
    args = parser.parse_args(argv)
    served = asyncio.run(serve(args.port, args.max_requests, args.max_seconds))
    print(f"SERVED {served}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
