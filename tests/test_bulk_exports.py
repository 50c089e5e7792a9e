"""Exports against the loopback fake of Intercom (real uvicorn on 127.0.0.1): start, wait, download, read."""

from __future__ import annotations

import asyncio
import gzip
import io
import tarfile
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette

from intercom_client import APIStatusError, AsyncIntercom, ConfigurationError, Intercom, RateLimitError
from intercom_client.bulk import (
    ExportExpiredError,
    ExportFormatError,
    ExportInProgressError,
    Job,
    JobError,
    Progress,
    download_export,
    iter_export_records,
    start_data_export,
    start_reporting_export,
    wait_for_job,
)
from intercom_client.bulk._exports import OCTET_STREAM, _RecordReader

from .asgi_server import serve_asgi
from .fake_intercom.exports import COLUMNS, ExportsState, gzipped_csv, record
from .fake_intercom.jobs import FAST
from .operations import require_method

TOKEN = "fake-token-exports"
RANGE = {"created_at_after": 1717000000, "created_at_before": 1717500000}
REPORTING = {
    "dataset_id": "conversation",
    "attribute_ids": ["conversation.conversation_id"],
    "start_time": 1,
    "end_time": 2,
}
REPORTING_PARAMS = {"app_id": "app1", "client_id": "client1"}


@pytest.fixture
def exports() -> ExportsState:
    return ExportsState(records=2500)


@pytest.fixture
def url(exports: ExportsState) -> Iterator[str]:
    with serve_asgi(Starlette(routes=exports.routes()), name="fake-exports") as url:
        yield url


@pytest.fixture
async def client(url: str) -> AsyncIterator[AsyncIntercom]:
    async with AsyncIntercom(token=TOKEN, base_url=url, max_retries=2) as client:
        yield client


async def completed_export(client: AsyncIntercom) -> Job:
    return await wait_for_job(client, await start_data_export(client, **RANGE), **FAST)


async def test_an_export_is_started_waited_for_and_read_record_by_record(
    exports: ExportsState, client: AsyncIntercom
) -> None:
    job = await start_data_export(client, **RANGE)
    assert job.state == "pending"
    done = await wait_for_job(client, job, **FAST)
    assert done.state == "completed" and done.download_url and done.download_expires_at

    seen: list[Progress] = []
    rows = [row async for row in iter_export_records(client, done, on_progress=seen.append)]

    assert rows == [record(i) for i in range(2500)]  # every record once, in order, quoted fields intact
    assert any("\n" in row["name"] and '"' in row["name"] for row in rows)
    assert seen[-1].finished and seen[-1].items == 2500
    assert exports.downloads == 1


async def test_a_second_export_is_refused_at_once_with_a_typed_error(
    exports: ExportsState, client: AsyncIntercom
) -> None:
    exports.running_polls = None
    first = await start_data_export(client, **RANGE)

    with pytest.raises(ExportInProgressError) as caught:
        await start_data_export(client, **RANGE)  # the client has max_retries=2: none is used on this 429

    assert isinstance(caught.value, RateLimitError) and caught.value.status_code == 429
    assert "another export is running" in str(caught.value) and "1 pending message data export" in str(caught.value)
    assert exports.rejected == 1
    assert first.id in exports.jobs


async def test_wait_for_other_starts_once_the_running_export_ends(exports: ExportsState, client: AsyncIntercom) -> None:
    exports.running_polls = None
    first = await start_data_export(client, **RANGE)
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, exports.finish, first.id)

    seen: list[Progress] = []
    second = await start_data_export(client, **RANGE, wait_for_other=True, deadline=30, on_progress=seen.append)

    assert second.state == "pending" and second.id != first.id
    assert exports.rejected >= 1
    states = [p.state for p in seen]
    assert "waiting for another export to end" in states and states[-1] == "pending" and seen[-1].finished


