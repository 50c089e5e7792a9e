"""The SDK's typed errors: one hierarchy under IntercomError.

Every failure of a call surfaces as one of these: an error status from the API (APIStatusError and a
subclass per status), a transport failure (APIConnectionError, APITimeoutError), or a body that is
not what the operation documents (ResponseDecodingError). None of them ever holds the access token.
"""

from __future__ import annotations

import functools
import json
import re
from typing import TYPE_CHECKING, Any

from ._rate_limit import retry_after_seconds

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AttributeNotFoundError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ErrorDetail",
    "IntercomError",
    "InternalServerError",
    "InvalidParameterError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "RedisUnavailableError",
    "RequestBodyError",
    "ResponseDecodingError",
    "ResponseTooLargeError",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "error_for_response",
]


class IntercomError(Exception):
    """Base class of every error this SDK raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as its class, args and attributes (process pools, Celery): an exception is unpickled by
        # calling its class with its args, which an error with keyword-only arguments would refuse.
        return (_rebuilt, (type(self), self.args, self.__dict__))


def _rebuilt(cls: type[IntercomError], args: tuple[Any, ...], state: dict[str, Any]) -> IntercomError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class ConfigurationError(IntercomError, ValueError):
    """A client option is missing or invalid (e.g. no access token, an unknown region)."""


class APIError(IntercomError):
    """An error tied to one HTTP request."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APIConnectionError(APIError):
    """The API could not be reached, or the connection broke before a response arrived."""


class APITimeoutError(APIConnectionError):
    """The request took longer than the client's timeout."""


class RedisUnavailableError(IntercomError):
    """The Redis that a ``RedisRateLimiter`` (with ``fail_closed=True``) or a ``RedisDedupeStore`` keeps its
    shared state in did not answer in time, so the call was not made. The message names the server
    (host, port, database), never a password."""


class ErrorDetail:
    """One entry of Intercom's error list: ``code``, ``message`` and, when given, the ``field``."""

    __slots__ = ("code", "field", "message")

    def __init__(self, code: str | None, message: str | None, field: str | None = None) -> None:
        self.code = code
        self.message = message
        self.field = field

    def __repr__(self) -> str:
        return f"ErrorDetail(code={self.code!r}, message={self.message!r}, field={self.field!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ErrorDetail):
            return NotImplemented
        return (self.code, self.message, self.field) == (other.code, other.message, other.field)

    def __hash__(self) -> int:
        return hash((self.code, self.message, self.field))


class APIStatusError(APIError):
    """The API answered with an error status.

    Attributes:
        status_code: The HTTP status.
        errors: Intercom's error list (``errors[].code/message/field``), empty if the body had none.
        request_id: Intercom's request id, from the body or the ``X-Request-Id`` header.
        body: The decoded JSON body, or the text when it was not JSON (None when empty).
        response: The httpx response.
        operation: The request as ``METHOD /path`` (never its query), ``""`` when unknown.

    ``str(e)`` reads ``404 Not Found (GET /contacts/123): not_found: Contact Not Found [request_id=...]``:
    the status, the request, then Intercom's error list, or else the start of the body (up to 2,000
    characters of a JSON body in another format, 200 of a text or HTML one).

    ``first_error`` and ``message`` never raise, whatever the body was: read them rather than
    ``errors[0]``, which fails when the server sent no error list (an HTML page from a proxy, say).
    """

    def __init__(self, response: httpx.Response, *, redact: tuple[str, ...] = ()) -> None:
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body: Any = _decode_body(response, redact)
        self.errors = _error_details(self.body)
        self.request_id: str | None = _request_id(self.body, response)
        self.operation: str = _operation(response, redact)  # the secrets themselves are not kept
        super().__init__(self._describe(), request=response.request if _has_request(response) else None)

    @property
    def first_error(self) -> ErrorDetail | None:
        """The first entry of Intercom's error list, or None when there is none."""
        return self.errors[0] if self.errors else None

    @property
    def message(self) -> str:
        """What the server said, in one line: the first error's message, else the start of the body, else the reason."""
        first = self.first_error
        if first is not None and first.message:
            return first.message
        return _body_excerpt(self.body) or self.response.reason_phrase or f"status {self.status_code}"

    def _describe(self) -> str:
        text = f"{self.status_code} {self.response.reason_phrase}".rstrip()
        if self.operation:
            text += f" ({self.operation})"
        details = "; ".join(
            f"{d.code or 'error'}: {d.message or ''}{f' (field {d.field})' if d.field else ''}" for d in self.errors
        )
        said = _one_line(details) or _body_excerpt(self.body)
        if said:
            text += f": {said}"
        return text + _request_id_shown(self.request_id)


