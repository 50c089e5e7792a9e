"""How responses become models: the decoding runtime that every generated model and endpoint uses.

The policy, in one paragraph: a response is decoded into typed models, and one odd value never
loses the rest of it. Intercom's live API does not always send what its OpenAPI description says
(a contact's ``avatar`` is a URL string where the spec says an object, ids are integers where it
says strings, ...). So a value whose JSON shape the spec does not allow is *kept exactly as
received*, the mismatch is recorded on the model that holds it (:func:`decoding_issues` lists them
with their field paths, and each is logged once per response at DEBUG), and decoding goes on. In
strict mode (``AsyncIntercom(strict_decoding=True)``, meant for users' own tests) the first
mismatch raises :class:`ResponseDecodingError` with its path instead. Only a body that is not JSON,
or JSON of the wrong top-level kind, fails the call in the default mode.

Speed: ``from_dict`` (``Model`` in ``_model.py``, the base of every generated model) decodes on a
fast path that raises at the first mismatch; only then does :func:`decode_leniently` decode that one
object again, field by field, keeping what does not fit. A response without mismatches never reaches the slow path. Scalar fields are stored
as they came and checked only by :func:`decoding_issues` (see ``SCALAR_CHECKS``); in received
models, nested objects and arrays are decoded on first read (:class:`LazyField`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, MutableMapping
from datetime import date, datetime
from typing import IO, Any, BinaryIO, Final, Generic, Literal, NamedTuple, TypeVar
from uuid import UUID

import httpx
from attrs import define

from ._exceptions import ResponseDecodingError

__all__ = [
    "UNSET",
    "DecodingIssue",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "decoding_issues",
]

logger = logging.getLogger("intercom_client.decoding")

T = TypeVar("T")


class Unset:
    """The type of ``UNSET``: a request field left out (as opposed to sent as ``null``)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final[Unset] = Unset()

# The types that `httpx.Client(files=)` can accept.
FileContent = IO[bytes] | bytes | str
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload in a multipart request: its content, and optionally its name and MIME type."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The tuple httpx takes for a multipart/form-data file part."""
        return self.file_name, self.payload, self.mime_type


@define
class Response(Generic[T]):
    """A successful response: its status, raw body, headers and the typed model parsed from it.

    ``status_code`` is a plain ``int``: a server may answer with a status the standard library does
    not name (e.g. 299), and that must not be an error.
    """

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


# -- mismatches -------------------------------------------------------------------------------------


class DecodingIssue(NamedTuple):
    """A value that did not have the shape the spec declares, kept as received.

    Attributes:
        path: Where, as JSON field names and list indexes from the model it was found in (or, as
            returned by :func:`decoding_issues`, from the object you passed it).
        reason: What was expected and what came instead.
    """

    path: tuple[str | int, ...]
    reason: str

    def within(self, prefix: tuple[str | int, ...]) -> DecodingIssue:
        """This issue with its path rooted ``prefix`` higher up."""
        return DecodingIssue((*prefix, *self.path), self.reason)

    def __str__(self) -> str:
        where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in self.path)
        return f"{where.lstrip('.') or '(top level)'}: {self.reason}"


class WrongType(Exception):
    """A JSON value of the wrong type, raised on the fast path; ``field`` names it when known."""

    def __init__(self, expected: str, value: object, field: str = "") -> None:
        super().__init__(f"expected {expected}, got {type(value).__name__} {value!r:.80}")
        self.field = field


class Recovered(Exception):
    """Raised by a container decoder that kept some elements as received: the value and its issues.

    A JSON array cannot carry its own issues the way a model does, so the array decoder hands both
    to the enclosing model's slow path, which records the issues with the field name in front.
    """

    def __init__(self, value: Any, issues: list[DecodingIssue]) -> None:
        super().__init__(f"{len(issues)} value(s) kept as received")
        self.value = value
        self.issues = issues


# What a decoder may raise on a value of the wrong shape (any of these sends a model to the slow path).
DECODE_ERRORS: Final = (ResponseDecodingError, WrongType, Recovered, TypeError, ValueError, AttributeError, KeyError)
_KEEP_ERRORS: Final = (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError)


