"""Which 3xx answers end a call with an error: every redirect, unless the operation documents it.

The SDK never follows a redirect (its httpx clients are made with ``follow_redirects=False`` and each
request is sent with it): following one would take the request, and the access token in its
``Authorization`` header, to a place the caller did not name. A redirect is raised as
``RedirectError`` instead, naming where it pointed, through ``request``, ``stream``, ``request_json``
and every generated method.

The one exception is an operation whose spec documents a 3xx as its answer (``GET /calls/{id}/recording``
answers 302 with the recording's URL): its generated resource method marks the request with the httpx
request extension ``RETURN_REDIRECT`` and names ``LOCATION`` for the 302 (``_responses.py``), so the call
returns the ``Location``. A 304 Not Modified, the answer to a conditional request, is returned when the
request was conditional.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

__all__ = ["RETURN_REDIRECT", "refused"]

# The request extension (``extensions={RETURN_REDIRECT: True}``) of an operation that documents a redirect.
# templates/endpoint_init.py.jinja writes this string literally into the generated code.
RETURN_REDIRECT = "intercom_client.documented_redirect"

_CONDITIONAL = ("if-none-match", "if-modified-since")


def refused(request: httpx.Request, status: int) -> bool:
    """Whether a response of ``status`` to ``request`` is a 3xx the caller did not ask for."""
    if not 300 <= status <= 399:
        return False
    if status == 304:
        return not any(name in request.headers for name in _CONDITIONAL)
    return not request.extensions.get(RETURN_REDIRECT)
