"""How a generated method names its responses, and the one function that decodes them by that name.

A resource method (``generated/api/<tag>/__init__.py``) passes a table of its documented 2xx/3xx
statuses to the runtime, e.g. ``{200: Contact.from_dict}`` or ``{204: None}``; each value says what
the call returns for that status:

- a decoder (a model's ``from_dict``, ``check_str``, a small generated function for a union): the
  response's JSON body decoded with it, under the decoding policy of ``_decoding.py``;
- ``None``: nothing (the operation answers without a body);
- :data:`TEXT` / :data:`BYTES`: the body as text / as bytes;
- :data:`LOCATION`: the ``Location`` of a documented redirect (see ``_redirects.py``).

Any other status raises its typed error (``error_for_response``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final, TypeAlias

import httpx

from ._decoding import decode_response, redirect_location
from ._exceptions import error_for_response

__all__ = ["BYTES", "LOCATION", "TEXT", "Decoder", "Responses", "decode"]


class _Marker:
    """A response kind that is not JSON: its name is its repr."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


TEXT: Final = _Marker("TEXT")
"""The response body as text (``response.text``)."""
BYTES: Final = _Marker("BYTES")
"""The response body as bytes (``response.content``)."""
LOCATION: Final = _Marker("LOCATION")
"""The ``Location`` header of a documented redirect."""

Decoder: TypeAlias = Callable[[Any], Any] | _Marker | None
"""How one status decodes (see the module docstring)."""
Responses: TypeAlias = Mapping[int, Decoder]
"""A method's documented statuses and how each decodes."""

_UNDOCUMENTED: Final = _Marker("UNDOCUMENTED")


def decode(response: httpx.Response, responses: Responses, strict: bool) -> Any:
    """What the call returns for ``response``, as ``responses`` names it; its typed error otherwise."""
    how = responses.get(response.status_code, _UNDOCUMENTED)
    if how is None:
        return None
    if how.__class__ is _Marker:
        if how is TEXT:
            return response.text
        if how is BYTES:
            return response.content
        if how is LOCATION:
            return redirect_location(response)
        raise error_for_response(response)
    return decode_response(response, how, strict=strict)  # type: ignore[arg-type]