class BadRequestError(APIStatusError):
    """400: the request was malformed or had invalid parameters."""


class AuthenticationError(APIStatusError):
    """401: the access token is missing, invalid or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the token lacks the scope this operation needs."""


class NotFoundError(APIStatusError):
    """404: the object does not exist (or is not visible to this token)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state of the object."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well formed but its values were rejected."""


class RateLimitError(APIStatusError):
    """429: the app's rate limit is exhausted.

    Attributes:
        retry_after: Seconds the API asked to wait (from ``Retry-After`` or ``X-RateLimit-Reset``), if known.

    With ``pace_rate_limits=True`` it is also raised, without sending, when the current window resets
    later than ``max_retry_wait`` (or the call's ``deadline``) allows waiting; ``paced`` is then True.
    """

    paced: bool = False

    def __init__(self, response: httpx.Response, *, redact: tuple[str, ...] = ()) -> None:
        super().__init__(response, redact=redact)
        self.retry_after: float | None = retry_after_seconds(response.headers, status=429)

    @classmethod
    def before_sending(cls, request: httpx.Request, wait: float) -> RateLimitError:
        """The error for a request that pacing did not send: its window resets too late (``paced`` is True)."""
        import httpx

        response = httpx.Response(
            429,
            headers={"Retry-After": f"{wait:.3f}"},
            text=(
                f"not sent: the rate-limit window allows it in {wait:.1f} s, "
                "later than max_retry_wait or the call's deadline allows waiting"
            ),
            request=request,
        )
        error = cls(response)
        error.paced = True
        return error


class InternalServerError(APIStatusError):
    """5xx: Intercom failed to handle the request."""


class UnexpectedStatusError(APIStatusError):
    """A status that is neither an error nor one the operation documents (e.g. an undocumented 2xx or 3xx)."""