async def test_wait_for_other_gives_up_at_its_deadline(exports: ExportsState, client: AsyncIntercom) -> None:
    exports.running_polls = None
    await start_data_export(client, **RANGE)

    with pytest.raises(ExportInProgressError, match="still running at the deadline"):
        await start_data_export(client, **RANGE, wait_for_other=True, deadline=0.5)


async def test_download_streams_the_gzipped_file_chunk_by_chunk(
    exports: ExportsState, client: AsyncIntercom, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exports.records = 30_000
    served = b"".join(exports.prepare())
    job = await completed_export(client)
    target = tmp_path / "export.csv.gz"
    chunks: list[int] = []

    class Recording:
        def __init__(self, file: io.BufferedWriter) -> None:
            self.file = file

        def write(self, data: bytes) -> int:
            chunks.append(len(data))
            return self.file.write(data)

    with target.open("wb") as file:
        written = await download_export(client, job, Recording(file), progress_bar="tqdm")

    assert written == target.stat().st_size == sum(chunks) > 0 and len(chunks) > 1
    assert gzip.decompress(target.read_bytes()) == zlib.decompress(served, 16 + zlib.MAX_WBITS)
    assert f"download data_export {job.id}" in capsys.readouterr().err  # the tqdm bar
    with pytest.raises(ConfigurationError, match="binary file object"):
        await download_export(client, job, str(target))  # type: ignore[arg-type]


async def test_a_server_error_before_the_body_is_retried_and_keeps_auth(
    exports: ExportsState, client: AsyncIntercom
) -> None:
    job = await completed_export(client)
    exports.unavailable = 2  # the client's max_retries

    rows = [row async for row in iter_export_records(client, job)]

    assert len(rows) == 2500 and exports.unavailable == 0


async def test_an_expired_download_raises_export_expired(exports: ExportsState, client: AsyncIntercom) -> None:
    job = await completed_export(client)
    exports.expire(job.id)

    into = io.BytesIO()
    with pytest.raises(ExportExpiredError, match="two days"):
        await download_export(client, job, into)
    assert into.getvalue() == b""

    # A job known to be past its expiry is refused before any request.
    stale = Job(kind="data_export", id=job.id, state="completed", data={**job.data, "download_expires_at": "1"})
    downloads = exports.downloads
    with pytest.raises(ExportExpiredError, match="expired at 1"):
        [row async for row in iter_export_records(client, stale)]
    assert exports.downloads == downloads


async def test_a_job_not_yet_complete_has_no_download(client: AsyncIntercom) -> None:
    job = await start_data_export(client, **RANGE)
    with pytest.raises(JobError, match="wait for it to complete"):
        [row async for row in iter_export_records(client, job)]
    bulk = Job(kind="contacts_bulk", id="j", state="completed")
    with pytest.raises(ConfigurationError, match="only exports"):
        [row async for row in iter_export_records(client, bulk)]


async def test_bad_export_arguments_are_refused_before_sending(exports: ExportsState, client: AsyncIntercom) -> None:
    with pytest.raises(ConfigurationError, match="created_at_after"):
        await start_data_export(client, created_at_after="yesterday", created_at_before=2)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="not be later"):
        await start_data_export(client, created_at_after=5, created_at_before=2)
    with pytest.raises(ConfigurationError, match="attribute_ids"):
        await start_reporting_export(client, **{**REPORTING, "attribute_ids": []})  # type: ignore[arg-type]
    assert exports.jobs == {}


async def test_a_reporting_export_runs_with_its_app_and_client_ids(
    exports: ExportsState, client: AsyncIntercom
) -> None:
    require_method("reporting_data_export", "enqueue")
    job = await start_reporting_export(client, **REPORTING)  # type: ignore[arg-type]
    params = {**REPORTING_PARAMS, "job_identifier": job.id}
    done = await wait_for_job(client, job, params=params, **FAST)
    assert done.state == "complete"

    with pytest.raises(ConfigurationError, match="app_id"):
        [row async for row in iter_export_records(client, Job(kind=done.kind, id=done.id, state="complete"))]
    rows = [row async for row in iter_export_records(client, done, params={"app_id": "app1"})]
    assert len(rows) == 2500 and {row["user_id"] for row in rows} == {f"u{i}" for i in range(2500)}


