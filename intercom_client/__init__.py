"""intercom_client: an async-first, typed SDK for Intercom's REST API.

The hand-written core lives in the modules beside this file; the endpoint functions and models are
generated into ``generated/`` from Intercom's OpenAPI description (see ``make regenerate``)::

    from intercom_client import AsyncIntercom
    from intercom_client.generated.api.contacts import list_contacts

    async with AsyncIntercom(region="eu") as client:
        page = await list_contacts.asyncio(client=client)
"""

from typing import TYPE_CHECKING, Any

from ._client import REGIONS, AsyncIntercom, ClientOptions, Intercom
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ErrorDetail,
    IntercomError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RedisUnavailableError,
    ResponseDecodingError,
    UnexpectedStatusError,
    UnprocessableEntityError,
)
from ._rate_limit import (
    AsyncRateLimiter,
    BindableRateLimiter,
    RateLimit,
    RateLimiter,
    RateLimitPacer,
    RateLimitScope,
)
from ._version import __version__
from .generated._spec import API_VERSION, SPEC_COMMIT, SPEC_SHA256

if TYPE_CHECKING:
    from ._decoding import DecodingIssue, decoding_issues
    from ._redis_connection import RedisConnection
    from ._redis_dedupe import RedisDedupeStore
    from ._redis_rate_limit import RedisRateLimiter
    from .pagination import (
        AsyncPaginator,
        NotPaginatedError,
        Page,
        PaginationError,
        SyncPaginator,
        paginate,
        paginate_sync,
    )
    from .webhooks import WebhookError, WebhookExpiredError, WebhookPayloadError, WebhookSignatureError

# Imported on first use: none of these modules is needed to construct a client.
_LAZY_MODULES = {
    **dict.fromkeys(("DecodingIssue", "decoding_issues"), "._decoding"),
    "RedisConnection": "._redis_connection",
    "RedisDedupeStore": "._redis_dedupe",
    "RedisRateLimiter": "._redis_rate_limit",
    **dict.fromkeys(
        ("WebhookError", "WebhookExpiredError", "WebhookPayloadError", "WebhookSignatureError"), ".webhooks"
    ),
    **dict.fromkeys(
        (
            "AsyncPaginator",
            "NotPaginatedError",
            "Page",
            "PaginationError",
            "SyncPaginator",
            "paginate",
            "paginate_sync",
        ),
        ".pagination",
    ),
}


def __getattr__(name: str) -> Any:
    module = _LAZY_MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(module, __name__), name)


__all__ = [
    "API_VERSION",
    "REGIONS",
    "SPEC_COMMIT",
    "SPEC_SHA256",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncIntercom",
    "AsyncPaginator",
    "AsyncRateLimiter",
    "AuthenticationError",
    "BadRequestError",
    "BindableRateLimiter",
    "ClientOptions",
    "ConfigurationError",
    "ConflictError",
    "DecodingIssue",
    "ErrorDetail",
    "Intercom",
    "IntercomError",
    "InternalServerError",
    "NotFoundError",
    "NotPaginatedError",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RateLimitPacer",
    "RateLimitScope",
    "RateLimiter",
    "RedisConnection",
    "RedisDedupeStore",
    "RedisRateLimiter",
    "RedisUnavailableError",
    "ResponseDecodingError",
    "SyncPaginator",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "WebhookError",
    "WebhookExpiredError",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "__version__",
    "decoding_issues",
    "paginate",
    "paginate_sync",
]
