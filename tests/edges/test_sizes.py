"""Response sizes: a body past the client's bound ends in ResponseTooLargeError, with memory near the bound.

Against a byte-level server on 127.0.0.1, on the three clients: a gzip bomb, gzip inside gzip (both
declared), a bomb on a 500, a plain body over the bound with its Content-Length, an endless chunked
body; a body just under the bound is read whole; a coding that was not declared is not decoded, one the
SDK does not know is a ResponseDecodingError; a streamed download has its own (larger) bound. The
bombs are made here, at test time. The memory each bomb costs is measured in a child process
(``tests/edges/bomb_child.py``), whose peak resident memory must stay within a few times the bound.
"""

from __future__ import annotations

import asyncio
import functools
import io
import json
import subprocess
import sys
import time
import zlib
from pathlib import Path
from typing import Any

import httpx
import pytest

from intercom_client import (
    AsyncIntercom,
    ConfigurationError,
    Intercom,
    ResponseDecodingError,
    ResponseTooLargeError,
)
from intercom_client.bulk import ExportFormatError, Job, download_export, iter_export_records
from tests.faults.server import Call, FaultServer, Plan, Repeat, Send, Wait, reply
from tests.test_client_support import TOKEN, Harness

CLIENTS = ("httpx", "aiohttp", "sync")
CAP = 1 << 20  # the bound in these tests: 1 MiB
BOMB = 128 << 20  # what a bomb inflates to: 128 MiB
ROOT = Path(__file__).resolve().parents[2]


