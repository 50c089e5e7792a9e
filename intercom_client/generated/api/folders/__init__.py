# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.folders``: the folders resource of both clients, one method per operation.

``FoldersResource`` is the sync one (on ``Intercom``), ``AsyncFoldersResource`` the async one (on
``AsyncIntercom``). Each method is its operation: it builds the request (method, path, query, headers,
body), names how each documented response decodes, and hands both to the runtime (``_resource.py``),
which sends, retries and decodes. The models a method needs are imported on its first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...types import (
    NOT_GIVEN,
    OPERATION,
    UNSET,
    AsyncResource,
    SyncResource,
    Unset,
    async_raw,
    body_fields,
    path_segment,
    request_body,
    request_options,
    sync_raw,
)

if TYPE_CHECKING:
    from ...models.create_folder_body import CreateFolderBody, CreateFolderBodyDict
    from ...models.create_folder_body_folder import CreateFolderBodyFolderDict
    from ...models.deleted_folder_object import DeletedFolderObject
    from ...models.folder import Folder
    from ...models.folder_list import FolderList
    from ...models.intercom_version import IntercomVersion
    from ...models.update_folder_body import UpdateFolderBody, UpdateFolderBodyDict
    from ...models.update_folder_body_folder import UpdateFolderBodyFolderDict
    from ...types import AsyncPaginator, Cursor, SyncPaginator, TimeoutTypes

__all__ = ["AsyncFoldersResource", "FoldersResource"]


