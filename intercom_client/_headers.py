"""The header names and values a caller gives, checked before a request is built.

``default_headers=``, ``with_options(default_headers=...)``, ``extra_headers=`` and
``request(headers=...)`` reach httpx as they are given. httpx raises a bare ``TypeError`` for a value
that is not ``str`` or ``bytes`` and a bare ``UnicodeEncodeError`` for a non-ASCII ``str``; a line break
or another control character goes as far as h11, whose ``LocalProtocolError`` quotes the value (an API
key read from a file, with its newline, would be printed in the error). So each header is checked here
and a ``ConfigurationError`` names the header and what is wrong, never the value (it may be a secret).

A name must be an HTTP token (RFC 9110, 5.6.2). A ``str`` value must be printable ASCII (spaces and
tabs allowed); a ``bytes`` value (for the rare header whose value is not ASCII) must hold no control
character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from ._exceptions import ConfigurationError

__all__ = ["check_headers"]

_NAME = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_CONTROL = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")


def check_headers(headers: Mapping[Any, Any] | Iterable[tuple[Any, Any]] | None, option: str) -> None:
    """Raise ``ConfigurationError`` for the first header of ``headers`` that cannot be sent as given.

    Args:
        headers: A mapping (an ``httpx.Headers`` too) or a sequence of ``(name, value)`` pairs, or None.
        option: Where the headers came from, for the message (``"extra_headers"``, ``"default_headers"``).
    """
    if not headers:
        return
    pairs: Iterable[tuple[Any, Any]]
    if hasattr(headers, "multi_items"):
        pairs = headers.multi_items()
    elif isinstance(headers, Mapping):
        pairs = headers.items()
    else:
        pairs = headers
    for name, value in pairs:
        shown = _name(name, option)
        problem = _value_problem(value)
        if problem:
            raise ConfigurationError(f"{option}: the value of header {shown} {problem}; nothing was sent")


def _name(name: object, option: str) -> str:
    """The header name as the message shows it, once it is known to be a valid one."""
    raw = name.encode("latin-1", "replace") if isinstance(name, str) else name
    if not isinstance(raw, bytes):
        raise ConfigurationError(f"{option}: a header name must be str, got {type(name).__name__}; nothing was sent")
    if not _NAME.fullmatch(raw):
        raise ConfigurationError(
            f"{option}: a header name is empty or not an HTTP token (a space, a colon, a line break or "
            "another character names cannot have); nothing was sent"
        )
    return repr(raw.decode("ascii"))


def _value_problem(value: object) -> str:
    """What is wrong with a header value ("" when nothing is); never the value itself."""
    if isinstance(value, str):
        if not value.isascii():
            return "is not ASCII (encode it, or pass bytes)"
        raw = value.encode("ascii")
    elif isinstance(value, bytes):
        raw = value
    else:
        return f"must be str, got {type(value).__name__}"
    if _CONTROL.search(raw):
        return "holds a line break or control character (a newline read from a file?)"
    return ""