class FieldSpec(NamedTuple):
    """One field of a generated model, as the slow path and :func:`decoding_issues` see it."""

    json_name: str
    attribute: str
    decode: Callable[[Any], Any] | None  # None: kept as received whatever it is
    required: bool  # the type admits neither absence nor null


def _decode_kept(
    decode: Callable[[Any], Any], value: Any, where: tuple[str | int, ...], issues: list[DecodingIssue]
) -> Any:
    """``decode(value)``, or ``value`` itself with an issue when it does not fit."""
    try:
        return decode(value)
    except Recovered as exc:
        issues.extend(issue.within(where) for issue in exc.issues)
        return exc.value
    except ResponseDecodingError as exc:
        issues.append(DecodingIssue((*where, *exc.path), exc.reason))
    except _KEEP_ERRORS as exc:
        issues.append(DecodingIssue(where, str(exc)))
    return value


_MISSING: Final = object()


def decode_leniently(
    cls: type[T], data: dict[str, Any], absent: Any, decode_extra: Callable[[Any], Any] | None = None
) -> T:
    """Decode ``data`` into ``cls`` field by field, keeping each value that does not fit as received.

    The slow path of every generated ``from_dict``. ``absent`` is what a missing field reads as
    (``None`` in response models, ``UNSET`` in request models); ``decode_extra`` decodes fields the
    model does not declare when the spec types them (``additionalProperties`` with a schema).
    """
    fields: tuple[FieldSpec, ...] = cls._field_table()  # type: ignore[attr-defined]
    issues: list[DecodingIssue] = []
    obj = object.__new__(cls)
    known: set[str] = set()
    for spec in fields:
        known.add(spec.json_name)
        value = data.get(spec.json_name, _MISSING)
        if value is _MISSING or value is None:
            if spec.required:
                reason = "required field is missing" if value is _MISSING else "required field is null"
                issues.append(DecodingIssue((spec.json_name,), reason))
            value = absent if value is _MISSING and not spec.required else None
        elif spec.decode is not None and spec.decode not in SCALAR_CHECKS:
            value = _decode_kept(spec.decode, value, (spec.json_name,), issues)
        setattr(obj, spec.attribute, value)
    extra = {key: value for key, value in data.items() if key not in known}
    if decode_extra is not None:
        extra = {key: _decode_kept(decode_extra, value, (key,), issues) for key, value in extra.items()}
    obj.additional_properties = extra  # type: ignore[attr-defined]
    obj._decoding_issues = tuple(issues)  # type: ignore[attr-defined]
    return obj


def decoding_issues(value: object) -> list[DecodingIssue]:
    """Every value kept as received in a decoded model (or list of models), with its path from ``value``.

    Empty when the response had exactly the shape the spec declares. Walks the whole tree: call it
    when you want to know, not on every response in a hot loop.
    """
    found: list[DecodingIssue] = []
    _collect_issues(value, (), found)
    return found


def _collect_issues(value: object, path: tuple[str | int, ...], found: list[DecodingIssue]) -> None:
    if isinstance(value, list):
        for index, element in enumerate(value):
            _collect_issues(element, (*path, index), found)
        return
    table = getattr(value, "_field_table", None)
    if table is None:
        return
    children: list[DecodingIssue] = []
    for spec in table():
        if spec.decode in SCALAR_CHECKS:  # scalar fields are checked here, not while decoding
            try:
                spec.decode(getattr(value, spec.attribute, None))
            except WrongType as exc:
                children.append(DecodingIssue((*path, spec.json_name), str(exc)))
        elif spec.decode is not None:  # reading a nested field decodes it, recording its own issues
            _collect_issues(getattr(value, spec.attribute, None), (*path, spec.json_name), children)
    extras: dict[str, Any] = getattr(value, "additional_properties", {})
    for key, extra in extras.items():
        _collect_issues(extra, (*path, key), children)
    found.extend(issue.within(path) for issue in getattr(value, "_decoding_issues", ()))
    found.extend(children)


# -- nested values decoded on first read -----------------------------------------------------------


