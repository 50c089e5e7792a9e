# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
"""Shared types of the generated code, and the helpers its models use to decode JSON.

The decode helpers are deliberately small and allocation-free on the success path:
they run once per field of every parsed response.
"""

import json
from collections.abc import Callable, Mapping, MutableMapping
from datetime import date, datetime
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from uuid import UUID

import httpx
from attrs import define
from dateutil.parser import isoparse

from .errors import ResponseDecodingError


class Unset:
    """The type of ``UNSET``: a field that was absent from the JSON (as opposed to ``null``)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A successful response: its status, raw body, headers and the typed model parsed from it."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


class WrongType(Exception):
    """A JSON value of the wrong type; models turn it into a ResponseDecodingError with the field path."""

    def __init__(self, expected: str, value: object, field: str = "") -> None:
        super().__init__(f"expected {expected}, got {type(value).__name__} {value!r:.80}")
        self.field = field


try:  # orjson, when installed (the intercom-client[speedups] extra), decodes JSON about twice as fast
    from orjson import loads as _fast_loads
except ImportError:
    _fast_loads = None


def decode_json(response: httpx.Response) -> Any:
    """The JSON body of ``response``, or a ResponseDecodingError saying why it is not JSON."""
    content = response.content
    if _fast_loads is not None:
        try:
            return _fast_loads(content)
        except ValueError:
            pass  # e.g. integers beyond 64 bits or a UTF-16 body: the standard decoder takes those
    try:
        return json.loads(content)
    except ValueError as exc:
        raise ResponseDecodingError(f"the body is not valid JSON ({exc})", response=response) from None


def redirect_location(response: httpx.Response) -> str:
    """The URL a documented redirect points to (its ``Location`` header)."""
    location = response.headers.get("location")
    if location is None:
        raise ResponseDecodingError("the redirect has no Location header", response=response)
    return str(location)


def decode_list(data: Any, item: Callable[[Any], T]) -> list[T]:
    """Decode a JSON array with ``item``; a failing element is named by its index."""
    if data.__class__ is not list:
        raise WrongType("array", data)
    if not data:
        return []
    try:
        return [item(element) for element in data]
    except (ResponseDecodingError, WrongType, TypeError, ValueError) as exc:
        index = next(i for i, element in enumerate(data) if _fails(item, element))
        if isinstance(exc, ResponseDecodingError):
            raise exc.within(None, index) from None
        raise ResponseDecodingError(str(exc), path=(index,)) from None


def pick_variant(data: dict[str, Any], models: tuple[type[T], ...]) -> type[T]:
    """The union variant ``data`` most likely is.

    The first model whose discriminator (its single-valued enum fields) matches, else the one that
    declares the most of the keys ``data`` has (the first of equals).
    """
    for model in models:
        expected = model._discriminator  # type: ignore[attr-defined]
        if expected and all(data.get(key) == value for key, value in expected):
            return model
    keys = data.keys()
    return max(models, key=lambda model: len(keys & model._known_fields))  # type: ignore[attr-defined]


def _fails(item: Callable[[Any], Any], element: Any) -> bool:
    try:
        item(element)
    except Exception:
        return True
    return False


# Scalars are decoded leniently: a JSON scalar of another type than the spec declares, or a string
# that does not parse in its declared format, is kept as received (Intercom's spec is often wrong
# about them, and a response must not be lost to that). An object or array where a scalar belongs
# is an error: that is a different shape, not a different spelling.


def check_scalar(value: Any, expected: str = "scalar") -> Any:
    if value.__class__ is dict or value.__class__ is list:
        raise WrongType(expected, value)
    return value


def check_str(value: Any) -> str:
    return check_scalar(value, "string")


def check_int(value: Any) -> int:
    return check_scalar(value, "integer")


def check_float(value: Any) -> float:
    return check_scalar(value, "number")


def check_bool(value: Any) -> bool:
    return check_scalar(value, "boolean")


def check_any(value: Any) -> Any:
    return value


def parse_datetime(value: Any) -> datetime:
    if value.__class__ is not str:
        return check_scalar(value, "date-time string")
    try:
        return isoparse(value)
    except (ValueError, OverflowError):
        return value  # type: ignore[return-value]  # kept as received


def parse_date(value: Any) -> date:
    if value.__class__ is not str:
        return check_scalar(value, "date string")
    try:
        return isoparse(value).date()
    except (ValueError, OverflowError):
        return value  # type: ignore[return-value]  # kept as received


def parse_uuid(value: Any) -> UUID:
    if value.__class__ is not str:
        return check_scalar(value, "uuid string")
    try:
        return UUID(value)
    except ValueError:
        return value  # type: ignore[return-value]  # kept as received


def to_jsonable(value: Any) -> Any:
    """The JSON form of a decoded value of any type (models, lists, dates, UUIDs, plain JSON)."""
    if isinstance(value, list):
        return [to_jsonable(element) for element in value]
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    return value


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
