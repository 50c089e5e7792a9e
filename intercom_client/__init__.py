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

_PAGINATION_NAMES = frozenset(
    {"AsyncPaginator", "NotPaginatedError", "Page", "PaginationError", "SyncPaginator", "paginate", "paginate_sync"}
)


def __getattr__(name: str) -> Any:
    # pagination.py and the Redis modules are imported on first use: they are not needed to construct a client.
    if name in _PAGINATION_NAMES:
        from . import pagination

        return getattr(pagination, name)
    if name == "RedisConnection":
        from ._redis_connection import RedisConnection

        return RedisConnection
    if name == "RedisDedupeStore":
        from ._redis_dedupe import RedisDedupeStore

        return RedisDedupeStore
    if name == "RedisRateLimiter":
        from ._redis_rate_limit import RedisRateLimiter

        return RedisRateLimiter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    "__version__",
    "paginate",
    "paginate_sync",
]