class Pending:
    """A nested JSON array or union value of a received model, decoded on first read (see :class:`LazyField`)."""

    __slots__ = ("raw",)

    def __init__(self, raw: Any) -> None:
        self.raw = raw


class LazyField:
    """A model field whose nested value (an object, an array of objects, a union) is decoded on first read.

    Most code reads a few fields of what it receives: a contact's tags, notes, companies and social
    profiles are each a model holding a list of models, and decoding all of them up front costs more
    than parsing the JSON did. ``from_dict`` leaves such a value as it came (a JSON object where a
    model belongs) or wrapped in :class:`Pending` (arrays and unions); the first read decodes it with
    the field's decoder from the model's field table, keeps what does not fit as received with an
    issue on the model, like eager decoding would, and stores the result. :func:`decoding_issues`
    reads every field, so it sees every issue; so do strict mode and ``to_dict()``.
    """

    __slots__ = ("_decode", "_json_name", "_name")

    def __init__(self, name: str, json_name: str, decode: Callable[[Any], Any]) -> None:
        self._name = name
        self._json_name = json_name
        self._decode = decode

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        state = obj.__dict__
        value = state[self._name]
        if value.__class__ is dict:
            try:
                state[self._name] = value = self._decode(value)
                return value
            except DECODE_ERRORS:
                pass  # decoded again below, keeping what does not fit
        elif value.__class__ is not Pending:
            return value
        issues: list[DecodingIssue] = []
        raw = value.raw if value.__class__ is Pending else value
        state[self._name] = value = _decode_kept(self._decode, raw, (self._json_name,), issues)
        if issues:
            state["_decoding_issues"] = (*state.get("_decoding_issues", ()), *issues)
        return value

    def __set__(self, obj: object, value: Any) -> None:
        obj.__dict__[self._name] = value


# -- JSON bodies -----------------------------------------------------------------------------------

_fast_loads: Callable[[bytes], Any] | None
try:  # orjson, when installed (the intercom-client[speedups] extra), decodes JSON about twice as fast
    from orjson import loads as _fast_loads
except ImportError:  # pragma: no cover - depends on the environment
    _fast_loads = None


TOO_DEEP = "the body is JSON nested too deeply to decode (deeper than about 1,000 levels)"


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
        reason = f"the body is not valid JSON ({exc})"
    except RecursionError:  # orjson stops at 1024 levels; json at the interpreter's recursion limit
        reason = TOO_DEEP
    raise ResponseDecodingError(reason, response=response)  # outside the except: no chained RecursionError


def decode_response(response: httpx.Response, decode: Callable[[Any], T], *, strict: bool) -> T:
    """Decode a success response's JSON body with ``decode``, applying the decoding policy above."""
    data = decode_json(response)
    top: list[DecodingIssue] = []
    try:
        result = decode(data)
    except Recovered as exc:  # a top-level array with elements kept as received
        result, top = exc.value, exc.issues
    except ResponseDecodingError as exc:
        exc.response = response
        raise
    except WrongType as exc:
        raise ResponseDecodingError(str(exc), response=response) from None
    if strict or logger.isEnabledFor(logging.DEBUG):
        issues = top + decoding_issues(result)
        if issues and strict:
            first = issues[0]
            raise ResponseDecodingError(
                f"{first.reason} ({len(issues)} mismatch(es) in all; strict_decoding is on)",
                model=type(result).__name__,
                path=first.path,
                response=response,
            )
        _log_issues(issues, response, type(result).__name__)
    return result


def _log_issues(issues: list[DecodingIssue], response: httpx.Response, model: str) -> None:
    """One DEBUG record per field path (list indexes folded), with how many values it covers."""
    by_path: dict[tuple[str, ...], list[DecodingIssue]] = {}
    for issue in issues:
        folded = tuple("[]" if isinstance(part, int) else part for part in issue.path)
        by_path.setdefault(folded, []).append(issue)
    for folded, group in by_path.items():
        logger.debug(
            "%s %s: %s.%s kept as received (%d value(s)): %s",
            response.request.method if response._request is not None else "",
            response.request.url.path if response._request is not None else "",
            model,
            ".".join(str(part) for part in folded).replace(".[]", "[]"),
            len(group),
            group[0].reason,
            extra={"model": model, "field_path": folded, "count": len(group)},
        )