async def test_five_pending_reporting_exports_at_most(exports: ExportsState, client: AsyncIntercom) -> None:
    require_method("reporting_data_export", "enqueue")
    exports.running_polls = None
    for _ in range(5):
        await start_reporting_export(client, **REPORTING)  # type: ignore[arg-type]
    with pytest.raises(ExportInProgressError, match="5 pending reporting dataset export jobs"):
        await start_reporting_export(client, **REPORTING)  # type: ignore[arg-type]


def test_the_same_helpers_start_wait_download_and_read_with_the_sync_client(exports: ExportsState, url: str) -> None:
    with Intercom(token=TOKEN, base_url=url) as client:
        job = wait_for_job(client, start_data_export(client, **RANGE), **FAST)
        rows = list(iter_export_records(client, job))
        into = io.BytesIO()
        written = download_export(client, job, into)
        exports.running_polls = None
        start_data_export(client, **RANGE)
        with pytest.raises(ExportInProgressError):
            start_data_export(client, **RANGE)
    assert rows == [record(i) for i in range(2500)]
    assert written == len(into.getvalue()) and gzip.decompress(into.getvalue()).count(b"\r\n") >= 2501


async def test_reading_a_large_export_holds_a_bounded_amount_of_memory(
    exports: ExportsState, client: AsyncIntercom
) -> None:
    rows = 80_000
    exports.records = rows
    body_size = len(zlib.decompress(b"".join(exports.prepare()), 16 + zlib.MAX_WBITS))
    job = await completed_export(client)
    count = 0
    ids_ok = True

    tracemalloc.start()
    try:
        async for row in iter_export_records(client, job):
            ids_ok = ids_ok and row["user_id"] == f"u{count}"
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert count == rows and ids_ok
    assert body_size > 4_000_000
    # The fake serves a body compressed beforehand: the peak is the client's (and the server's sending).
    print(f"peak {peak} bytes while reading a {body_size}-byte export")
    assert peak < 1_500_000, f"peak {peak} bytes for a {body_size}-byte export"  # a third of the body


# -- the record reader on its own: any chunking, and what is not a CSV file ------------------------------


def rows_of(data: bytes, chunk: int) -> list[dict[str, str]]:
    reader = _RecordReader(Job(kind="data_export", id="j", state="completed"))
    rows = []
    for start in range(0, len(data), chunk):
        rows += reader.feed(data[start : start + chunk])
    return rows + list(reader.close())