class AsyncFoldersResource(AsyncResource):
    """``client.folders`` of AsyncIntercom: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncFoldersRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncFoldersRawResource(self)

    async def create(
        self,
        *,
        body: CreateFolderBody | CreateFolderBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        folder: CreateFolderBodyFolderDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Folder:
        """Create a folder

        You can create a new folder for organizing content by making a POST request to
        `https://api.intercom.io/folders`.

        Args:
            body (CreateFolderBody | CreateFolderBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            folder (CreateFolderBodyFolderDict): The body's field folder (instead of body=).
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            Folder
        """

        from ...models.create_folder_body import CreateFolderBody
        from ...models.folder import Folder

        body = cast(
            "CreateFolderBody",
            request_body(
                body_fields(
                    body,
                    {"folder": folder},
                    "CreateFolderBody",
                ),
                CreateFolderBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/folders",
            "extensions": {OPERATION: ("folders.create", "/folders")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Folder = await self._request(
            _kwargs,
            {200: Folder.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def delete(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DeletedFolderObject:
        """Delete a folder

        You can delete a folder (if it contains no content) by making a DELETE request to
        `https://api.intercom.io/folders/<id>`.

        Args:
            id (int):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            DeletedFolderObject
        """

        from ...models.deleted_folder_object import DeletedFolderObject

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/folders/{id}".format(
                id=path_segment("id", id, "DELETE /folders/{id}"),
            ),
            "extensions": {OPERATION: ("folders.delete", "/folders/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: DeletedFolderObject = await self._request(
            _kwargs,
            {200: DeletedFolderObject.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list(
        self,
        *,
        parent_folder_id: int | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        per_page: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        start_cursor: Cursor | None = None,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[Folder, FolderList]:
        """List all folders

        You can fetch a list of all folders for organizing content by making a GET request to
        `https://api.intercom.io/folders`.

        Args:
            parent_folder_id (int | Unset):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            per_page (int | None): Items per page; None leaves the API's default.
            max_items (int | None): Stop after this many items; None for all of them.
            max_pages (int | None): Stop after this many pages; None for all of them.
            start_cursor (Cursor | None): Resume from this cursor (a page's ``next_cursor``); None
                starts at the first page.
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            AsyncPaginator[Folder, FolderList]
        """

        from ...models.folder_list import FolderList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["parent_folder_id"] = parent_folder_id
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/folders",
            "extensions": {OPERATION: ("folders.list", "/folders")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.folders.list_folders"],
            _kwargs,
            {200: FolderList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Folder:
        """Retrieve a folder

        You can fetch the details of a single folder by making a GET request to
        `https://api.intercom.io/folders/<id>`.

        Args:
            id (int):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            Folder
        """

        from ...models.folder import Folder

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/folders/{id}".format(
                id=path_segment("id", id, "GET /folders/{id}"),
            ),
            "extensions": {OPERATION: ("folders.retrieve", "/folders/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Folder = await self._request(
            _kwargs,
            {200: Folder.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def update(
        self,
        id: int,
        *,
        body: UpdateFolderBody | UpdateFolderBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        folder: UpdateFolderBodyFolderDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Folder:
        """Update a folder

        You can update a folder by making a PUT request to `https://api.intercom.io/folders/<id>`.

        Args:
            id (int):
            body (UpdateFolderBody | UpdateFolderBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            folder (UpdateFolderBodyFolderDict): The body's field folder (instead of body=).
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            Folder
        """

        from ...models.folder import Folder
        from ...models.update_folder_body import UpdateFolderBody

        body = cast(
            "UpdateFolderBody",
            request_body(
                body_fields(
                    body,
                    {"folder": folder},
                    "UpdateFolderBody",
                ),
                UpdateFolderBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/folders/{id}".format(
                id=path_segment("id", id, "PUT /folders/{id}"),
            ),
            "extensions": {OPERATION: ("folders.update", "/folders/{id}")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Folder = await self._request(
            _kwargs,
            {200: Folder.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncFoldersRawResource:
    """``client.folders.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncFoldersResource) -> None:
        raw = AsyncFoldersResource(resource._client, raw=True)
        self.create = async_raw(raw.create)
        self.delete = async_raw(raw.delete)
        self.retrieve = async_raw(raw.retrieve)
        self.update = async_raw(raw.update)


class FoldersResource(SyncResource):
    """``client.folders`` of Intercom: 5 operations."""

    @property
    def with_raw_response(self) -> FoldersRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return FoldersRawResource(self)

    def create(
        self,
        *,
        body: CreateFolderBody | CreateFolderBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        folder: CreateFolderBodyFolderDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Folder:
        """Create a folder

        You can create a new folder for organizing content by making a POST request to
        `https://api.intercom.io/folders`.

        Args:
            body (CreateFolderBody | CreateFolderBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            folder (CreateFolderBodyFolderDict): The body's field folder (instead of body=).
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            Folder
        """

        from ...models.create_folder_body import CreateFolderBody
        from ...models.folder import Folder

        body = cast(
            "CreateFolderBody",
            request_body(
                body_fields(
                    body,
                    {"folder": folder},
                    "CreateFolderBody",
                ),
                CreateFolderBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/folders",
            "extensions": {OPERATION: ("folders.create", "/folders")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Folder = self._request(
            _kwargs,
            {200: Folder.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def delete(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DeletedFolderObject:
        """Delete a folder

        You can delete a folder (if it contains no content) by making a DELETE request to
        `https://api.intercom.io/folders/<id>`.

        Args:
            id (int):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            DeletedFolderObject
        """

        from ...models.deleted_folder_object import DeletedFolderObject

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/folders/{id}".format(
                id=path_segment("id", id, "DELETE /folders/{id}"),
            ),
            "extensions": {OPERATION: ("folders.delete", "/folders/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: DeletedFolderObject = self._request(
            _kwargs,
            {200: DeletedFolderObject.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list(
        self,
        *,
        parent_folder_id: int | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        per_page: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        start_cursor: Cursor | None = None,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[Folder, FolderList]:
        """List all folders

        You can fetch a list of all folders for organizing content by making a GET request to
        `https://api.intercom.io/folders`.

        Args:
            parent_folder_id (int | Unset):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            per_page (int | None): Items per page; None leaves the API's default.
            max_items (int | None): Stop after this many items; None for all of them.
            max_pages (int | None): Stop after this many pages; None for all of them.
            start_cursor (Cursor | None): Resume from this cursor (a page's ``next_cursor``); None
                starts at the first page.
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            SyncPaginator[Folder, FolderList]
        """

        from ...models.folder_list import FolderList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["parent_folder_id"] = parent_folder_id
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/folders",
            "extensions": {OPERATION: ("folders.list", "/folders")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.folders.list_folders"],
            _kwargs,
            {200: FolderList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Folder:
        """Retrieve a folder

        You can fetch the details of a single folder by making a GET request to
        `https://api.intercom.io/folders/<id>`.

        Args:
            id (int):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            Folder
        """

        from ...models.folder import Folder

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/folders/{id}".format(
                id=path_segment("id", id, "GET /folders/{id}"),
            ),
            "extensions": {OPERATION: ("folders.retrieve", "/folders/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Folder = self._request(
            _kwargs,
            {200: Folder.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def update(
        self,
        id: int,
        *,
        body: UpdateFolderBody | UpdateFolderBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        folder: UpdateFolderBodyFolderDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Folder:
        """Update a folder

        You can update a folder by making a PUT request to `https://api.intercom.io/folders/<id>`.

        Args:
            id (int):
            body (UpdateFolderBody | UpdateFolderBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            folder (UpdateFolderBodyFolderDict): The body's field folder (instead of body=).
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            Folder
        """

        from ...models.folder import Folder
        from ...models.update_folder_body import UpdateFolderBody

        body = cast(
            "UpdateFolderBody",
            request_body(
                body_fields(
                    body,
                    {"folder": folder},
                    "UpdateFolderBody",
                ),
                UpdateFolderBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/folders/{id}".format(
                id=path_segment("id", id, "PUT /folders/{id}"),
            ),
            "extensions": {OPERATION: ("folders.update", "/folders/{id}")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Folder = self._request(
            _kwargs,
            {200: Folder.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class FoldersRawResource:
    """``client.folders.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: FoldersResource) -> None:
        raw = FoldersResource(resource._client, raw=True)
        self.create = sync_raw(raw.create)
        self.delete = sync_raw(raw.delete)
        self.retrieve = sync_raw(raw.retrieve)
        self.update = sync_raw(raw.update)