def redirect_location(response: httpx.Response) -> str:
    """The URL a documented redirect points to (its ``Location`` header)."""
    location = response.headers.get("location")
    if location is None:
        raise ResponseDecodingError("the redirect has no Location header", response=response)
    return str(location)


# -- values ----------------------------------------------------------------------------------------


def decode_list(data: Any, item: Callable[[Any], T]) -> list[T]:
    """Decode a JSON array with ``item``; elements that do not fit are kept as received (``Recovered``)."""
    if data.__class__ is not list:
        raise WrongType("array", data)
    try:
        return [item(element) for element in data]
    except DECODE_ERRORS:
        pass
    issues: list[DecodingIssue] = []
    kept = [_decode_kept(item, element, (index,), issues) for index, element in enumerate(data)]
    raise Recovered(kept, issues)


def decode_variant(data: dict[str, Any], models: tuple[type[Any], ...]) -> Any:
    """Decode ``data`` as the union variant it most likely is (see :func:`pick_variant`).

    Models decode leniently, so any variant "succeeds": when the likeliest one had to keep values as
    received, the others are tried, and the first that fits without issues wins (else the likeliest).
    Returns an instance of one of ``models`` (typed ``Any``: the caller names the union).
    """
    likeliest = pick_variant(data, models)
    decoded = likeliest.from_dict(data)
    if not getattr(decoded, "_decoding_issues", ()):
        return decoded
    for model in models:
        if model is not likeliest:
            other = model.from_dict(data)
            if not getattr(other, "_decoding_issues", ()):
                return other
    return decoded


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


# Scalars of another scalar type than the spec declares, and strings that do not parse in their
# declared format, are kept as received *without* an issue: the spec is wrong about them so often
# (integer ids documented as strings, ...) that they are the API's spelling, not a different shape.
# An object or array where a scalar belongs is a different shape: kept, with an issue.


def check_scalar(value: Any, expected: str = "scalar") -> Any:
    """``value`` when it is a JSON scalar; WrongType when it is an object or array."""
    if value.__class__ is dict or value.__class__ is list:
        raise WrongType(expected, value)
    return value


def check_str(value: Any) -> str:
    return check_scalar(value, "string")  # type: ignore[no-any-return]


def check_int(value: Any) -> int:
    return check_scalar(value, "integer")  # type: ignore[no-any-return]


def check_float(value: Any) -> float:
    return check_scalar(value, "number")  # type: ignore[no-any-return]


def check_bool(value: Any) -> bool:
    return check_scalar(value, "boolean")  # type: ignore[no-any-return]


def check_any(value: Any) -> Any:
    return value


# The checks of scalar fields. Decoding does not run them: a scalar field holds whatever JSON value
# came (an object where a string belongs is kept as received, like any odd value); decoding_issues()
# runs them, and so does strict mode, so the mismatch is reported when someone asks.
SCALAR_CHECKS: Final = frozenset({check_str, check_int, check_float, check_bool})


def check_scalar_list(data: Any) -> list[Any]:
    """A JSON array of scalars, kept as received (like scalars everywhere)."""
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


def isoparse(value: str) -> datetime:
    """dateutil's ISO 8601 parser, imported on first use (importing dateutil.parser costs ~14 ms)."""
    from dateutil.parser import isoparse as parse

    return parse(value)


def parse_datetime(value: Any) -> datetime:
    if value.__class__ is not str:
        return check_scalar(value, "date-time string")  # type: ignore[no-any-return]
    try:
        return isoparse(value)
    except (ValueError, OverflowError):
        return value  # type: ignore[return-value]  # kept as received


def parse_date(value: Any) -> date:
    if value.__class__ is not str:
        return check_scalar(value, "date string")  # type: ignore[no-any-return]
    try:
        return isoparse(value).date()
    except (ValueError, OverflowError):
        return value  # type: ignore[return-value]  # kept as received


def parse_uuid(value: Any) -> UUID:
    if value.__class__ is not str:
        return check_scalar(value, "uuid string")  # type: ignore[no-any-return]
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
