"""Path parameters as exactly one URL path segment, or a typed error before anything is sent.

The generated resource methods build a request's path from its template (``/contacts/{id}``) with
:func:`path_segment` for each parameter. Percent-encoding alone is not enough: ``.`` and ``..`` are
unreserved characters that encoding keeps, and an HTTP client resolves them as dot segments
(RFC 3986, section 5.2.4), so ``retrieve("..")`` would send ``GET /`` and
``tags.detach_from_contact("..", "123")`` would send ``DELETE /tags/123``, another endpoint. An empty
value leaves an empty segment (``/contacts/``, the list endpoint on some servers), and ``None`` would
be sent as the text ``None``. Those are refused here; every other ``str`` or ``int`` is encoded with
nothing kept (``/``, ``?``, ``#``, ``%``, spaces and non-ASCII letters are all escaped), so it stays
one segment and the server decodes it back to the value given.
"""

from __future__ import annotations

from urllib.parse import quote

from ._exceptions import InvalidParameterError

__all__ = ["path_segment"]

# The segments RFC 3986's remove_dot_segments resolves; the message names them, they are not secrets.
_DOT_SEGMENTS = frozenset({".", ".."})


def path_segment(name: str, value: object, operation: str = "") -> str:
    """``value`` percent-encoded as one path segment of ``operation``'s path.

    Args:
        name: The path parameter's name in the generated function (``id``, ``contact_id`` ...).
        value: What the caller passed: a ``str`` or an ``int`` (not a ``bool``).
        operation: The operation, as its method and path template (``GET /contacts/{id}``), for the error.

    Raises:
        InvalidParameterError: ``value`` is ``None``, empty, ``"."`` or ``".."`` (a dot segment the HTTP
            client would resolve to another path), not a ``str`` or ``int``, a string that cannot be
            encoded as UTF-8 (a lone surrogate), or an int with more digits than Python writes out. The
            message names the parameter and the problem, never the value itself (it may be a secret
            pasted in the wrong place).
    """
    if isinstance(value, str):
        text = str.__str__(value)  # a str subclass's own __str__ does not change what is sent
        if not text:
            raise InvalidParameterError(name, "is empty", operation)
        if text in _DOT_SEGMENTS:
            raise InvalidParameterError(name, f"is {text!r}, a dot segment that would leave the endpoint", operation)
        try:
            return quote(text, safe="")
        except UnicodeEncodeError:
            pass  # raised below, outside this block: the encoder's error (it holds the value) is no __context__
        raise InvalidParameterError(name, "is not valid Unicode text (a lone surrogate)", operation)
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return int.__repr__(value)  # the digits, whatever an int subclass (an IntEnum) prints
        except ValueError:  # more digits than sys.get_int_max_str_digits() (4300 by default)
            pass
        raise InvalidParameterError(
            name, "is an int of more digits than Python writes out (sys.get_int_max_str_digits())", operation
        )
    if value is None:
        raise InvalidParameterError(name, "is None: a value is required", operation)
    raise InvalidParameterError(name, f"must be str or int, got {type(value).__name__}", operation)