class ResponseDecodingError(IntercomError):
    """A response body is not the JSON the operation documents.

    Attributes:
        reason: What was wrong.
        model: The outermost model being decoded, when known.
        path: Where in the JSON, as field names and list indexes from that model down.
        response: The httpx response, when known.
    """

    def __init__(
        self,
        reason: str,
        *,
        model: str | None = None,
        path: tuple[str | int, ...] = (),
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.model = model
        self.path = path
        self.response = response

    def within(self, model: str | None, field: str | int) -> ResponseDecodingError:
        """Return this error re-rooted one level up: at ``field`` of ``model``."""
        if field != "":
            self.path = (field, *self.path)
        if model is not None:
            self.model = model
        return self

    def __str__(self) -> str:
        where = self.model or "response"
        for part in self.path:
            where += f"[{part}]" if isinstance(part, int) else f".{part}"
        return f"cannot decode {where}: {self.reason}"


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_for_response(response: httpx.Response, *, redact: tuple[str, ...] = ()) -> APIStatusError:
    """The typed error for a response whose status is not a documented success.

    ``redact``: secrets (the access token) replaced by ``[secure]`` wherever the body repeats them.
    """
    status = response.status_code
    error_class = _STATUS_ERRORS.get(status)
    if error_class is None:
        if 300 <= status <= 399 and status != 304:
            error_class = RedirectError
        elif 500 <= status <= 599:
            error_class = InternalServerError
        elif 400 <= status <= 499:
            error_class = APIStatusError
        else:
            error_class = UnexpectedStatusError
    return error_class(response, redact=redact)


class RedirectError(UnexpectedStatusError):
    """A 3xx redirect (301, 302, 303, 307, 308, ...): never followed.

    Following it would send the request, and the access token with it, to a place the caller did not
    name; so the SDK stops there and tells where the server pointed. Only an operation that documents a
    redirect as its answer (e.g. ``calls.show_call_recording``, whose 302 points to the recording)
    returns it instead. A 304 Not Modified is not a redirect: it is returned to a conditional request
    (``If-None-Match``, ``If-Modified-Since``) and raised as ``UnexpectedStatusError`` otherwise.

    Attributes:
        location: The ``Location`` header the redirect pointed to (None when it had none).
    """

    def __init__(self, response: httpx.Response, *, redact: tuple[str, ...] = ()) -> None:
        location: str | None = response.headers.get("location")
        self.location = None if location is None else _scrub(location, redact)
        super().__init__(response, redact=redact)

    def _describe(self) -> str:
        text = f"{self.status_code} {self.response.reason_phrase}".rstrip()
        text += f": {self.operation} was redirected" if self.operation else ": a redirect"
        if self.location is None:
            text += " without a Location"
        else:
            text += f" to {_location_shown(self.location)}"
        text += " (not followed: a redirect could take the access token elsewhere)"
        return text + _request_id_shown(self.request_id)


def _location_shown(location: str) -> str:
    """A Location for a message: without the credentials or query it may carry (a signed URL's signature)."""
    from urllib.parse import urlsplit, urlunsplit

    try:
        parts = urlsplit(location.strip())
        host = parts.hostname or ""
        if parts.port is not None:
            host = f"{host}:{parts.port}"
    except ValueError:
        return "an unparsable Location"
    query = "?..." if parts.query else ""
    path = parts.path if len(parts.path) <= _PATH_CHARS else parts.path[: _PATH_CHARS - 3] + "..."
    return repr(urlunsplit((parts.scheme, host, path, "", "")) + query)


_PATH_CHARS = 300


def _operation(response: httpx.Response, redact: tuple[str, ...]) -> str:
    """``METHOD /path`` of the response's request: the path without its query (which may carry secrets),
    with each secret redacted, at most 300 characters; ``""`` for a response built without a request."""
    if not _has_request(response):
        return ""
    request = response.request
    path = _scrub(request.url.path, redact)
    if len(path) > _PATH_CHARS:
        path = path[: _PATH_CHARS - 3] + "..."
    return f"{request.method} {path}"


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises RuntimeError when the response was built by hand
    except RuntimeError:
        return False
    return True


def _decode_body(response: httpx.Response, redact: tuple[str, ...]) -> Any:
    try:
        content = response.content
    except Exception:  # a streamed body that was never read
        return None
    if not content:
        return None
    try:
        text = content.decode(response.encoding or "utf-8", errors="replace")
    except LookupError:  # a charset Python does not know
        text = content.decode("utf-8", errors="replace")
    text = _scrub(text, redact)
    try:
        parsed = json.loads(text)
    except (ValueError, RecursionError):  # not JSON, or JSON nested deeper than the decoder goes
        return text
    # JSON may write a secret escaped ("\/" for "/", "\u0074" for "t"): the text did not show it, the strings do.
    return _redact_parsed(parsed, redact) if redact else parsed


def _scrub(text: str, redact: tuple[str, ...]) -> str:
    """``text`` with each secret replaced, as written or percent-encoded (a URL may carry it so)."""
    for secret in redact:
        if not secret:
            continue
        if secret in text:
            text = text.replace(secret, "[secure]")
        if "%" in text:
            text = _percent_encoded(secret).sub("[secure]", text)
    return text


@functools.lru_cache(maxsize=8)
def _percent_encoded(secret: str) -> re.Pattern[str]:
    """A pattern of ``secret`` with any of its characters written as itself or as its %XX bytes (either case)."""
    parts = []
    for char in secret:
        encoded = "".join(f"%{byte:02X}" for byte in char.encode())
        parts.append(f"(?:{re.escape(char)}|(?i:{re.escape(encoded)}))")
    return re.compile("".join(parts))


def _redact_parsed(value: Any, redact: tuple[str, ...]) -> Any:
    """Decoded JSON with each secret in its strings and keys replaced, in place (without recursion: it may be deep)."""
    if isinstance(value, str):
        return _scrub(value, redact)
    stack = [value]
    while stack:
        container = stack.pop()
        if isinstance(container, dict):
            for key in list(container):
                item = container[key]
                if isinstance(item, str):
                    container[key] = _scrub(item, redact)
                elif isinstance(item, (dict, list)):
                    stack.append(item)
                clean = _scrub(key, redact)
                if clean != key:
                    container[clean] = container.pop(key)
        elif isinstance(container, list):
            for index, item in enumerate(container):
                if isinstance(item, str):
                    container[index] = _scrub(item, redact)
                elif isinstance(item, (dict, list)):
                    stack.append(item)
    return value


_EXCERPT_CHARS = 200
# A JSON error body in another format than Intercom's (a mock's validation errors, a gateway's): its
# reason often comes after a preamble (Prism's 422 names the failed rule ~250 characters in), so more
# of it is shown; still bounded, the message is one line of a log.
_JSON_EXCERPT_CHARS = 2000


def _body_excerpt(body: Any) -> str:
    """The start of a body that is not Intercom's error format, on one line (empty for no body): up to
    200 characters of a text or HTML body, 2,000 of a JSON one."""
    if body is None or body == "":
        return ""
    try:
        text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False, default=str)
    except RecursionError:  # parsed, but too deep to write out again from here
        return "(a JSON value nested too deeply to show)"
    text = text[:_SCANNED_CHARS]  # the excerpt is the start: the rest is not looked at
    if text.lstrip().startswith("<"):
        text = _without_markup(text)  # an HTML page (a proxy's, a load balancer's): its words
    text = " ".join(text.split())
    limit = _EXCERPT_CHARS if isinstance(body, str) else _JSON_EXCERPT_CHARS
    return text if len(text) <= limit else text[: limit - 3] + "..."


