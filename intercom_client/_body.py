"""Response bodies read within a bound, decoded a bounded piece at a time.

A gzip body of 1.25 MB inflates to 1.26 GB; gzip inside gzip multiplies that again; a server may also
send 500 MB, or a chunked body that never ends. httpx's decoders inflate each chunk whole (a 64 KB
chunk of a gzip bomb is 64 MB at once, of a doubly gzipped one gigabytes), and a buffered read keeps
everything. So the SDK reads bodies itself:

- The content codings the server *declared* (``Content-Encoding``) are undone here, last applied first,
  each by a ``zlib`` decompressor asked for at most :data:`PIECE` bytes at a time
  (``decompress(data, max_length)``), so that memory stays near the bound whatever the ratio. Nothing
  is sniffed: a body with no ``Content-Encoding`` is returned as sent. A coding other than
  ``gzip``/``x-gzip``/``deflate``/``identity`` is a :class:`ResponseDecodingError` (the client asks for
  ``gzip, deflate`` only), and so is a chain of more than :data:`MAX_CODINGS` codings: each is a
  decompressor held at once (tens of KB) and a level of nesting, so ``gzip, gzip, ...`` a thousand
  times over would cost memory and end in a ``RecursionError``.
- Decoded bytes are counted; past the bound the read stops and :class:`ResponseTooLargeError` is
  raised, naming the bound, the option that set it, the method and the path. Encoded bytes are
  counted too, against :func:`raw_limit` (a little above the bound): a stream of empty deflate blocks
  or gzip members decodes to nothing, endlessly.
- The response then holds the decoded body: its ``Content-Encoding`` and ``Content-Length`` headers,
  which described the encoded one, are removed (as Go's net/http does when it decodes), so httpx does
  not decode it again.

Which bound applies travels with the request (:data:`LIMITS_KEY` in its extensions, a
:class:`BodyLimits`), so that a transport that reads bodies whole (aiohttp's) bounds its raw read too.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from ._exceptions import APIConnectionError, APITimeoutError, ResponseDecodingError, ResponseTooLargeError

__all__ = [
    "DEFAULT_MAX_DOWNLOAD_BYTES",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "LIMITS_KEY",
    "MAX_CODINGS",
    "PIECE",
    "BodyDecoder",
    "BodyLimits",
    "bound_body",
    "check_limit",
    "raw_limit",
    "read_body_async",
    "read_body_sync",
]

DEFAULT_MAX_RESPONSE_BYTES = 100 * 1024 * 1024
"""100 MiB. Intercom's largest JSON responses are list and search pages (at most 150 objects) and a
conversation with its parts (at most 500): a few MB even with long HTML bodies and many custom
attributes. 100 MiB is more than ten times that, and still a bound a process can afford (the body is
held once decoded, and about twice while it is joined)."""

DEFAULT_MAX_DOWNLOAD_BYTES = 10 * 1024**3
"""10 GiB, for streamed bodies (``client.stream``, export downloads). A data or reporting export is
gzipped CSV, written to a file or parsed as it arrives (memory stays flat): a year of a large
workspace's conversations or message data is hundreds of MB to a few GB. 10 GiB is well above that
and below what fills a disk or takes a day; pass ``max_download_bytes=None`` for no bound."""

LIMITS_KEY = "intercom_client.body_limits"
PIECE = 64 * 1024
"""The most bytes a decompressor gives at once."""

MAX_CODINGS = 5
"""The most content codings a body may declare (as urllib3 allows): a client that asks for ``gzip, deflate``
has no use for more than one or two."""

_CODINGS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
ACCEPT_ENCODING = "gzip, deflate"
"""What the client asks for: the codings this module decodes."""


@dataclass(frozen=True, slots=True)
class BodyLimits:
    """The bounds of one call's response bodies: ``response`` for read bodies, ``download`` for streamed ones."""

    response: int | None
    download: int | None
    stream: bool

    def for_status(self, status: int) -> tuple[int | None, str]:
        """The bound of a body of this status, and the option that set it (an error or redirect status is always read)."""
        if self.stream and status < 300:
            return self.download, "max_download_bytes"
        return self.response, "max_response_bytes"


# The bounds of a response read without the client's (a test's, or a helper's own read).
_DEFAULT_LIMITS = BodyLimits(DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_DOWNLOAD_BYTES, stream=False)


def check_limit(name: str, value: int | None) -> int | None:
    """``value`` if it is a valid bound (a positive int, or None for none); else a ConfigurationError."""
    from ._exceptions import ConfigurationError

    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value <= 0):
        raise ConfigurationError(f"{name} must be a positive number of bytes or None, got {value!r}")
    return value


def raw_limit(limit: int | None) -> int | None:
    """The bound on a body's encoded bytes: a little above ``limit``, since stored deflate blocks and
    gzip's header and trailer make an incompressible body a few bytes per 64 KiB larger than decoded."""
    return None if limit is None else limit + limit // 100 + PIECE


