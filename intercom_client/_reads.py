"""The mark a generated operation puts on a request that only reads although its method is a POST.

HTTP calls GET, HEAD, OPTIONS, PUT and DELETE idempotent, so the client retries them after a 5xx or a
broken connection; a POST may have acted, so it is retried only when the server said it did not (408,
429). Intercom's search operations are POSTs that only read (the query is a JSON body). The code
generator decides which operations those are from the spec (``codegen.generate.context.reads_only``),
and their resource methods send them with :data:`READ_ONLY` in the request's httpx ``extensions``;
the client's retry decision reads it with :func:`is_read_only`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

__all__ = ["READ_ONLY", "is_read_only"]

READ_ONLY = "intercom_client.read_only"
"""The request extension (``extensions={READ_ONLY: True}``) that marks a request safe to send again."""


def is_read_only(request: httpx.Request) -> bool:
    """Whether ``request`` was marked as a read by its generated operation (see :data:`READ_ONLY`)."""
    return request.extensions.get(READ_ONLY) is True