def gzip(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


@functools.cache
def gzip_bomb() -> bytes:
    """128 MiB of zeros, gzipped (one member): about 130 KB."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1 << 20)
    parts = [compressor.compress(zeros) for _ in range(BOMB >> 20)]
    return b"".join(parts) + compressor.flush()


@functools.cache
def double_bomb() -> bytes:
    """The bomb gzipped again (``Content-Encoding: gzip, gzip``): a few hundred bytes."""
    return gzip(gzip_bomb())


def head(status: int = 200, headers: dict[str, str] | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status} {'OK' if status < 400 else 'Internal Server Error'}"]
    lines += [f"{name}: {value}" for name, value in {"Content-Type": "application/json", **(headers or {})}.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def with_length(status: int, body: bytes, headers: dict[str, str] | None = None) -> Plan:
    return [Send(head(status, {**(headers or {}), "Content-Length": str(len(body))}) + body)]


_CHUNK = b"x" * 65536


def endless(status: int = 200) -> Plan:
    """A chunked body that does not end: 128 MiB of 64 KiB chunks (or until the client stops reading),
    then silence, never the last chunk. (Finite, so that a client that does not bound it fails by its
    read timeout rather than eat the machine's memory.)"""
    chunk = b"10000\r\n" + _CHUNK + b"\r\n"
    return [Send(head(status, {"Transfer-Encoding": "chunked"})), Repeat(chunk, times=BOMB // len(_CHUNK))]


def bombs() -> dict[str, Plan]:
    """The plans by path: every bomb, and a small JSON body at /ok."""
    return {
        "/ok": reply(200, {"type": "admin", "id": "1"}),
        "/gzip": with_length(200, gzip_bomb(), {"Content-Encoding": "gzip"}),
        "/gzip-gzip": with_length(200, double_bomb(), {"Content-Encoding": "gzip, gzip"}),
        "/500-gzip": with_length(500, gzip_bomb(), {"Content-Encoding": "gzip"}),
        "/plain": with_length(200, bytes(BOMB)[: 4 * CAP]),  # over the bound, said by Content-Length
        # Past the bound by a byte: within what the aiohttp transport reads of a body (raw_limit), whose
        # size is then checked in memory (_body._check_held).
        "/just-over": with_length(200, bytes(CAP + 1)),
        "/endless": endless(),
    }


def by_path(plans: dict[str, Plan]) -> Plan:
    return [Call(lambda received: plans[received.path])]


def serve(plans: dict[str, Plan]) -> FaultServer:
    return FaultServer(default=by_path(plans))


def harness(client: str, server: FaultServer, **options: Any) -> Harness:
    options = {"token": TOKEN, "base_url": server.url, "timeout": 2.0, "max_response_bytes": CAP, **options}
    if client == "sync":
        return Harness("sync", **options)
    return Harness("async", http_backend=client, **options)


async def outcome_of(h: Harness, path: str) -> httpx.Response | Exception:
    try:
        return await h.request("GET", path)
    except Exception as exc:
        return exc


async def streamed(h: Harness, path: str) -> bytes | Exception:
    """The body of a ``client.stream`` call, read chunk by chunk (or the error that ended it)."""
    chunks: list[bytes] = []
    try:
        if isinstance(h.client, AsyncIntercom):
            async with h.client.stream("GET", path) as response:
                async for chunk in response.aiter_bytes():
                    chunks.append(chunk)
        else:
            assert isinstance(h.client, Intercom)
            with h.client.stream("GET", path) as response:
                chunks.extend(response.iter_bytes())
    except Exception as exc:
        return exc
    return b"".join(chunks)


# -- the bombs end in ResponseTooLargeError --------------------------------------------------------


@pytest.mark.parametrize("path", ["/gzip", "/gzip-gzip", "/500-gzip", "/plain", "/just-over", "/endless"])
@pytest.mark.parametrize("client", CLIENTS)
def test_a_body_over_the_bound_is_a_typed_error_and_is_not_retried(client: str, path: str) -> None:
    async def run() -> tuple[Any, float, int]:
        with serve(bombs()) as server:
            h = harness(client, server)
            try:
                started = time.perf_counter()
                outcome = await outcome_of(h, path)
                return outcome, time.perf_counter() - started, server.attempts
            finally:
                await h.close()

    outcome, elapsed, attempts = asyncio.run(run())
    assert isinstance(outcome, ResponseTooLargeError), repr(outcome)
    assert outcome.limit == CAP and outcome.option == "max_response_bytes"
    assert (outcome.method, outcome.path) == ("GET", path)
    assert outcome.status == (500 if path.startswith("/500") else 200)
    assert f"GET {path}" in str(outcome) and f"max_response_bytes={CAP}" in str(outcome)
    assert attempts == 1  # never retried, not even the 500 of a GET
    assert elapsed < 5.0
    assert TOKEN not in str(outcome) and outcome.__cause__ is None and outcome.__context__ is None


@pytest.mark.parametrize("client", CLIENTS)
def test_the_next_call_on_the_same_client_works(client: str) -> None:
    async def run() -> tuple[Any, Any]:
        with serve(bombs()) as server:
            h = harness(client, server)
            try:
                return await outcome_of(h, "/endless"), await outcome_of(h, "/ok")
            finally:
                await h.close()

    first, second = asyncio.run(run())
    assert isinstance(first, ResponseTooLargeError)
    assert isinstance(second, httpx.Response) and second.json() == {"type": "admin", "id": "1"}


# -- what is read: just under the bound, declared codings only --------------------------------------


@pytest.mark.parametrize("coding", ["identity", "gzip", "gzip, gzip", "deflate"])
@pytest.mark.parametrize("client", CLIENTS)
def test_a_body_just_under_the_bound_is_read_whole_and_decoded(client: str, coding: str) -> None:
    body = json.dumps({"type": "list", "data": "y" * (CAP - 100)}).encode()
    assert CAP - 100 < len(body) <= CAP
    sent = body
    if coding == "deflate":
        compressor = zlib.compressobj()
        sent = compressor.compress(body) + compressor.flush()
    for _ in range(coding.count("gzip")):
        sent = gzip(sent)
    headers = {} if coding == "identity" else {"Content-Encoding": coding}

    async def run() -> Any:
        with serve({"/big": with_length(200, sent, headers)}) as server:
            h = harness(client, server)
            try:
                return await outcome_of(h, "/big")
            finally:
                await h.close()

    outcome = asyncio.run(run())
    assert isinstance(outcome, httpx.Response), repr(outcome)
    assert outcome.content == body
    assert outcome.json()["type"] == "list"
    assert "content-encoding" not in outcome.headers  # the body held is the decoded one


@pytest.mark.parametrize("client", CLIENTS)
def test_a_coding_that_was_not_declared_is_not_decoded(client: str) -> None:
    gzipped = gzip(b'{"type": "admin"}')

    async def run() -> Any:
        with serve({"/me": with_length(200, gzipped)}) as server:
            h = harness(client, server)
            try:
                return await outcome_of(h, "/me")
            finally:
                await h.close()

    outcome = asyncio.run(run())
    assert isinstance(outcome, httpx.Response), repr(outcome)
    assert outcome.content == gzipped  # no sniffing: the bytes as sent


@pytest.mark.parametrize("coding", ["br", "gzip, zstd", "x-unknown"])
@pytest.mark.parametrize("client", CLIENTS)
def test_a_coding_the_sdk_does_not_decode_is_a_decoding_error(client: str, coding: str) -> None:
    async def run() -> tuple[Any, int, str | None]:
        with serve({"/me": with_length(200, b"\x00" * 64, {"Content-Encoding": coding})}) as server:
            h = harness(client, server)
            try:
                outcome = await outcome_of(h, "/me")
                return outcome, server.attempts, server.received[0].headers.get("accept-encoding")
            finally:
                await h.close()

    outcome, attempts, asked = asyncio.run(run())
    assert isinstance(outcome, ResponseDecodingError), repr(outcome)
    assert "GET /me" in str(outcome) and "Content-Encoding" in str(outcome)
    assert attempts == 1
    assert asked == "gzip, deflate"  # the client asks only for what it decodes


@pytest.mark.parametrize("client", CLIENTS)
def test_a_truncated_gzip_body_is_a_decoding_error(client: str) -> None:
    cut = gzip(b'{"type": "admin", "id": "1"}' * 100)[:-20]

    async def run() -> Any:
        with serve({"/me": with_length(200, cut, {"Content-Encoding": "gzip"})}) as server:
            h = harness(client, server)
            try:
                return await outcome_of(h, "/me")
            finally:
                await h.close()

    outcome = asyncio.run(run())
    assert isinstance(outcome, ResponseDecodingError), repr(outcome)
    assert "truncated" in str(outcome)


# -- streamed downloads: their own bound ------------------------------------------------------------


@pytest.mark.parametrize("client", CLIENTS)
def test_a_download_is_bounded_by_max_download_bytes(client: str) -> None:
    gzipped_file = gzip(bytes(3 * CAP))  # 3 MiB once decoded: over max_response_bytes, under the download bound

    async def run() -> tuple[Any, Any, Any]:
        plans = {
            "/file": with_length(200, gzipped_file, {"Content-Encoding": "gzip"}),
            "/endless": endless(),
            "/bomb": with_length(200, double_bomb(), {"Content-Encoding": "gzip, gzip"}),
        }
        with serve(plans) as server:
            h = harness(client, server, max_download_bytes=4 * CAP)
            try:
                return await streamed(h, "/file"), await streamed(h, "/endless"), await streamed(h, "/bomb")
            finally:
                await h.close()

    whole, endless_outcome, bomb_outcome = asyncio.run(run())
    assert whole == bytes(3 * CAP)
    for outcome in (endless_outcome, bomb_outcome):
        assert isinstance(outcome, ResponseTooLargeError), repr(outcome)
        assert outcome.option == "max_download_bytes" and outcome.limit == 4 * CAP


@pytest.mark.parametrize("client", CLIENTS)
def test_the_error_status_of_a_download_is_read_within_max_response_bytes(client: str) -> None:
    async def run() -> Any:
        with serve({"/bomb": with_length(500, gzip_bomb(), {"Content-Encoding": "gzip"})}) as server:
            h = harness(client, server, max_download_bytes=None)
            try:
                return await streamed(h, "/bomb")
            finally:
                await h.close()

    outcome = asyncio.run(run())
    assert isinstance(outcome, ResponseTooLargeError), repr(outcome)
    assert outcome.option == "max_response_bytes" and outcome.status == 500


@pytest.mark.parametrize("client", CLIENTS)
def test_no_bound_reads_a_large_body(client: str) -> None:
    body = gzip(bytes(4 * CAP))

    async def run() -> Any:
        with serve({"/big": with_length(200, body, {"Content-Encoding": "gzip"})}) as server:
            h = harness(client, server, max_response_bytes=None)
            try:
                return await outcome_of(h, "/big")
            finally:
                await h.close()

    outcome = asyncio.run(run())
    assert isinstance(outcome, httpx.Response) and outcome.content == bytes(4 * CAP)


@pytest.mark.parametrize("value", [0, -1, 1.5, "10", True])
@pytest.mark.parametrize("option", ["max_response_bytes", "max_download_bytes"])
def test_a_bound_that_is_not_a_positive_int_is_a_configuration_error(option: str, value: Any) -> None:
    with pytest.raises(ConfigurationError, match=option):
        Intercom(token=TOKEN, **{option: value})
    with pytest.raises(ConfigurationError, match=option):
        Intercom(token=TOKEN).with_options(**{option: value})
    client = AsyncIntercom(token=TOKEN, **{option: None})
    assert getattr(client, option) is None
    assert getattr(client.with_options(**{option: 5}), option) == 5


# -- memory: each bomb in a child process -----------------------------------------------------------

CHILD_CAP = 8 << 20
CHILD_GROWTH = 64 << 10  # KiB: the most a bomb may grow the child's resident memory


def run_child(client: str, url: str, limit: str, paths: list[str], timeout: float = 60.0) -> dict[str, Any]:
    command = [sys.executable, "-m", "tests.edges.bomb_child", client, url, limit, *paths]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize("client", CLIENTS)
def test_each_bomb_costs_memory_near_the_bound_in_a_child_process(client: str) -> None:
    paths = ["/gzip", "/gzip-gzip", "/500-gzip", "/endless"]
    with serve(bombs()) as server:
        report = run_child(client, server.url, str(CHILD_CAP), paths)
    assert report["warm_up"] == "ok"
    # Memory a bomb took is kept by the allocator and reused by the next: each peak is measured from
    # the resident memory before the first bomb, so that no bomb, nor all of them, grew it by more.
    baseline = report["results"][0]["rss_before_kib"]
    for result in report["results"]:
        growth = result["peak_kib"] - baseline
        assert result["outcome"] == "ResponseTooLargeError", result
        assert growth < CHILD_GROWTH, result
        assert result["seconds"] < 10.0, result


# -- export downloads -------------------------------------------------------------------------------

EXPORT_PATH = "/download/content/data/j1"


def completed_export() -> Job:
    return Job(kind="data_export", id="j1", state="completed")


async def download(h: Harness, into: io.BytesIO) -> int | Exception:
    try:
        if isinstance(h.client, AsyncIntercom):
            return await download_export(h.client, completed_export(), into)
        assert isinstance(h.client, Intercom)
        return download_export(h.client, completed_export(), into)
    except Exception as exc:
        return exc


async def records(h: Harness) -> int | Exception:
    count = 0
    try:
        if isinstance(h.client, AsyncIntercom):
            async for _ in iter_export_records(h.client, completed_export()):
                count += 1
        else:
            assert isinstance(h.client, Intercom)
            for _ in iter_export_records(h.client, completed_export()):
                count += 1
    except Exception as exc:
        return exc
    return count


@pytest.mark.parametrize("client", CLIENTS)
def test_an_endless_export_download_stops_at_max_download_bytes(client: str) -> None:
    into = io.BytesIO()

    async def run() -> Any:
        with serve({EXPORT_PATH: endless()}) as server:
            h = harness(client, server, max_download_bytes=4 * CAP)
            try:
                return await download(h, into)
            finally:
                await h.close()

    outcome = asyncio.run(run())
    assert isinstance(outcome, ResponseTooLargeError), repr(outcome)
    assert outcome.option == "max_download_bytes" and outcome.path == EXPORT_PATH
    assert len(into.getvalue()) <= 4 * CAP


@functools.cache
def one_endless_row() -> bytes:
    """A gzipped CSV file (the file's own gzip, not a content coding): a header row, then one line of
    16 MiB (finite, so that a reader that does not bound rows fails rather than hangs)."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    line = b"".join(compressor.compress(b"x" * (1 << 20)) for _ in range(16))
    return gzip(b"a,b\n") + line + compressor.flush()  # two gzip members, as a file may have


@pytest.mark.parametrize("client", CLIENTS)
def test_an_export_row_longer_than_max_response_bytes_is_a_format_error(client: str) -> None:
    plans = {EXPORT_PATH: with_length(200, one_endless_row(), {"Content-Type": "application/octet-stream"})}

    async def run() -> Any:
        with serve(plans) as server:
            h = harness(client, server)
            try:
                return await records(h)
            finally:
                await h.close()

    outcome = asyncio.run(run())
    assert isinstance(outcome, ExportFormatError), repr(outcome)
    assert f"row longer than {CAP}" in str(outcome)


# -- a long chain of codings: a typed error, bounded work -------------------------------------------


@pytest.mark.parametrize("client", CLIENTS)
def test_a_long_chain_of_codings_is_a_decoding_error(client: str) -> None:
    """``Content-Encoding: gzip, gzip, ...`` 1,500 times over a body gzipped as often: each coding
    is a decompressor held at once (tens of kilobytes each) and a level of nesting, so a long chain is
    refused before any is made (as urllib3 does past 5), rather than end in a RecursionError."""
    layers, per_line = 1500, 250  # on several header lines: aiohttp refuses a line over 8 KB
    sent = b'{"type": "admin"}'
    for _ in range(layers):
        sent = gzip(sent)
    codings = "".join(f"Content-Encoding: {', '.join(['gzip'] * per_line)}\r\n" for _ in range(layers // per_line))
    response = head(200, {"Content-Length": str(len(sent))})[:-2] + codings.encode() + b"\r\n" + sent

    async def run() -> tuple[Any, int]:
        plans = {"/me": [Send(response)]}
        with serve(plans) as server:
            h = harness(client, server)
            try:
                return await outcome_of(h, "/me"), server.attempts
            finally:
                await h.close()

    outcome, attempts = asyncio.run(run())
    assert isinstance(outcome, ResponseDecodingError), repr(outcome)
    assert "GET /me" in str(outcome) and "codings" in str(outcome)
    assert len(str(outcome)) < 400  # the header is not echoed whole
    assert attempts == 1


# -- a body that decodes to nothing: its encoded bytes are bounded too -------------------------------


@pytest.mark.parametrize("client", CLIENTS)
def test_an_endless_body_that_decodes_to_nothing_is_bounded_by_its_encoded_size(client: str) -> None:
    """A zlib stream of empty deflate blocks, endless: no decoded byte ever counts against the bound, so
    the encoded bytes must (as aiohttp's raw read always did), or the client reads until its deadline."""
    empty_blocks = b"\x00\x00\x00\xff\xff" * 13107  # 65,535 bytes of non-final empty stored blocks
    chunk = f"{len(empty_blocks):x}\r\n".encode() + empty_blocks + b"\r\n"
    plan: Plan = [
        Send(head(200, {"Transfer-Encoding": "chunked", "Content-Encoding": "deflate"}) + b"2\r\n\x78\x9c\r\n"),
        Repeat(chunk, times=BOMB // len(empty_blocks)),
    ]

    async def run() -> tuple[Any, float, int]:
        with serve({"/me": plan}) as server:
            h = harness(client, server, max_retries=0)
            try:
                started = time.perf_counter()
                outcome = await outcome_of(h, "/me")
                return outcome, time.perf_counter() - started, server.attempts
            finally:
                await h.close()

    outcome, elapsed, attempts = asyncio.run(run())
    assert isinstance(outcome, ResponseTooLargeError), repr(outcome)
    assert outcome.limit == CAP and "GET /me" in str(outcome)
    assert attempts == 1 and elapsed < 5.0


# -- many small pieces: memory near the body's size --------------------------------------------------


class _TinyPieces(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A 200 KB body arriving two bytes at a time (a server that writes a byte or two per TCP segment)."""

    def __iter__(self) -> Any:
        for i in range(100_000):
            yield b"%02d" % (i % 100)

    async def __aiter__(self) -> Any:
        for piece in self:
            yield piece


@pytest.mark.parametrize("reader", ["sync", "async"])
def test_a_body_in_many_small_pieces_costs_memory_near_its_size(reader: str) -> None:
    """Each piece kept whole until the end is an object of its own (about 40 bytes for 2 of data):
    a body of 100,000 2-byte pieces took 12 MB to read 200 KB, so 100 MiB of them would take gigabytes."""
    import tracemalloc

    from intercom_client._body import LIMITS_KEY, BodyLimits, read_body_async, read_body_sync

    request = httpx.Request(
        "GET", "https://example.test/big", extensions={LIMITS_KEY: BodyLimits(CAP * 2, None, False)}
    )
    response = httpx.Response(200, stream=_TinyPieces(), request=request)
    loop = asyncio.new_event_loop()
    tracemalloc.start()
    try:
        if reader == "sync":
            read_body_sync(response, stream=False)
        else:
            loop.run_until_complete(read_body_async(response, stream=False))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        loop.close()
    assert response.content == b"".join(b"%02d" % (i % 100) for i in range(100_000))
    assert peak < 4 * 200_000, f"peak {peak / 1e6:.1f} MB to read 200 KB"


# -- a streamed download is given as it arrives, on every client ------------------------------------


@pytest.mark.parametrize("client", CLIENTS)
def test_a_download_is_given_as_it_arrives(client: str) -> None:
    """The first half of a download, then a pause: its first chunks reach the caller during the pause.

    ``download_export`` and ``iter_export_records`` promise flat memory; the aiohttp backend used to read
    the whole body (up to ``max_download_bytes``, 10 GiB) before ``stream`` gave the response.
    """
    half = bytes(2 * CAP)
    plan: Plan = [Send(head(200, {"Content-Length": str(4 * CAP)}) + half), Wait(1.5), Send(half)]

    async def run() -> tuple[float, float, int]:
        with serve({"/file": plan}) as server:
            h = harness(client, server, timeout=5.0)
            try:
                started = time.perf_counter()
                first = -1.0
                size = 0
                if isinstance(h.client, AsyncIntercom):
                    async with h.client.stream("GET", "/file") as response:
                        async for chunk in response.aiter_bytes():
                            first = time.perf_counter() - started if first < 0 else first
                            size += len(chunk)
                else:
                    assert isinstance(h.client, Intercom)

                    def read() -> tuple[float, int]:
                        got, total = -1.0, 0
                        assert isinstance(h.client, Intercom)
                        with h.client.stream("GET", "/file") as response:
                            for chunk in response.iter_bytes():
                                got = time.perf_counter() - started if got < 0 else got
                                total += len(chunk)
                        return got, total

                    first, size = await asyncio.to_thread(read)
                return first, time.perf_counter() - started, size
            finally:
                await h.close()

    first, total, size = asyncio.run(run())
    assert size == 4 * CAP
    assert total >= 1.5
    assert first < 1.0, f"the first chunk came after {first:.2f} s, with the whole body"


# -- an error page's excerpt: linear in the page ------------------------------------------------------


@pytest.mark.parametrize("client", CLIENTS)
def test_the_excerpt_of_a_hostile_html_error_page_is_quick(client: str) -> None:
    """A 500 whose HTML page opens ``<script>`` 100,000 times and never closes it: the excerpt of the
    message stripped its markup with a regex that scanned to the end of the page from each one, so
    that 288 KB took 53 s (quadratic: a 1 MB page, minutes)."""
    from intercom_client import InternalServerError

    page = b"<html><title>Bad gateway</title>" + b"<script>x" * 100_000

    async def run() -> tuple[Any, float]:
        plans = {"/me": with_length(500, page, {"Content-Type": "text/html"})}
        with serve(plans) as server:
            h = harness(client, server, max_retries=0)
            try:
                started = time.perf_counter()
                outcome = await outcome_of(h, "/me")
                return outcome, time.perf_counter() - started
            finally:
                await h.close()

    outcome, elapsed = asyncio.run(run())
    assert isinstance(outcome, InternalServerError), repr(outcome)
    assert "Bad gateway" in str(outcome) and "<script>" not in str(outcome)
    assert elapsed < 2.0, f"{elapsed:.1f} s"