class _Inflater:
    """One ``gzip`` or ``deflate`` coding, undone a bounded piece at a time (several gzip members in a row too)."""

    def __init__(self, coding: str) -> None:
        self._coding = coding
        self._wbits = _CODINGS[coding]
        self._z: Any = zlib.decompressobj(self._wbits)
        self.started = False  # whether any byte came in
        self.complete = False  # whether the stream (its last member) ended as its format says

    def decode(self, data: bytes) -> Iterator[bytes]:
        """The decoded pieces of ``data`` (each at most PIECE bytes), produced as they are asked for."""
        full = True
        while data or full:
            out = self._decompress(data)
            full = len(out) == PIECE
            if out:
                yield out
            if self._z.eof:
                self.complete = True
                data = self._z.unused_data
                if data:  # another gzip member follows
                    self._z = zlib.decompressobj(self._wbits)
                    self.complete = False
                    full = True
                else:
                    full = False
            else:
                data = self._z.unconsumed_tail

    def _decompress(self, data: bytes) -> bytes:
        try:
            out: bytes = self._z.decompress(data, PIECE)
        except zlib.error:
            if self._coding != "deflate" or self.started:
                raise
            # "deflate" is zlib-wrapped by the RFC, but some servers send raw deflate (as httpx accepts).
            self._z = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self._z.decompress(data, PIECE)
        self.started = self.started or bool(data)
        return out


class BodyDecoder:
    """Encoded bytes in, decoded bytes out in pieces of at most PIECE, counted against a bound."""

    def __init__(self, response: httpx.Response, limit: int | None, option: str) -> None:
        self._where = _where(response)
        self._status = response.status_code
        self._limit = limit
        self._raw_limit = raw_limit(limit)
        self._option = option
        self.size = 0
        self.raw_size = 0
        codings = [c.strip().lower() for c in response.headers.get_list("content-encoding", split_commas=True)]
        codings = [c for c in codings if c and c != "identity"]
        if len(codings) > MAX_CODINGS:
            raise ResponseDecodingError(
                f"the body of {self._where[0]} {self._where[1]} declares {len(codings)} content codings in its "
                f"Content-Encoding; the SDK decodes at most {MAX_CODINGS}",
                response=response,
            )
        unknown = [c for c in codings if c not in _CODINGS]
        if unknown:
            raise ResponseDecodingError(
                f"the body of {self._where[0]} {self._where[1]} has Content-Encoding {', '.join(unknown)!r}, "
                f"which the SDK does not decode (it asks for {ACCEPT_ENCODING})",
                response=response,
            )
        self.coded = bool(codings)
        # Decoded last-applied first: "Content-Encoding: deflate, gzip" was deflated, then gzipped.
        self._stages = [_Inflater(c) for c in reversed(codings)]
        self._response = response

    def feed(self, data: bytes) -> Iterator[bytes]:
        """The decoded pieces of ``data``; raises once the decoded total passes the bound, or the encoded
        total passes :func:`raw_limit` of it (a body that decodes to little or nothing, endlessly)."""
        self.raw_size += len(data)
        if self._raw_limit is not None and self.raw_size > self._raw_limit:
            raise self.too_large()
        try:
            for piece in self._through(0, data):
                self.size += len(piece)
                if self._limit is not None and self.size > self._limit:
                    raise self.too_large()
                yield piece
        except zlib.error as exc:
            raise self._not_encoded(str(exc)) from None

    def end(self) -> None:
        """Check, once the body has ended, that every coding's stream was complete."""
        if any(stage.started and not stage.complete for stage in self._stages):
            raise self._not_encoded("the compressed stream is truncated")

    def too_large(self) -> ResponseTooLargeError:
        """The error of a body past the bound."""
        assert self._limit is not None
        method, path = self._where
        return ResponseTooLargeError(
            limit=self._limit, option=self._option, method=method, path=path, status=self._status
        )

    def _through(self, index: int, data: bytes) -> Iterator[bytes]:
        if index == len(self._stages):
            for start in range(0, len(data), PIECE):
                yield data[start : start + PIECE] if len(data) > PIECE else data
            return
        for piece in self._stages[index].decode(data):
            yield from self._through(index + 1, piece)

    def _not_encoded(self, why: str) -> ResponseDecodingError:
        method, path = self._where
        return ResponseDecodingError(
            f"the body of {method} {path} is not encoded as its Content-Encoding says ({why})",
            response=self._response,
        )

    def read_failed(self, error: httpx.TransportError) -> APIConnectionError:
        """The typed error for a streamed body whose reading failed (a timeout, a broken connection)."""
        method, path = self._where
        request = self._response.request
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(f"reading the body of {method} {path} timed out ({error})", request=request)
        return APIConnectionError(
            f"connection error while reading the body of {method} {path}: {type(error).__name__}: {error}",
            request=request,
        )


