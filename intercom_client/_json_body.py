"""The check of a JSON request body before it is encoded: every value must be one JSON can carry.

httpx encodes a ``json=`` body with ``json.dumps(..., allow_nan=False)``; a value it cannot encode (a
``datetime``, a ``Decimal``, a ``set``, ``bytes``, NaN or infinity, a dict that contains itself) raises a
bare ``TypeError``, ``ValueError`` or ``RecursionError`` that names no field. ``check_json_body`` walks
the body once before it is encoded (``_BaseIntercom._build_request``, the one place every JSON body of
every client passes: generated methods' ``to_dict()``, ``extra_body=``, ``request_json(json=...)``,
``client.request(json=...)``) and raises ``RequestBodyValueError`` naming the field's path
(``body.custom_attributes.signed_up``, ``body.items[3]``), the value's type and how to send it instead.
Nothing is sent.

Cheap for an ordinary body: a quick walk (``_fine``) over its values recognises the common ones by
their exact class (``str``, ``int``, ``bool``, ``None``, finite ``float``, ``dict``, ``list``, ``tuple``)
and bounds the depth; it costs a quarter to a half of httpx's ``encode_json`` on typical bodies
(``python -m benchmarks.json_body_check``). Only a body it does not pass, or whose encoding fails (a key json
refuses, a string UTF-8 cannot encode, an int too long to write), is walked again by ``diagnose``, which
builds the path as the error unwinds. A cycle is found the same way: past ``MAX_DEPTH`` levels, the containers on the path
tell a cycle (a container inside itself) from a body that is only absurdly deep; either is an error,
never a ``RecursionError``.
"""

from __future__ import annotations

import math
from typing import Any

from ._exceptions import RequestBodyError

__all__ = ["MAX_DEPTH", "RequestBodyValueError", "check_json_body", "diagnose"]

# Levels of nesting a body may have (Intercom's deepest, a search query's nested filters, has about 10).
MAX_DEPTH = 100


class RequestBodyValueError(RequestBodyError):
    """A JSON request body holds a value JSON cannot carry; raised before anything is sent.

    A ``RequestBodyError`` (so an ``IntercomError`` and a ``TypeError``).

    Attributes:
        path: Where the value is, from ``body``: ``body.custom_attributes.signed_up``, ``body.items[3]``.
        value_type: The value's type name (``datetime``, ``Decimal``, ``float`` for NaN and infinity,
            ``dict`` for a cycle or a body nested too deep).
        field: The same as ``path``; ``model`` is ``"body"`` (the client does not know the operation's model).
    """

    def __init__(self, message: str, *, path: str, value_type: str) -> None:
        super().__init__(message, model="body", field=path)
        self.path = path
        self.value_type = value_type


class _Bad(Exception):
    """A value that failed, unwinding: each level adds its key (and container) on the way up."""

    def __init__(self, problem: str, value_type: str, *, too_deep: bool = False) -> None:
        super().__init__(problem)
        self.problem = problem
        self.value_type = value_type
        self.too_deep = too_deep
        self.keys: list[str | int] = []  # innermost first
        self.containers: list[Any] = []  # innermost first (only gathered for a body too deep)


def check_json_body(body: Any) -> None:
    """Raise ``RequestBodyValueError`` when ``body`` holds a value that is not JSON (see the module)."""
    if _fine((body,), -1):
        return
    error = diagnose(body)
    if error is not None:
        raise error


def diagnose(body: Any) -> RequestBodyValueError | None:
    """The error for the first value of ``body`` that JSON cannot carry, or None when there is none.

    The slow, thorough walk: only run on a body the quick one (``_fine``) did not pass, or whose
    encoding failed (a key json refuses, a string UTF-8 cannot encode, an int too long to write).
    """
    try:
        _check(body, 0)
    except _Bad as bad:
        return _error(bad)
    return None


# -- the walks ------------------------------------------------------------------------------------------

_LEAVES = frozenset({str, int, bool, type(None)})


def _fine(container: dict[Any, Any] | list[Any] | tuple[Any, ...], depth: int) -> bool:
    """Whether every value in ``container`` is certainly JSON: exact built-in types, finite floats, bounded depth.

    Conservative and quick (the cost of every body): False sends the body to ``diagnose``, which decides.
    Keys are left to the encoder, whose failure is diagnosed too.
    """
    if depth >= MAX_DEPTH:
        return False
    for item in container.values() if container.__class__ is dict else container:
        cls = item.__class__
        if cls in _LEAVES:
            continue
        if cls is float:
            if item - item == 0.0:  # NaN - NaN and inf - inf are NaN
                continue
            return False
        if (cls is dict or cls is list or cls is tuple) and _fine(item, depth + 1):
            continue
        return False
    return True


