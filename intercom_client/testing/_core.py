"""FakeIntercom: the pure core. ``(method, path, query, headers, body) -> (status, headers, body)`` over a state.

No I/O happens here: the adapters (``_adapters.py``: httpx transports; ``_server.py``: a socket
server) hand the core a request and carry out its answer (wait ``delay``, reset the connection, post
webhook notifications). The core checks the token, applies the faults and the rate-limit budget a
test set, finds the operation (``_routes.py``), runs its stateful handler when the kit models it
(``_contacts.py`` ...) or answers the spec's example of its success response (the generated
operations table), and records the request in ``fake.requests``.
"""

from __future__ import annotations

import dataclasses
import json
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from ._faults import Faults
from ._handlers import HANDLERS
from ._routes import match, operation_named
from ._state import Answer, Call, State, public_view
from ._webhooks import Delivery, Webhooks
from ._wire import FakeIntercomError, FakeRequest, FakeResponse, Refusal, error_body

__all__ = ["FakeCore"]

REDACTED = "[secure]"
MAX_DEFECTS = 100  # fake.defects keeps the first ones: a test that hits a defect in a loop stays bounded


class FakeCore:
    """The state and the request handling of a :class:`FakeIntercom` (which adds seeding and adapters)."""

    def __init__(self, *, token: str, clock: Callable[[], float] | None = None) -> None:
        if not isinstance(token, str) or not token:
            raise FakeIntercomError("token must be a non-empty str")
        self._token = token
        self.lock = threading.RLock()
        self.state = State(clock=clock or time.time)
        self.requests: list[FakeRequest] = []
        self.faults = Faults(self.state.now)
        self.webhooks = Webhooks(self.state)
        self.latency = 0.0
        self.max_recorded_requests = 10_000
        self.max_recorded_body = 64 * 2**10  # bytes of each recorded body kept (the handler sees it whole)
        self.max_recorded_body_total = 32 * 2**20  # bytes of all recorded bodies together
        self._recorded_body_bytes = 0
        # Exceptions a handler raised (the fake's own defects, answered 500): the pytest fixture fails on them.
        self.defects: list[Exception] = []

    @property
    def token(self) -> str:
        """The access token the fake accepts (any other is 401)."""
        return self._token

    def __repr__(self) -> str:
        return f"{type(self).__name__}(requests={len(self.requests)})"

    # -- the one entry point --------------------------------------------------------------------------

    def handle(
        self, method: str, target: str, headers: Mapping[str, str] | None = None, body: bytes = b""
    ) -> FakeResponse:
        """Answer one request: ``target`` is the path with its query string (or a full URL)."""
        with self.lock:
            response, deliveries = self._handle(
                method.upper(), target, {k.lower(): v for k, v in (headers or {}).items()}, body
            )
        response.deliveries.extend(self.webhooks.deliver_to_callables(deliveries))  # outside the lock
        return response

    def _handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[FakeResponse, list[Delivery]]:
        parts = urlsplit(target)
        path = parts.path or "/"
        query: dict[str, tuple[str, ...]] = {}
        for name, value in parse_qsl(parts.query, keep_blank_values=True):
            query[name] = (*query.get(name, ()), value)
        found = match(method, path)
        route, params = found if found else (None, {})
        shown = dict(headers)
        if "authorization" in shown:
            shown["authorization"] = f"Bearer {REDACTED}"
        request = FakeRequest(method, path, query, shown, body, route.key if route else None, params)
        if len(self.requests) < self.max_recorded_requests:
            self._record(request)
        request_id = str(uuid.uuid4())
        response = self._answer(request, headers, route, request_id)
        response.headers.setdefault("X-Request-Id", request_id)
        response.headers.update(self.faults.rate_limit_headers())
        response.delay += self.latency
        deliveries = [
            d for topic, item in self.state.notifications for d in self.webhooks.notify(topic, public_view(item))
        ]
        self.state.notifications.clear()
        return response, deliveries

    def _answer(self, request: FakeRequest, headers: dict[str, str], route: Any, request_id: str) -> FakeResponse:
        if headers.get("authorization") != f"Bearer {self._token}":
            return _error(401, request_id, "unauthorized", "Access Token Invalid")
        limited = self.faults.take_rate_limit()
        if limited is not None:
            response = _error(429, request_id, "rate_limit_exceeded", "Exceeded rate limit of requests")
            response.headers["Retry-After"] = str(limited)
            return response
        fault = self.faults.take(request.operation)
        if fault is not None:
            if fault.reset:
                return FakeResponse(0, {}, b"", reset=True)
            response = _error(fault.status, request_id, fault.code, fault.message)
            if fault.retry_after is not None:
                response.headers["Retry-After"] = str(fault.retry_after)
            return response
        if route is None:
            return _error(404, request_id, "not_found", f"No such endpoint: {request.method} {request.path}")
        operation = route.operation
        handler = HANDLERS.get(route.key)
        status, value = operation.status, None
        if handler is None:
            if operation.body is None:
                return FakeResponse(operation.status, _redirect_headers(operation.status), b"")
            if operation.content_type != "application/json":
                return FakeResponse(
                    status, {"Content-Type": operation.content_type or "text/plain"}, operation.body.encode()
                )
            return FakeResponse(status, {"Content-Type": "application/json"}, operation.body.encode())
        snapshot = len(self.state.notifications)
        try:
            result = handler(Call(self.state, request))
            if isinstance(result, Answer):
                status, value = result.status, result.value
            else:
                value = result
            if value is None:
                return FakeResponse(status, {}, b"")
            shown = json.dumps(public_view(value)).encode()
        except Refusal as refusal:
            del self.state.notifications[snapshot:]
            return _error(refusal.status, request_id, refusal.code, refusal.message, refusal.field)
        except Exception as exc:  # a defect of the fake: answered as a server answers its own, and kept
            del self.state.notifications[snapshot:]
            self._defect(exc)
            message = f"FakeIntercom could not handle {route.key}: {type(exc).__name__} (see fake.defects)"
            return _error(500, request_id, "server_error", message)
        return FakeResponse(status, {"Content-Type": "application/json"}, shown)

    def _record(self, request: FakeRequest) -> None:
        room = max(0, min(self.max_recorded_body, self.max_recorded_body_total - self._recorded_body_bytes))
        if len(request.body) > room:
            request = dataclasses.replace(request, body=request.body[:room])
        self._recorded_body_bytes += len(request.body)
        self.requests.append(request)

    def _defect(self, exc: Exception) -> None:
        if len(self.defects) < MAX_DEFECTS:
            self.defects.append(exc)

    def is_stateful(self, key: str) -> bool:
        """Whether the kit models operation ``"<resource>.<method>"`` statefully."""
        if operation_named(key) is None:
            raise FakeIntercomError(
                f"no operation is named {key!r} (use '<resource>.<method>', e.g. 'contacts.retrieve')"
            )
        return key in HANDLERS


def _redirect_headers(status: int) -> dict[str, str]:
    return {"Location": "https://example.com/fake-intercom/recording.mp3"} if 300 <= status < 400 else {}


def _error(status: int, request_id: str, code: str, message: str, field: str | None = None) -> FakeResponse:
    body = json.dumps(error_body(request_id, code, message, field)).encode()
    return FakeResponse(status, {"Content-Type": "application/json"}, body)
