"""Per-call options: the ``timeout``, ``max_retries``, ``extra_headers``, ``extra_query`` and ``extra_body``
every resource method takes, as one value, and the sentinel of an option left out.

A generated method folds its five option arguments into one :class:`RequestOptions` with
``_resource.request_options`` (None when none was given: the common case costs nothing further) and
passes that value down; the resource runtime (``_resource.py``) and the paginators (``pagination.py``) apply
it to each request they send (``client.request`` takes this call's timeout and retries: no client is copied). A module of its own so that neither of those two imports the other for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from ._exceptions import ConfigurationError

__all__ = ["NOT_GIVEN", "NotGiven", "RequestOptions", "apply_options"]


class NotGiven:
    """The type of :data:`NOT_GIVEN`: an option left as it is (``None`` is a valid timeout)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final[Any] = NotGiven()
"""An option the caller did not pass: the client's own setting applies (the runtime's one sentinel)."""


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """The per-call options of one method call (each as the method documents it).

    Attributes:
        timeout: This call's timeout, or NOT_GIVEN for the client's.
        max_retries: Retries of this call, or None for the client's.
        extra_headers: Headers added to the request (overriding its own).
        extra_query: Query parameters added to the request (overriding its own).
        extra_body: JSON fields merged into the body (overriding its own).
    """

    timeout: Any = NOT_GIVEN
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None

    def apply(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """The request arguments ``kwargs`` (of ``client.request``) with this call's options in them.

        The extras are merged (see :func:`apply_options`); a timeout or retries given become the
        ``timeout=`` / ``max_retries=`` of ``client.request``, which apply them to this call only.
        """
        if self.timeout is not NOT_GIVEN:
            kwargs["timeout"] = self.timeout
        if self.max_retries is not None:
            kwargs["max_retries"] = self.max_retries
        return apply_options(
            kwargs, extra_headers=self.extra_headers, extra_query=self.extra_query, extra_body=self.extra_body
        )


def apply_options(
    kwargs: dict[str, Any],
    *,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The endpoint's request arguments with the per-call extras merged in (extras win)."""
    if extra_headers:
        kwargs["headers"] = {**(kwargs.get("headers") or {}), **extra_headers}
    if extra_query:
        kwargs["params"] = {**(kwargs.get("params") or {}), **extra_query}
    if extra_body:
        body = kwargs.get("json")
        if body is None and not any(k in kwargs for k in ("data", "files", "content")):
            kwargs["json"] = dict(extra_body)
        elif isinstance(body, dict):
            kwargs["json"] = {**body, **extra_body}
        else:
            raise ConfigurationError("extra_body needs a JSON object body; this request sends another kind of body")
    return kwargs
