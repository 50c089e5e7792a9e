"""The types that appear in the clients' signatures, for annotating your own code.

Models (``Contact``, ``SearchRequest``) and request body dicts (``SearchRequestDict``) are in
``intercom_client.models``; errors and clients in ``intercom_client``.
"""

from ._decoding import UNSET, File, Unset
from ._resource import RawResponse, RequestBodyError, TimeoutTypes
from .pagination import AsyncPaginator, Cursor, Page, SyncPaginator

__all__ = [
    "UNSET",
    "AsyncPaginator",
    "Cursor",
    "File",
    "Page",
    "RawResponse",
    "RequestBodyError",
    "SyncPaginator",
    "TimeoutTypes",
    "Unset",
]
