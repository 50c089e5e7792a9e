"""The mark a generated operation puts on its requests: its name and its path template.

A resource method sends its request with ``extensions={OPERATION: ("contacts.retrieve", "/contacts/{id}")}``
(httpx passes request extensions through to the transport, which ignores keys it does not know). The
runtime reads it back with :func:`operation_of` wherever a call is named: a log record's ``operation``
field, the spans and metrics of ``_telemetry.py``, a paginator's walk. A request sent by
``client.request(...)`` has no such mark: it is named by its method and path alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

__all__ = ["OPERATION", "operation_of"]

OPERATION: Final = "intercom_client.operation"
"""The request extension that names a generated operation: ``(name, path template)``."""

_UNNAMED: Final = (None, None)


def operation_of(extensions: Mapping[str, Any] | None) -> tuple[str | None, str | None]:
    """The operation (``contacts.retrieve``) and path template (``/contacts/{id}``) a request's extensions
    name, or ``(None, None)`` for a request no generated operation made."""
    mark = None if extensions is None else extensions.get(OPERATION)
    if isinstance(mark, tuple) and len(mark) == 2:
        return mark
    return _UNNAMED