class BoundedStream(httpx.AsyncByteStream, httpx.SyncByteStream):
    """A response's body stream, decoded and bounded by a :class:`BodyDecoder`.

    With ``whole`` (a body the SDK reads whole, which httpx keeps as a list of the pieces until they
    are joined) small pieces are gathered into pieces of at least :data:`PIECE` bytes: each one kept is
    an object of its own, about 40 bytes for a piece of 2, so that a body arriving a byte or two per TCP
    segment cost some 60 times its size. A streamed body is given on as it arrives, and a failure while
    the caller reads it is the SDK's typed error (``APITimeoutError``, ``APIConnectionError``), as it is
    before the response arrives; a body read whole fails with httpx's error, which the client's retry
    loop decides on and turns into the typed one.
    """

    def __init__(self, inner: Any, decoder: BodyDecoder, *, whole: bool = False) -> None:
        self._inner = inner
        self._decoder = decoder
        self._whole = whole

    async def __aiter__(self) -> AsyncIterator[bytes]:
        gathered = bytearray()
        try:
            async for data in self._inner:
                for piece in self._gather(gathered, self._decoder.feed(data)):
                    yield piece
        except httpx.TransportError as exc:
            self._raise_typed(exc)
            raise
        self._decoder.end()
        if gathered:
            yield bytes(gathered)

    def __iter__(self) -> Iterator[bytes]:
        gathered = bytearray()
        try:
            for data in self._inner:
                yield from self._gather(gathered, self._decoder.feed(data))
        except httpx.TransportError as exc:
            self._raise_typed(exc)
            raise
        self._decoder.end()
        if gathered:
            yield bytes(gathered)

    def _raise_typed(self, error: httpx.TransportError) -> None:
        """For a body the caller streams, raise the SDK's error for httpx's (a body read whole keeps httpx's)."""
        if not self._whole:
            raise self._decoder.read_failed(error) from error

    def _gather(self, gathered: bytearray, pieces: Iterator[bytes]) -> Iterator[bytes]:
        """``pieces`` as they come, or (``whole``) gathered in ``gathered`` and given PIECE bytes or more at a time."""
        if not self._whole:
            yield from pieces
            return
        for piece in pieces:
            if not gathered and len(piece) >= PIECE:
                yield piece
                continue
            gathered += piece
            if len(gathered) >= PIECE:
                yield bytes(gathered)
                gathered.clear()

    async def aclose(self) -> None:
        await self._inner.aclose()

    def close(self) -> None:
        self._inner.close()


def bound_body(response: httpx.Response, limits: BodyLimits | None) -> None:
    """Make ``response``'s body stream decoded and bounded (by ``limits``, else by the default bound)."""
    if isinstance(response.stream, BoundedStream):
        return
    limits = limits or _DEFAULT_LIMITS
    limit, option = limits.for_status(response.status_code)
    decoder = BodyDecoder(response, limit, option)
    whole = not limits.stream or response.status_code >= 300  # as read_body_async and the clients read it
    response.stream = BoundedStream(response.stream, decoder, whole=whole)
    if decoder.coded:
        # The body is now the decoded one: the headers that described the encoded body no longer do.
        del response.headers["content-encoding"]
        if "content-length" in response.headers:
            del response.headers["content-length"]


async def read_body_async(response: httpx.Response, *, stream: bool) -> httpx.Response:
    """Bound ``response``'s body and read it, unless it is a streamed call's success (read by the caller)."""
    limits = response.request.extensions.get(LIMITS_KEY)
    try:
        if _held(response, stream):
            _check_held(response, limits, await response.aread())
        else:
            bound_body(response, limits)
            if not stream or response.status_code >= 300:
                await response.aread()
    except BaseException:
        await response.aclose()
        raise
    return response


def read_body_sync(response: httpx.Response, *, stream: bool) -> httpx.Response:
    """The sync twin of :func:`read_body_async`."""
    limits = response.request.extensions.get(LIMITS_KEY)
    try:
        if _held(response, stream):
            _check_held(response, limits, response.read())
        else:
            bound_body(response, limits)
            if not stream or response.status_code >= 300:
                response.read()
    except BaseException:
        response.close()
        raise
    return response


def _held(response: httpx.Response, stream: bool) -> bool:
    """Whether the body, read whole, is already in memory and not encoded: then it has only its size to
    check once read, not a decoder to go through (the aiohttp transport read it within its bound; a
    mock transport or a test made it)."""
    return (
        (not stream or response.status_code >= 300)
        and isinstance(response.stream, httpx.ByteStream)
        and "content-encoding" not in response.headers
    )


def _check_held(response: httpx.Response, limits: BodyLimits | None, content: bytes) -> None:
    """Raise ``ResponseTooLargeError`` if a body :func:`_held` in memory is past its bound."""
    limit, option = (limits or _DEFAULT_LIMITS).for_status(response.status_code)
    if limit is not None and len(content) > limit:
        raise BodyDecoder(response, limit, option).too_large()


def _where(response: httpx.Response) -> tuple[str, str]:
    request = response.request
    return request.method, request.url.path
