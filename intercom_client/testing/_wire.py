"""What crosses the fake's boundary: a request as the code under test sent it, the answer it gets, the errors.

The core (``_core.py``) takes a :class:`FakeRequest` and gives a :class:`FakeResponse`; the adapters
(``_adapters.py`` for httpx, ``_server.py`` for a socket) only translate. An answer is never an
exception: a handler that refuses a request raises :class:`Refusal`, which the core turns into the
status and ``error.list`` body Intercom answers with.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .._exceptions import IntercomError

__all__ = ["FakeIntercomError", "FakeRequest", "FakeResponse", "Refusal", "error_body"]


class FakeIntercomError(IntercomError):
    """A test used the fake wrongly (an unknown operation name, a seed that breaks Intercom's rules ...)."""


@dataclass(frozen=True, slots=True)
class FakeRequest:
    """One request the code under test sent, as the fake received it (``fake.requests`` lists them).

    Attributes:
        method: Upper case (``"GET"``).
        path: The URL path as sent (``"/contacts/abc"``); its parameters, percent-decoded, are in ``params``.
        query: Each query parameter's values, in order.
        headers: Lower-case names; the ``authorization`` header's token is replaced by ``[secure]``.
        body: The raw body.
        operation: ``"<resource>.<method>"`` of the clients (``"contacts.retrieve"``), None when no
            operation of the spec has this method and path.
        params: The path parameters of the operation (``{"id": "abc"}``).
    """

    method: str
    path: str
    query: Mapping[str, tuple[str, ...]]
    headers: Mapping[str, str] = field(repr=False)
    body: bytes = field(repr=False)
    operation: str | None = None
    params: Mapping[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        """The body decoded as JSON (None for an empty body); ``FakeIntercomError`` when it is not JSON."""
        if not self.body:
            return None
        try:
            return json.loads(self.body)
        except ValueError as exc:
            raise FakeIntercomError(f"the body of {self.method} {self.path} is not JSON") from exc

    def arg(self, name: str) -> str | None:
        """The first value of the query parameter ``name``, or None."""
        values = self.query.get(name)
        return values[0] if values else None


@dataclass(slots=True)
class FakeResponse:
    """The fake's answer: what the adapters send back, and what they do first.

    Attributes:
        status: The HTTP status.
        headers: Response headers (``Content-Type``, ``X-RateLimit-*``, ``Retry-After`` ...).
        body: The body's bytes.
        delay: Seconds to wait before answering (``fake.latency``).
        reset: Close the connection instead of answering (a ``fail_next(..., reset=True)``).
        deliveries: Webhook notifications to post to subscribed URLs once the answer is made:
            (url, body, headers).
    """

    status: int
    headers: dict[str, str]
    body: bytes
    delay: float = 0.0
    reset: bool = False
    deliveries: list[tuple[str, bytes, dict[str, str]]] = field(default_factory=list)

    def json(self) -> Any:
        """The body decoded as JSON."""
        return json.loads(self.body)


class Refusal(Exception):
    """Raised by a handler to answer with Intercom's error: ``status`` and one ``error.list`` entry."""

    def __init__(self, status: int, code: str, message: str, *, field: str | None = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.field = field


def error_body(request_id: str, code: str, message: str, field: str | None = None) -> dict[str, Any]:
    """Intercom's error body: ``{"type": "error.list", "request_id": ..., "errors": [{code, message}]}``."""
    entry: dict[str, Any] = {"code": code, "message": message}
    if field is not None:
        entry["field"] = field
    return {"type": "error.list", "request_id": request_id, "errors": [entry]}
