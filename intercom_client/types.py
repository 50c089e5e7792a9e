"""The types that appear in the clients' signatures, for annotating your own code.

Models (``Contact``, ``SearchRequest``) and request body dicts (``SearchRequestDict``) are in
``intercom_client.models``, except ``SearchQueryDict`` (a search query: one filter or a group), which is
here; errors and clients in ``intercom_client``.
"""

from ._body_fields import SearchQueryDict
from ._decoding import UNSET, File, Unset
from ._model import JSONValue
from ._resource import RawResponse, RequestBodyError, TimeoutTypes
from .pagination import AsyncPaginator, Cursor, Page, SyncPaginator

__all__ = [
    "UNSET",
    "AsyncPaginator",
    "Cursor",
    "File",
    "JSONValue",
    "Page",
    "RawResponse",
    "RequestBodyError",
    "SearchQueryDict",
    "SyncPaginator",
    "TimeoutTypes",
    "Unset",
]