def _check(value: Any, depth: int) -> None:
    if isinstance(value, str):
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise _Bad("is a string that UTF-8 cannot encode (a lone surrogate)", "str") from None
        return
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, int):  # int enums too
        try:
            int.__repr__(value)  # what json writes
        except ValueError:  # more digits than sys.get_int_max_str_digits() (4300 by default)
            pass
        else:
            return
        raise _Bad("is an int of more digits than Python writes out (sys.get_int_max_str_digits())", "int")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _Bad(f"is {value!r}: JSON has no NaN or Infinity (send null, or leave the field out)", "float")
        return
    if isinstance(value, (dict, list, tuple)):
        _check_container(value, depth)
        return
    raise _Bad(_not_json(value), type(value).__name__)


def _check_container(value: dict[Any, Any] | list[Any] | tuple[Any, ...], depth: int) -> None:
    if depth >= MAX_DEPTH:
        raise _Bad(f"is nested more than {MAX_DEPTH} levels deep", type(value).__name__, too_deep=True)
    is_dict = isinstance(value, dict)
    items = value.items() if isinstance(value, dict) else enumerate(value)
    key: Any
    for key, item in items:
        if is_dict:
            if not isinstance(key, (str, int, float)) and key is not None:
                raise _Bad(f"has a key of type {type(key).__name__}: JSON object keys are strings", "dict")
            if isinstance(key, (str, int)):
                try:
                    _check(key, depth)
                except _Bad as bad:
                    raise _Bad(f"has a key that {bad.problem}", bad.value_type) from None
        try:
            _check(item, depth + 1)
        except _Bad as bad:
            bad.keys.append(key if isinstance(key, (str, int)) else str(key))
            if bad.too_deep:
                bad.containers.append(value)
            raise


# -- the error ------------------------------------------------------------------------------------------


def _path(keys: list[str | int]) -> str:
    """``body.a.b[3]`` from the keys, outermost first."""
    path = "body"
    for key in keys:
        path += f"[{key}]" if isinstance(key, int) else f".{key}" if _plain(key) else f"[{key!r}]"
    return path


def _plain(key: str) -> bool:
    return key.isidentifier() or (key != "" and all(c.isalnum() or c in "_-" for c in key))


def _error(bad: _Bad) -> RequestBodyValueError:
    keys = bad.keys[::-1]
    if bad.too_deep:
        containers = bad.containers[::-1]  # outermost (the body) first, one per key
        first_seen: dict[int, int] = {}
        for index, container in enumerate(containers):
            earlier = first_seen.setdefault(id(container), index)
            if earlier != index:
                path, inner = _path(keys[:earlier]), _path(keys[:index])
                return RequestBodyValueError(
                    f"{inner} is {path} itself (a cycle): JSON cannot encode a value that contains itself",
                    path=inner,
                    value_type=type(container).__name__,
                )
    path = _path(keys)
    shown = _path(keys[:3]) + "..." if bad.too_deep else path
    return RequestBodyValueError(f"{shown} {bad.problem}", path=path, value_type=bad.value_type)


def _not_json(value: Any) -> str:
    """What is wrong with a value of a type JSON does not have, and what to send instead."""
    import datetime
    import decimal
    import enum
    import uuid

    name = type(value).__name__
    if isinstance(value, (datetime.datetime, datetime.date)):
        hint = "Intercom takes Unix seconds: int(dt.timestamp())"
        if not isinstance(value, datetime.datetime):
            hint += " (of a datetime on that day, e.g. datetime.combine(d, time(), tzinfo=timezone.utc))"
    elif isinstance(value, decimal.Decimal):
        hint = "convert it: float(d), or str(d) to keep every digit"
    elif isinstance(value, (set, frozenset)):
        hint = "a JSON array is a list: list(s) (sorted(s) for a stable order)"
    elif isinstance(value, (bytes, bytearray, memoryview)):
        hint = "send text: b.decode() for text, base64.b64encode(b).decode() for binary data"
    elif isinstance(value, enum.Enum):
        hint = "send its value: e.value"
    elif isinstance(value, uuid.UUID):
        hint = "send str(u)"
    elif hasattr(value, "to_dict"):
        hint = "send value.to_dict()"
    else:
        hint = "JSON carries str, int, float, bool, None, list and dict"
    return f"is a {name}, which is not JSON: {hint}"
