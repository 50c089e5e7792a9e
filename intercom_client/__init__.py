"""intercom_client: an async-first, typed SDK for Intercom's REST API.

The hand-written runtime lives in the modules beside this file and imports nothing generated; the
clients (the runtime's bases with the resources ``client.contacts`` ..., one method per operation) and models
are generated on top of it into ``generated/`` from Intercom's OpenAPI description (see ``make
regenerate`` and CONTRIBUTING.md, Layers); models are imported from ``intercom_client.models``::

    from intercom_client import AsyncIntercom

    async with AsyncIntercom(region="eu") as client:
        contact = await client.contacts.retrieve("6762f0d51bb69f9f2193bb7f")
        async for contact in client.contacts.list(per_page=50):
            print(contact.email)
"""

from typing import TYPE_CHECKING, Any

from ._config import REGIONS, ApiVersion, ClientOptions, NewerApiVersion, Region
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AttributeNotFoundError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    ErrorDetail,
    IntercomError,
    InternalServerError,
    InvalidParameterError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    RedisUnavailableError,
    ResponseDecodingError,
    ResponseTooLargeError,
    UnexpectedStatusError,
    UnprocessableEntityError,
)
from ._hooks import AttemptEvent, Hooks
from ._rate_limit import (
    AsyncRateLimiter,
    BindableRateLimiter,
    RateLimit,
    RateLimiter,
    RateLimitPacer,
    RateLimitScope,
)
from ._version import __version__
from .generated._spec import API_VERSION, DEFAULT_API_VERSION, SPEC_COMMIT, SPEC_SHA256
from .generated.client import AsyncIntercom, Intercom

if TYPE_CHECKING:
    from ._decoding import DecodingIssue, decoding_issues
    from ._json_body import RequestBodyValueError
    from ._redis_connection import RedisConnection
    from ._redis_dedupe import RedisDedupeStore
    from ._redis_rate_limit import RedisRateLimiter
    from ._resource import RawResponse, RequestBodyError
    from .pagination import AsyncPaginator, Cursor, Page, PaginationError, SyncPaginator
    from .webhooks import WebhookError, WebhookExpiredError, WebhookPayloadError, WebhookSignatureError

# Imported on first use: none of these modules is needed to construct a client.
_LAZY_MODULES = {
    **dict.fromkeys(("DecodingIssue", "decoding_issues"), "._decoding"),
    "RedisConnection": "._redis_connection",
    "RedisDedupeStore": "._redis_dedupe",
    "RedisRateLimiter": "._redis_rate_limit",
    "RequestBodyValueError": "._json_body",
    **dict.fromkeys(
        ("WebhookError", "WebhookExpiredError", "WebhookPayloadError", "WebhookSignatureError"), ".webhooks"
    ),
    **dict.fromkeys(("AsyncPaginator", "Cursor", "Page", "PaginationError", "SyncPaginator"), ".pagination"),
    **dict.fromkeys(("RawResponse", "RequestBodyError"), "._resource"),
}


def __getattr__(name: str) -> Any:
    module = _LAZY_MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(module, __name__), name)


__all__ = [
    "API_VERSION",
    "DEFAULT_API_VERSION",
    "REGIONS",
    "SPEC_COMMIT",
    "SPEC_SHA256",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ApiVersion",
    "AsyncIntercom",
    "AsyncPaginator",
    "AsyncRateLimiter",
    "AttemptEvent",
    "AttributeNotFoundError",
    "AuthenticationError",
    "BadRequestError",
    "BindableRateLimiter",
    "ClientClosedError",
    "ClientOptions",
    "ConfigurationError",
    "ConflictError",
    "Cursor",
    "DecodingIssue",
    "ErrorDetail",
    "Hooks",
    "Intercom",
    "IntercomError",
    "InternalServerError",
    "InvalidParameterError",
    "NewerApiVersion",
    "NotFoundError",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RateLimitPacer",
    "RateLimitScope",
    "RateLimiter",
    "RawResponse",
    "RedirectError",
    "RedisConnection",
    "RedisDedupeStore",
    "RedisRateLimiter",
    "RedisUnavailableError",
    "Region",
    "RequestBodyError",
    "RequestBodyValueError",
    "ResponseDecodingError",
    "ResponseTooLargeError",
    "SyncPaginator",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "WebhookError",
    "WebhookExpiredError",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "__version__",
    "decoding_issues",
]
