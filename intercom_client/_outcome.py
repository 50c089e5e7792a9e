"""What an attempt's outcome becomes for the caller: a log record, and for the last attempt the
response or the typed error it amounts to.

Both clients report their attempts here (``_client.py`` decides whether there is a next one, with
``_retry.py``): :func:`log_attempt` writes one record per attempt to the ``intercom_client`` logger,
and :func:`final_response` turns the last attempt into what ``request`` returns or raises.
"""

from __future__ import annotations

import logging
from http import HTTPStatus

import httpx

from . import _redirects
from ._exceptions import APIConnectionError, APITimeoutError, ResponseDecodingError, error_for_response
from ._operation import operation_of

__all__ = ["final_response", "log_attempt", "logger"]

logger = logging.getLogger(__package__)

# Statuses a response may end a call with: those the HTTP registry knows. Anything else (299, 600) is
# raised as UnexpectedStatusError here rather than reaching code that maps statuses to HTTPStatus.
_REGISTERED_STATUSES = frozenset(int(s) for s in HTTPStatus if s >= 200)


def log_attempt(
    request: httpx.Request,
    attempt: int,
    elapsed: float,
    response: httpx.Response | None,
    error: Exception | None,
    delay: float | None,
) -> None:
    """Log attempt ``attempt`` (from 0) of ``request``: at INFO when it is retried in ``delay`` seconds,
    at DEBUG otherwise. The record says the method, the path (never the query or a header), the status
    or the error's type, and carries them as ``extra`` fields for structured logging (a JSON formatter
    picks them up): ``operation`` (``contacts.retrieve``, or None for ``client.request``), ``method``,
    ``path``, ``attempt`` (from 1), ``status``, ``error``, ``request_id`` (Intercom's ``X-Request-Id``),
    ``duration`` (seconds; also as ``elapsed``) and ``retry_in``."""
    if not (logger.isEnabledFor(logging.DEBUG) or (delay is not None and logger.isEnabledFor(logging.INFO))):
        return
    outcome = response.status_code if response is not None else type(error).__name__
    logger.log(
        logging.INFO if delay is not None else logging.DEBUG,
        "%s %s -> %s (attempt %d, %.3f s)%s",
        request.method,
        request.url.path,
        outcome,
        attempt + 1,
        elapsed,
        f", retrying in {delay:.2f} s" if delay is not None else "",
        extra={
            "operation": operation_of(request.extensions)[0],
            "method": request.method,
            "path": request.url.path,
            "status": response.status_code if response is not None else None,
            "error": type(error).__name__ if error is not None else None,
            "attempt": attempt + 1,
            "request_id": response.headers.get("x-request-id") if response is not None else None,
            "duration": elapsed,
            "elapsed": elapsed,
            "retry_in": delay,
        },
    )


def final_response(
    request: httpx.Request, response: httpx.Response | None, error: Exception | None, *, redact: tuple[str, ...]
) -> httpx.Response:
    """The response of the last attempt, or the typed error it amounts to.

    A transport error is raised as ``APITimeoutError``, ``ResponseDecodingError`` or ``APIConnectionError``.
    An error status, a status the HTTP registry does not know and a redirect (``RedirectError``, never
    followed; see ``_redirects.py``) are raised as their ``APIStatusError``, with the ``redact`` strings
    (the access token) kept out of it; other statuses are returned.
    """
    if error is not None:
        where = f"{request.method} {request.url.path}"
        if isinstance(error, httpx.TimeoutException):
            raise APITimeoutError(f"request timed out: {where} ({error})", request=request) from error
        if isinstance(error, httpx.DecodingError):
            raise ResponseDecodingError(
                f"the body of {where} is not encoded as its Content-Encoding says ({error})"
            ) from error
        raise APIConnectionError(
            f"connection error on {where}: {type(error).__name__}: {error}", request=request
        ) from error
    assert response is not None
    _detach_stream(response)
    status = response.status_code
    if status >= 400 or status not in _REGISTERED_STATUSES or _redirects.refused(request, status):
        raise error_for_response(response, redact=redact)
    return response


def _detach_stream(response: httpx.Response) -> None:
    """Replace a read response's stream by its body, so that the response is freed when dropped.

    httpx binds each response's stream to the response (a reference cycle), which leaves every
    response for the cyclic garbage collector: under load they pile up between full collections.
    Once the body is read the stream has nothing left to give, so an in-memory one replaces it.
    """
    if response.is_closed and hasattr(response, "_content"):
        response.stream = httpx.ByteStream(response.content)
