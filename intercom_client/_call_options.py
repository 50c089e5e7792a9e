"""Per-call options of a request: the ``extra_headers``, ``extra_query`` and ``extra_body`` every method takes.

Shared by the resource methods (``_resource.py``) and the paginators (``pagination.py``), which
both merge them into the arguments of ``client.request``; a module of its own so that neither of
the two imports the other for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._exceptions import ConfigurationError

__all__ = ["apply_options"]


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
