# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.folders``: the folders resource of both clients, one method per operation.

``FoldersResource`` is the sync one (on ``Intercom``), ``AsyncFoldersResource`` the async one (on
``AsyncIntercom``). The endpoint modules beside this file build each request and decode its response;
they are imported on a method's first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import OMITTED, UNSET, AsyncResource, SyncResource, Unset, async_raw, request_body, sync_raw

if TYPE_CHECKING:
    from ...models.create_folder_body import CreateFolderBody, CreateFolderBodyDict
    from ...models.deleted_folder_object import DeletedFolderObject
    from ...models.folder import Folder
    from ...models.intercom_version import IntercomVersion
    from ...models.update_folder_body import UpdateFolderBody, UpdateFolderBodyDict
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
        body: CreateFolderBody | CreateFolderBodyDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Folder:
        """Create a folder

        You can create a new folder for organizing content by making a POST request to
        `https://api.intercom.io/folders`.

        Args:
            body (CreateFolderBody | CreateFolderBodyDict | Unset):
            intercom_version (IntercomVersion | Unset): Intercom API version.
                By default, it's equal to the version set in the app package. Example: Preview.
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
        from . import create_folder as _op

        return await self._call(
            _op._get_kwargs(
                body=request_body(body, CreateFolderBody),
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
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
            intercom_version (IntercomVersion | Unset): Intercom API version.
                By default, it's equal to the version set in the app package. Example: Preview.
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

        from . import delete_folder as _op

        return await self._call(
            _op._get_kwargs(
                id=id,
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def list(
        self,
        *,
        parent_folder_id: int | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        per_page: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        start_cursor: Cursor | None = None,
        timeout: TimeoutTypes = OMITTED,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[Folder]:
        """List all folders

        You can fetch a list of all folders for organizing content by making a GET request to
        `https://api.intercom.io/folders`.

        Args:
            parent_folder_id (int | Unset):
            intercom_version (IntercomVersion | Unset): Intercom API version.
                By default, it's equal to the version set in the app package. Example: Preview.
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
            AsyncPaginator[Folder]
        """

        from ...pagination_table import PAGINATED_OPERATIONS
        from . import list_folders as _op

        return self._paginate(
            PAGINATED_OPERATIONS["api.folders.list_folders"],
            _op._get_kwargs,
            _op._parse_response,
            {
                "parent_folder_id": parent_folder_id,
                "intercom_version": intercom_version,
            },
            per_page,
            max_items,
            max_pages,
            start_cursor,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def retrieve(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
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
            intercom_version (IntercomVersion | Unset): Intercom API version.
                By default, it's equal to the version set in the app package. Example: Preview.
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

        from . import retrieve_folder as _op

        return await self._call(
            _op._get_kwargs(
                id=id,
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update(
        self,
        id: int,
        *,
        body: UpdateFolderBody | UpdateFolderBodyDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Folder:
        """Update a folder

        You can update a folder by making a PUT request to `https://api.intercom.io/folders/<id>`.

        Args:
            id (int):
            body (UpdateFolderBody | UpdateFolderBodyDict | Unset):
            intercom_version (IntercomVersion | Unset): Intercom API version.
                By default, it's equal to the version set in the app package. Example: Preview.
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

        from ...models.update_folder_body import UpdateFolderBody
        from . import update_folder as _op

        return await self._call(
            _op._get_kwargs(
                id=id,
                body=request_body(body, UpdateFolderBody),
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


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
        body: CreateFolderBody | CreateFolderBodyDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Folder:
        """Create a folder

        You can create a new folder for organizing content by making a POST request to
        `https://api.intercom.io/folders`.

        Args:
            body (CreateFolderBody | CreateFolderBodyDict | Unset):
            intercom_version (IntercomVersion | Unset): Intercom API version.
                By default, it's equal to the version set in the app package. Example: Preview.
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
        from . import create_folder as _op

        return self._call(
            _op._get_kwargs(
                body=request_body(body, CreateFolderBody),
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
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
            intercom_version (IntercomVersion | Unset): Intercom API version.
                By default, it's equal to the version set in the app package. Example: Preview.
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

        from . import delete_folder as _op

        return self._call(
            _op._get_kwargs(
                id=id,
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def list(
        self,
        *,
        parent_folder_id: int | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        per_page: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        start_cursor: Cursor | None = None,
        timeout: TimeoutTypes = OMITTED,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[Folder]:
        """List all folders

        You can fetch a list of all folders for organizing content by making a GET request to
        `https://api.intercom.io/folders`.

        Args:
            parent_folder_id (int | Unset):
            intercom_version (IntercomVersion | Unset): Intercom API version.
                By default, it's equal to the version set in the app package. Example: Preview.
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
            SyncPaginator[Folder]
        """

        from ...pagination_table import PAGINATED_OPERATIONS
        from . import list_folders as _op

        return self._paginate(
            PAGINATED_OPERATIONS["api.folders.list_folders"],
            _op._get_kwargs,
            _op._parse_response,
            {
                "parent_folder_id": parent_folder_id,
                "intercom_version": intercom_version,
            },
            per_page,
            max_items,
            max_pages,
            start_cursor,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def retrieve(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
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
            intercom_version (IntercomVersion | Unset): Intercom API version.
                By default, it's equal to the version set in the app package. Example: Preview.
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

        from . import retrieve_folder as _op

        return self._call(
            _op._get_kwargs(
                id=id,
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update(
        self,
        id: int,
        *,
        body: UpdateFolderBody | UpdateFolderBodyDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Folder:
        """Update a folder

        You can update a folder by making a PUT request to `https://api.intercom.io/folders/<id>`.

        Args:
            id (int):
            body (UpdateFolderBody | UpdateFolderBodyDict | Unset):
            intercom_version (IntercomVersion | Unset): Intercom API version.
                By default, it's equal to the version set in the app package. Example: Preview.
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

        from ...models.update_folder_body import UpdateFolderBody
        from . import update_folder as _op

        return self._call(
            _op._get_kwargs(
                id=id,
                body=request_body(body, UpdateFolderBody),
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class FoldersRawResource:
    """``client.folders.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: FoldersResource) -> None:
        raw = FoldersResource(resource._client, raw=True)
        self.create = sync_raw(raw.create)
        self.delete = sync_raw(raw.delete)
        self.retrieve = sync_raw(raw.retrieve)
        self.update = sync_raw(raw.update)