_SCANNED_CHARS = 64 * 1024
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _without_markup(html: str) -> str:
    """The text of an HTML page without its tags, scripts and styles, in one pass (linear in the page).

    A regex that looks for each ``<script>``'s end scans to the end of the page from every one left
    open: quadratic, so that a hostile error page took minutes.
    """
    lower = html.translate(_ASCII_LOWER)  # the same length as html (str.lower may not keep it: "İ")
    words: list[str] = []
    at = 0
    while (start := html.find("<", at)) >= 0:
        words.append(html[at:start])
        end = html.find(">", start)
        if end < 0:
            return " ".join(words)  # an unclosed tag runs to the end
        name = (lower[start + 1 : end].split(None, 1) or [""])[0]
        if name in ("script", "style"):
            close = lower.find("</" + name, end)
            end = -1 if close < 0 else html.find(">", close)
            if end < 0:
                return " ".join(words)  # an unclosed script or style runs to the end
        words.append(" ")
        at = end + 1
    words.append(html[at:])
    return "".join(words)


def _error_details(body: Any) -> list[ErrorDetail]:
    if not isinstance(body, dict):
        return []
    entries = body.get("errors")
    if not isinstance(entries, list):
        # Some endpoints answer with a single error object.
        if isinstance(body.get("message"), str):
            return [ErrorDetail(_str_or_none(body.get("code")), body["message"], _str_or_none(body.get("field")))]
        if isinstance(body.get("error"), str):
            return [ErrorDetail(None, body["error"])]
        return []
    return [
        ErrorDetail(_str_or_none(e.get("code")), _str_or_none(e.get("message")), _str_or_none(e.get("field")))
        for e in entries
        if isinstance(e, dict)
    ]


_REQUEST_ID_CHARS = 100