@pytest.mark.parametrize("chunk", [1, 7, 4096, 10**7])
def test_the_reader_gives_the_same_rows_whatever_the_chunking(chunk: int) -> None:
    gzipped = b"".join(gzipped_csv(1200))
    plain = zlib.decompress(gzipped, 16 + zlib.MAX_WBITS)
    expected = [record(i) for i in range(1200)]
    assert rows_of(gzipped, chunk) == expected
    assert rows_of(plain, chunk) == expected
    # Several gzip members one after the other (a stream written in parts) are one file.
    half = plain.index(b"\r\n", len(plain) // 2) + 2
    assert rows_of(gzip.compress(plain[:half]) + gzip.compress(plain[half:]), chunk) == expected


def test_the_reader_refuses_archives_and_truncated_streams() -> None:
    archive = io.BytesIO()
    with tarfile.open(fileobj=archive, mode="w:gz") as tar:
        content = b"a,b\n1,2\n"
        info = tarfile.TarInfo("receipts.csv")
        info.size = len(content)
        tar.addfile(info, io.BytesIO(content))
    with pytest.raises(ExportFormatError, match="tar archive"):
        rows_of(archive.getvalue(), 100)
    with pytest.raises(ExportFormatError, match="zip archive"):
        rows_of(b"PK\x03\x04" + b"\0" * 400, 100)
    with pytest.raises(ExportFormatError, match="truncated gzip"):
        rows_of(gzip.compress(b"a,b\n1,2\n" * 100)[:-20], 50)
    with pytest.raises(ExportFormatError, match="never closed"):
        rows_of(b'a,b\n1,"2\n', 3)
    assert rows_of(b"", 1) == [] and rows_of(",".join(COLUMNS).encode(), 2) == []


def test_nothing_is_held_between_rows_but_one_row() -> None:
    reader = _RecordReader(Job(kind="data_export", id="j", state="completed"))
    rows = list(reader.feed(b"a,b\n" + b"x,y\n" * 1000 + b"p,q"))
    assert len(rows) == 1000
    assert "".join(reader._pending) == "p,q" and reader._record == []


async def test_client_stream_raises_an_error_status_typed_and_gives_a_body_unread(
    exports: ExportsState, client: AsyncIntercom
) -> None:
    job = await completed_export(client)
    with pytest.raises(APIStatusError) as caught:
        async with client.stream("GET", f"/download/content/data/{job.id}"):  # no Accept: octet-stream
            pass
    assert caught.value.status_code == 406 and caught.value.first_error is not None
    assert caught.value.first_error.code == "not_acceptable"

    async with client.stream("GET", f"/download/content/data/{job.id}", headers=OCTET_STREAM) as response:
        assert not response.is_stream_consumed
        first = await response.aiter_bytes().__anext__()
    assert first.startswith(b"\x1f\x8b") and response.is_closed


def test_sync_client_stream(exports: ExportsState, url: str) -> None:
    with Intercom(token=TOKEN, base_url=url) as client:
        job = wait_for_job(client, start_data_export(client, **RANGE), **FAST)
        with pytest.raises(APIStatusError, match="406"), client.stream("GET", f"/download/content/data/{job.id}"):
            pass
        with client.stream("GET", f"/download/content/data/{job.id}", headers=OCTET_STREAM) as response:
            body = response.read()
    assert gzip.decompress(body).startswith(b"user_id,email")


class CountingTransport(httpx.AsyncBaseTransport):
    """httpx's transport, counting the responses whose body is still open (each holds a connection)."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.open = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        self.open += 1
        return httpx.Response(response.status_code, headers=response.headers, stream=_Counted(response, self))

    async def aclose(self) -> None:
        await self._inner.aclose()


class _Counted(httpx.AsyncByteStream):
    def __init__(self, response: httpx.Response, transport: CountingTransport) -> None:
        self._response = response
        self._transport = transport

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._response.aiter_raw():
            yield chunk

    async def aclose(self) -> None:
        self._transport.open -= 1
        await self._response.aclose()


async def test_a_stream_cancelled_before_its_headers_closes_the_response_it_was_sent(
    exports: ExportsState, url: str
) -> None:
    transport = CountingTransport()
    async with AsyncIntercom(token=TOKEN, base_url=url, transport=transport) as client:
        job = await completed_export(client)
        exports.download_delay = 0.5

        async def read() -> None:
            async with client.stream("GET", f"/download/content/data/{job.id}", headers=OCTET_STREAM) as response:
                await response.aread()

        reader = asyncio.create_task(read())
        await asyncio.sleep(0.2)  # the request is sent; its headers come at 0.5 s
        reader.cancel()
        with pytest.raises(asyncio.CancelledError):
            await reader
        assert transport.open == 0  # the attempt still runs in the background

        for _ in range(100):  # once it ends, the response nobody will read is closed, not left open
            await asyncio.sleep(0.05)
            if exports.downloads and transport.open == 0 and not client._http_slot.background:
                break
        assert exports.downloads == 1 and transport.open == 0
        # The bodies of the status polls were all read and closed too.
        async with client.stream("GET", f"/download/content/data/{job.id}", headers=OCTET_STREAM) as response:
            assert transport.open == 1 and response.status_code == 200
        assert transport.open == 0
