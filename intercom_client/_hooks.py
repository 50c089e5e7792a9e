"""Hooks: your code told of each request, response, retry and failed call, with or without OpenTelemetry.

``AsyncIntercom(hooks=MyHooks())`` (or ``Intercom``): the client's telemetry (``_telemetry.py``) calls
the methods of :class:`Hooks` with an :class:`AttemptEvent`, on both clients and both backends. A
module of its own: it is the public interface (``from intercom_client import Hooks, AttemptEvent``),
and it imports no OpenTelemetry.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._rate_limit import RateLimit

__all__ = ["AttemptEvent", "Hooks"]


@dataclass(frozen=True, slots=True)
class AttemptEvent:
    """What a hook is told about one attempt of a call (or, for ``on_error``, the call's end).

    Attributes:
        operation: The operation (``contacts.retrieve``), or None for ``client.request(...)`` itself.
        method: The HTTP method (``GET``).
        url_template: The path template (``/contacts/{id}``), or the path sent when no template is known
            (``client.request(...)``, the bulk helpers' polls).
        attempt: Which attempt, from 1.
        status: The response's status, or None (before the response, or when there was none).
        request_id: Intercom's ``X-Request-Id`` of the response, or None.
        duration: Seconds the attempt took (None in ``on_request``; the whole call's in ``on_error``).
        error: In ``on_retry``, the transport error that is retried (None for a status); in ``on_error``,
            the ``IntercomError`` the call raises.
        retry_in: In ``on_retry``, seconds until the next attempt.
        rate_limit: The rate-limit state the response reported, or None.
    """

    operation: str | None
    method: str
    url_template: str
    attempt: int
    status: int | None = None
    request_id: str | None = None
    duration: float | None = None
    error: BaseException | None = None
    retry_in: float | None = None
    rate_limit: RateLimit | None = None


class Hooks:
    """Your callbacks on the client's calls: subclass it and override what you need (each does nothing here).

    ::

        class Prometheus(Hooks):
            def on_response(self, event: AttemptEvent) -> None:
                LATENCY.labels(event.operation, event.status).observe(event.duration)

        client = AsyncIntercom(hooks=Prometheus())

    Called synchronously, in the task or thread of the call, on both clients and both backends: keep
    them quick (no I/O that waits). An exception a hook raises is logged (logger ``intercom_client``)
    and never changes the call.
    """

    def on_request(self, event: AttemptEvent) -> None:
        """Before each attempt is sent (``event.attempt`` 1 for the first)."""

    def on_response(self, event: AttemptEvent) -> None:
        """After each attempt that got a response, whatever its status."""

    def on_retry(self, event: AttemptEvent) -> None:
        """After an attempt that will be retried in ``event.retry_in`` seconds."""

    def on_error(self, event: AttemptEvent) -> None:
        """When the call ends in an error (``event.error``, the ``IntercomError`` raised to the caller)."""