def _request_id_shown(request_id: str | None) -> str:
    """`` [request_id=...]`` for a message (a server's id cut short: it is one line of a log), else ``""``."""
    if not request_id:
        return ""
    return f" [request_id={_one_line(request_id, _REQUEST_ID_CHARS)}]"


def _one_line(text: str, limit: int = _JSON_EXCERPT_CHARS) -> str:
    """``text`` on one line, at most ``limit`` characters (what a server sent goes into a log line)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _request_id(body: Any, response: httpx.Response) -> str | None:
    if isinstance(body, dict) and isinstance(body.get("request_id"), str):
        return str(body["request_id"])
    header = response.headers.get("x-request-id")
    return header if isinstance(header, str) else None


def _str_or_none(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    try:
        return str(value)
    except RecursionError:  # a deeply nested list or object where a string was expected
        return f"(a {type(value).__name__} nested too deeply to show)"


class InvalidParameterError(IntercomError, ValueError):
    """A parameter of a call cannot be sent as given; raised before anything is sent.

    A path parameter (``client.contacts.retrieve(id)``) must be a non-empty ``str`` or an ``int``, and
    not ``"."`` or ``".."``: HTTP resolves those as dot segments, so the request would reach another
    endpoint. The message names the parameter, the operation and the problem, never the value (it may
    be a secret pasted in the wrong place).

    Attributes:
        parameter: The parameter's name in the generated function (``id``, ``contact_id`` ...).
        problem: What is wrong with it (``"is empty"``, ``"must be str or int, got float"`` ...).
        operation: The operation, as its method and path template (``GET /contacts/{id}``), or ``""``.
    """

    def __init__(self, parameter: str, problem: str, operation: str = "") -> None:
        where = f" of {operation}" if operation else ""
        super().__init__(f"path parameter {parameter!r}{where} {problem}")
        self.parameter = parameter
        self.problem = problem
        self.operation = operation


class ClientClosedError(IntercomError, RuntimeError):
    """The client was closed (``close()``/``aclose()``, or the end of its ``with`` block) and was used again.

    A closed client stays closed, and so do the clients derived from it (``with_options``): make a new one.
    """


class ResponseTooLargeError(IntercomError):
    """A response body grew past the client's bound (``max_response_bytes``, or ``max_download_bytes``
    for a streamed download) and was not read further. Never retried: the same request would bring
    the same body.

    Attributes:
        limit: The bound, in decoded bytes.
        option: The client option that set it.
        method: The request's method.
        path: The request's path.
        status: The response's status code.
    """

    def __init__(self, *, limit: int, option: str, method: str, path: str, status: int) -> None:
        super().__init__(
            f"the response to {method} {path} (status {status}) is larger than {option}={limit} bytes "
            f"(counted decoded); it was not read further (raise {option}, or pass None for no bound)"
        )
        self.limit = limit
        self.option = option
        self.method = method
        self.path = path
        self.status = status


class RequestBodyError(IntercomError, TypeError):
    """A request body written as a dict does not fit the operation's request model.

    Raised before anything is sent: a key the model does not have (fields the spec does not know yet
    go in ``extra_body=``), a required field missing, a discriminator with another value, or a body
    that is neither the model nor a dict.

    Attributes:
        model: The request model's class name.
        field: The JSON field name at fault, when there is one.
    """

    def __init__(self, message: str, *, model: str, field: str | None = None) -> None:
        super().__init__(message)
        self.model = model
        self.field = field


class AttributeNotFoundError(IntercomError, KeyError):
    """A free-form map (``contact.custom_attributes``, ``metadata``) read by a key it does not have.

    Attributes:
        model: The map's class name (``ContactCustomAttributes``).
        key: The key asked for.
    """

    def __init__(self, model: str, key: str, known: list[str]) -> None:
        shown = ", ".join(repr(_one_line(k, 50)) for k in known[:20]) + (" ..." if len(known) > 20 else "")
        super().__init__(f"{model} has no key {key!r} (it has: {shown or 'none'}); .get(key) reads None instead")
        self.model = model
        self.key = key

    def __str__(self) -> str:  # KeyError's own would show the message in quotes
        return str(self.args[0])
