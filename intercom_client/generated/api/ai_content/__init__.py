# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.ai_content``: the ai_content resource of both clients, one method per operation.

``AiContentResource`` is the sync one (on ``Intercom``), ``AsyncAiContentResource`` the async one (on
``AsyncIntercom``). Each method is its operation: it builds the request (method, path, query, headers,
body), names how each documented response decodes, and hands both to the runtime (``_resource.py``),
which sends, retries and decodes. The models a method needs are imported on its first call.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    from ...models.content_import_source import ContentImportSource
    from ...models.content_import_sources_list import ContentImportSourcesList
    from ...models.create_content_import_source_request import (
        CreateContentImportSourceRequest,
        CreateContentImportSourceRequestDict,
    )
    from ...models.create_content_import_source_request_status import CreateContentImportSourceRequestStatus
    from ...models.create_content_import_source_request_sync_behavior import (
        CreateContentImportSourceRequestSyncBehavior,
    )
    from ...models.create_external_page_request import CreateExternalPageRequest, CreateExternalPageRequestDict
    from ...models.create_external_page_request_locale import CreateExternalPageRequestLocale
    from ...models.external_page import ExternalPage
    from ...models.external_pages_list import ExternalPagesList
    from ...models.intercom_version import IntercomVersion
    from ...models.update_content_import_source_request import (
        UpdateContentImportSourceRequest,
        UpdateContentImportSourceRequestDict,
    )
    from ...models.update_content_import_source_request_status import UpdateContentImportSourceRequestStatus
    from ...models.update_content_import_source_request_sync_behavior import (
        UpdateContentImportSourceRequestSyncBehavior,
    )
    from ...models.update_external_page_request import UpdateExternalPageRequest, UpdateExternalPageRequestDict
    from ...models.update_external_page_request_locale import UpdateExternalPageRequestLocale
    from ...types import AsyncPaginator, Cursor, SyncPaginator, TimeoutTypes

__all__ = ["AiContentResource", "AsyncAiContentResource"]


class AsyncAiContentResource(AsyncResource):
    """``client.ai_content`` of AsyncIntercom: 10 operations."""

    @property
    def with_raw_response(self) -> AsyncAiContentRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncAiContentRawResource(self)

    async def create_content_import_source(
        self,
        *,
        body: CreateContentImportSourceRequest | CreateContentImportSourceRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        sync_behavior: CreateContentImportSourceRequestSyncBehavior = NOT_GIVEN,
        url: str = NOT_GIVEN,
        audience_ids: int | Sequence[int] | None = NOT_GIVEN,
        status: CreateContentImportSourceRequestStatus = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContentImportSource:
        """Create a content import source

        You can create a new content import source by sending a POST request to this endpoint.

        Args:
            body (CreateContentImportSourceRequest | CreateContentImportSourceRequestDict): You can
                add an Content Import Source to your Fin Content Library.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            sync_behavior (CreateContentImportSourceRequestSyncBehavior): The body's field
                sync_behavior (instead of body=). If you intend to create or update External Pages via the
                API, this should be set to `api`.
            url (str): The body's field url (instead of body=). The URL of the content import source.
            audience_ids (int | Sequence[int] | None): The body's field audience_ids (instead of
                body=). The unique identifiers for the audiences to associate with this content import
                source. Can be a single integer or an array of integers.
            status (CreateContentImportSourceRequestStatus): The body's field status (instead of
                body=). The status of the content import source.
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
            ContentImportSource
        """

        from ...models.content_import_source import ContentImportSource
        from ...models.create_content_import_source_request import CreateContentImportSourceRequest

        body = cast(
            "CreateContentImportSourceRequest",
            request_body(
                body_fields(
                    body,
                    {"sync_behavior": sync_behavior, "url": url, "audience_ids": audience_ids, "status": status},
                    "CreateContentImportSourceRequest",
                ),
                CreateContentImportSourceRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/ai/content_import_sources",
            "extensions": {OPERATION: ("ai_content.create_content_import_source", "/ai/content_import_sources")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ContentImportSource = await self._request(
            _kwargs,
            {200: ContentImportSource.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def create_external_page(
        self,
        *,
        body: CreateExternalPageRequest | CreateExternalPageRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        external_id: str = NOT_GIVEN,
        html: str = NOT_GIVEN,
        locale: CreateExternalPageRequestLocale = NOT_GIVEN,
        source_id: int = NOT_GIVEN,
        title: str = NOT_GIVEN,
        ai_agent_availability: bool = NOT_GIVEN,
        ai_copilot_availability: bool = NOT_GIVEN,
        ai_sales_agent_availability: bool = NOT_GIVEN,
        url: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ExternalPage:
        """Create an external page (or update an external page by external ID)

        You can create a new external page by sending a POST request to this endpoint. If an external page
        already exists with the specified source_id and external_id, it will be updated instead.

        Args:
            body (CreateExternalPageRequest | CreateExternalPageRequestDict): You can add an External
                Page to your Fin Content Library.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            external_id (str): The body's field external_id (instead of body=). The identifier for the
                external page which was given by the source. Must be unique for the source.
            html (str): The body's field html (instead of body=). The body of the external page in
                HTML.
            locale (CreateExternalPageRequestLocale): The body's field locale (instead of body=).
                Always en
            source_id (int): The body's field source_id (instead of body=). The unique identifier for
                the source of the external page which was given by Intercom. Every external page must be
                associated with a Content Import Source which represents the place it comes from and from
                which it inherits a default audience (configured in the UI). For a new source, make a POST
                request to the Content Import Source endpoint and an ID for the source will be returned in
                the response.
            title (str): The body's field title (instead of body=). The title of the external page.
            ai_agent_availability (bool): The body's field ai_agent_availability (instead of body=).
                Whether the external page should be used to answer questions by AI Agent. Will not default
                when updating an existing external page.
            ai_copilot_availability (bool): The body's field ai_copilot_availability (instead of
                body=). Whether the external page should be used to answer questions by AI Copilot. Will
                not default when updating an existing external page.
            ai_sales_agent_availability (bool): The body's field ai_sales_agent_availability (instead
                of body=). Whether the external page should be used to answer questions by AI Sales Agent.
                Will not default when updating an existing external page.
            url (str): The body's field url (instead of body=). The URL of the external page. This
                will be used by Fin to link end users to the page it based its answer on. When a URL is
                not present, Fin will not reference the source.
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
            ExternalPage
        """

        from ...models.create_external_page_request import CreateExternalPageRequest
        from ...models.external_page import ExternalPage

        body = cast(
            "CreateExternalPageRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "external_id": external_id,
                        "html": html,
                        "locale": locale,
                        "source_id": source_id,
                        "title": title,
                        "ai_agent_availability": ai_agent_availability,
                        "ai_copilot_availability": ai_copilot_availability,
                        "ai_sales_agent_availability": ai_sales_agent_availability,
                        "url": url,
                    },
                    "CreateExternalPageRequest",
                ),
                CreateExternalPageRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/ai/external_pages",
            "extensions": {OPERATION: ("ai_content.create_external_page", "/ai/external_pages")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ExternalPage = await self._request(
            _kwargs,
            {200: ExternalPage.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def delete_content_import_source(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a content import source

        You can delete a content import source by making a DELETE request this endpoint. This will also
        delete all external pages that were imported from this source.

        Args:
            id (str):
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
            None
        """

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/ai/content_import_sources/{id}".format(
                id=path_segment("id", id, "DELETE /ai/content_import_sources/{id}"),
            ),
            "extensions": {OPERATION: ("ai_content.delete_content_import_source", "/ai/content_import_sources/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: None = await self._request(
            _kwargs, {204: None}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    async def delete_external_page(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ExternalPage:
        """Delete an external page

        Sending a DELETE request for an external page will remove it from the content library UI and from
        being used for AI answers.

        Args:
            id (str):
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
            ExternalPage
        """

        from ...models.external_page import ExternalPage

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/ai/external_pages/{id}".format(
                id=path_segment("id", id, "DELETE /ai/external_pages/{id}"),
            ),
            "extensions": {OPERATION: ("ai_content.delete_external_page", "/ai/external_pages/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: ExternalPage = await self._request(
            _kwargs,
            {200: ExternalPage.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list_content_import_sources(
        self,
        *,
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
    ) -> AsyncPaginator[ContentImportSource, ContentImportSourcesList]:
        """List content import sources

        You can retrieve a list of all content import sources for a workspace.

        Args:
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
            AsyncPaginator[ContentImportSource, ContentImportSourcesList]
        """

        from ...models.content_import_sources_list import ContentImportSourcesList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/ai/content_import_sources",
            "extensions": {OPERATION: ("ai_content.list_content_import_sources", "/ai/content_import_sources")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.ai_content.list_content_import_sources"],
            _kwargs,
            {200: ContentImportSourcesList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_external_pages(
        self,
        *,
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
    ) -> AsyncPaginator[ExternalPage, ExternalPagesList]:
        """List external pages

        You can retrieve a list of all external pages for a workspace.

        Args:
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
            AsyncPaginator[ExternalPage, ExternalPagesList]
        """

        from ...models.external_pages_list import ExternalPagesList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/ai/external_pages",
            "extensions": {OPERATION: ("ai_content.list_external_pages", "/ai/external_pages")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.ai_content.list_external_pages"],
            _kwargs,
            {200: ExternalPagesList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def retrieve_content_import_source(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContentImportSource:
        """Retrieve a content import source

        Args:
            id (str):
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
            ContentImportSource
        """

        from ...models.content_import_source import ContentImportSource

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/ai/content_import_sources/{id}".format(
                id=path_segment("id", id, "GET /ai/content_import_sources/{id}"),
            ),
            "extensions": {OPERATION: ("ai_content.retrieve_content_import_source", "/ai/content_import_sources/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: ContentImportSource = await self._request(
            _kwargs,
            {200: ContentImportSource.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def retrieve_external_page(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ExternalPage:
        """Retrieve an external page

        You can retrieve an external page.

        Args:
            id (str):
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
            ExternalPage
        """

        from ...models.external_page import ExternalPage

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/ai/external_pages/{id}".format(
                id=path_segment("id", id, "GET /ai/external_pages/{id}"),
            ),
            "extensions": {OPERATION: ("ai_content.retrieve_external_page", "/ai/external_pages/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: ExternalPage = await self._request(
            _kwargs,
            {200: ExternalPage.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def update_content_import_source(
        self,
        id: str,
        *,
        body: UpdateContentImportSourceRequest | UpdateContentImportSourceRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        sync_behavior: UpdateContentImportSourceRequestSyncBehavior = NOT_GIVEN,
        url: str = NOT_GIVEN,
        apply_audience_to_existing_content: bool = NOT_GIVEN,
        audience_ids: int | Sequence[int] | None = NOT_GIVEN,
        status: UpdateContentImportSourceRequestStatus = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContentImportSource:
        """Update a content import source

        You can update an existing content import source.

        Args:
            id (str):
            body (UpdateContentImportSourceRequest | UpdateContentImportSourceRequestDict): You can
                modify a Content Import Source of your Fin Content Library.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            sync_behavior (UpdateContentImportSourceRequestSyncBehavior): The body's field
                sync_behavior (instead of body=). If you intend to create or update External Pages via the
                API, this should be set to `api`. You can not change the value to or from api.
            url (str): The body's field url (instead of body=). The URL of the content import source.
                This may only be different from the existing value if the sync behavior is API.
            apply_audience_to_existing_content (bool): The body's field
                apply_audience_to_existing_content (instead of body=). When true, the audience will be
                applied to all existing external pages belonging to this content import source.
            audience_ids (int | Sequence[int] | None): The body's field audience_ids (instead of
                body=). The unique identifiers for the audiences to associate with this content import
                source. Can be a single integer or an array of integers. Set to null or an empty array to
                remove all audiences.
            status (UpdateContentImportSourceRequestStatus): The body's field status (instead of
                body=). The status of the content import source.
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
            ContentImportSource
        """

        from ...models.content_import_source import ContentImportSource
        from ...models.update_content_import_source_request import UpdateContentImportSourceRequest

        body = cast(
            "UpdateContentImportSourceRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "sync_behavior": sync_behavior,
                        "url": url,
                        "apply_audience_to_existing_content": apply_audience_to_existing_content,
                        "audience_ids": audience_ids,
                        "status": status,
                    },
                    "UpdateContentImportSourceRequest",
                ),
                UpdateContentImportSourceRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/ai/content_import_sources/{id}".format(
                id=path_segment("id", id, "PUT /ai/content_import_sources/{id}"),
            ),
            "extensions": {OPERATION: ("ai_content.update_content_import_source", "/ai/content_import_sources/{id}")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ContentImportSource = await self._request(
            _kwargs,
            {200: ContentImportSource.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def update_external_page(
        self,
        id: str,
        *,
        body: UpdateExternalPageRequest | UpdateExternalPageRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        html: str = NOT_GIVEN,
        locale: UpdateExternalPageRequestLocale = NOT_GIVEN,
        source_id: int = NOT_GIVEN,
        title: str = NOT_GIVEN,
        url: str = NOT_GIVEN,
        ai_agent_availability: bool = NOT_GIVEN,
        ai_copilot_availability: bool = NOT_GIVEN,
        ai_sales_agent_availability: bool = NOT_GIVEN,
        external_id: str = NOT_GIVEN,
        fin_availability: bool = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ExternalPage:
        """Update an external page

        You can update an existing external page (if it was created via the API).

        Args:
            id (str):
            body (UpdateExternalPageRequest | UpdateExternalPageRequestDict): You can update an
                External Page in your Fin Content Library.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            html (str): The body's field html (instead of body=). The body of the external page in
                HTML.
            locale (UpdateExternalPageRequestLocale): The body's field locale (instead of body=).
                Always en
            source_id (int): The body's field source_id (instead of body=). The unique identifier for
                the source of the external page which was given by Intercom. Every external page must be
                associated with a Content Import Source which represents the place it comes from and from
                which it inherits a default audience (configured in the UI). For a new source, make a POST
                request to the Content Import Source endpoint and an ID for the source will be returned in
                the response.
            title (str): The body's field title (instead of body=). The title of the external page.
            url (str): The body's field url (instead of body=). The URL of the external page. This
                will be used by Fin to link end users to the page it based its answer on.
            ai_agent_availability (bool): The body's field ai_agent_availability (instead of body=).
                Whether the external page should be used to answer questions by AI Agent.
            ai_copilot_availability (bool): The body's field ai_copilot_availability (instead of
                body=). Whether the external page should be used to answer questions by AI Copilot.
            ai_sales_agent_availability (bool): The body's field ai_sales_agent_availability (instead
                of body=). Whether the external page should be used to answer questions by AI Sales Agent.
            external_id (str): The body's field external_id (instead of body=). The identifier for the
                external page which was given by the source. Must be unique for the source.
            fin_availability (bool): The body's field fin_availability (instead of body=). Deprecated.
                Use ai_agent_availability, ai_copilot_availability, and ai_sales_agent_availability
                instead.
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
            ExternalPage
        """

        from ...models.external_page import ExternalPage
        from ...models.update_external_page_request import UpdateExternalPageRequest

        body = cast(
            "UpdateExternalPageRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "html": html,
                        "locale": locale,
                        "source_id": source_id,
                        "title": title,
                        "url": url,
                        "ai_agent_availability": ai_agent_availability,
                        "ai_copilot_availability": ai_copilot_availability,
                        "ai_sales_agent_availability": ai_sales_agent_availability,
                        "external_id": external_id,
                        "fin_availability": fin_availability,
                    },
                    "UpdateExternalPageRequest",
                ),
                UpdateExternalPageRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/ai/external_pages/{id}".format(
                id=path_segment("id", id, "PUT /ai/external_pages/{id}"),
            ),
            "extensions": {OPERATION: ("ai_content.update_external_page", "/ai/external_pages/{id}")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ExternalPage = await self._request(
            _kwargs,
            {200: ExternalPage.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncAiContentRawResource:
    """``client.ai_content.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAiContentResource) -> None:
        raw = AsyncAiContentResource(resource._client, raw=True)
        self.create_content_import_source = async_raw(raw.create_content_import_source)
        self.create_external_page = async_raw(raw.create_external_page)
        self.delete_content_import_source = async_raw(raw.delete_content_import_source)
        self.delete_external_page = async_raw(raw.delete_external_page)
        self.retrieve_content_import_source = async_raw(raw.retrieve_content_import_source)
        self.retrieve_external_page = async_raw(raw.retrieve_external_page)
        self.update_content_import_source = async_raw(raw.update_content_import_source)
        self.update_external_page = async_raw(raw.update_external_page)


class AiContentResource(SyncResource):
    """``client.ai_content`` of Intercom: 10 operations."""

    @property
    def with_raw_response(self) -> AiContentRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AiContentRawResource(self)

    def create_content_import_source(
        self,
        *,
        body: CreateContentImportSourceRequest | CreateContentImportSourceRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        sync_behavior: CreateContentImportSourceRequestSyncBehavior = NOT_GIVEN,
        url: str = NOT_GIVEN,
        audience_ids: int | Sequence[int] | None = NOT_GIVEN,
        status: CreateContentImportSourceRequestStatus = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContentImportSource:
        """Create a content import source

        You can create a new content import source by sending a POST request to this endpoint.

        Args:
            body (CreateContentImportSourceRequest | CreateContentImportSourceRequestDict): You can
                add an Content Import Source to your Fin Content Library.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            sync_behavior (CreateContentImportSourceRequestSyncBehavior): The body's field
                sync_behavior (instead of body=). If you intend to create or update External Pages via the
                API, this should be set to `api`.
            url (str): The body's field url (instead of body=). The URL of the content import source.
            audience_ids (int | Sequence[int] | None): The body's field audience_ids (instead of
                body=). The unique identifiers for the audiences to associate with this content import
                source. Can be a single integer or an array of integers.
            status (CreateContentImportSourceRequestStatus): The body's field status (instead of
                body=). The status of the content import source.
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
            ContentImportSource
        """

        from ...models.content_import_source import ContentImportSource
        from ...models.create_content_import_source_request import CreateContentImportSourceRequest

        body = cast(
            "CreateContentImportSourceRequest",
            request_body(
                body_fields(
                    body,
                    {"sync_behavior": sync_behavior, "url": url, "audience_ids": audience_ids, "status": status},
                    "CreateContentImportSourceRequest",
                ),
                CreateContentImportSourceRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/ai/content_import_sources",
            "extensions": {OPERATION: ("ai_content.create_content_import_source", "/ai/content_import_sources")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ContentImportSource = self._request(
            _kwargs,
            {200: ContentImportSource.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def create_external_page(
        self,
        *,
        body: CreateExternalPageRequest | CreateExternalPageRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        external_id: str = NOT_GIVEN,
        html: str = NOT_GIVEN,
        locale: CreateExternalPageRequestLocale = NOT_GIVEN,
        source_id: int = NOT_GIVEN,
        title: str = NOT_GIVEN,
        ai_agent_availability: bool = NOT_GIVEN,
        ai_copilot_availability: bool = NOT_GIVEN,
        ai_sales_agent_availability: bool = NOT_GIVEN,
        url: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ExternalPage:
        """Create an external page (or update an external page by external ID)

        You can create a new external page by sending a POST request to this endpoint. If an external page
        already exists with the specified source_id and external_id, it will be updated instead.

        Args:
            body (CreateExternalPageRequest | CreateExternalPageRequestDict): You can add an External
                Page to your Fin Content Library.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            external_id (str): The body's field external_id (instead of body=). The identifier for the
                external page which was given by the source. Must be unique for the source.
            html (str): The body's field html (instead of body=). The body of the external page in
                HTML.
            locale (CreateExternalPageRequestLocale): The body's field locale (instead of body=).
                Always en
            source_id (int): The body's field source_id (instead of body=). The unique identifier for
                the source of the external page which was given by Intercom. Every external page must be
                associated with a Content Import Source which represents the place it comes from and from
                which it inherits a default audience (configured in the UI). For a new source, make a POST
                request to the Content Import Source endpoint and an ID for the source will be returned in
                the response.
            title (str): The body's field title (instead of body=). The title of the external page.
            ai_agent_availability (bool): The body's field ai_agent_availability (instead of body=).
                Whether the external page should be used to answer questions by AI Agent. Will not default
                when updating an existing external page.
            ai_copilot_availability (bool): The body's field ai_copilot_availability (instead of
                body=). Whether the external page should be used to answer questions by AI Copilot. Will
                not default when updating an existing external page.
            ai_sales_agent_availability (bool): The body's field ai_sales_agent_availability (instead
                of body=). Whether the external page should be used to answer questions by AI Sales Agent.
                Will not default when updating an existing external page.
            url (str): The body's field url (instead of body=). The URL of the external page. This
                will be used by Fin to link end users to the page it based its answer on. When a URL is
                not present, Fin will not reference the source.
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
            ExternalPage
        """

        from ...models.create_external_page_request import CreateExternalPageRequest
        from ...models.external_page import ExternalPage

        body = cast(
            "CreateExternalPageRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "external_id": external_id,
                        "html": html,
                        "locale": locale,
                        "source_id": source_id,
                        "title": title,
                        "ai_agent_availability": ai_agent_availability,
                        "ai_copilot_availability": ai_copilot_availability,
                        "ai_sales_agent_availability": ai_sales_agent_availability,
                        "url": url,
                    },
                    "CreateExternalPageRequest",
                ),
                CreateExternalPageRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/ai/external_pages",
            "extensions": {OPERATION: ("ai_content.create_external_page", "/ai/external_pages")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ExternalPage = self._request(
            _kwargs,
            {200: ExternalPage.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def delete_content_import_source(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a content import source

        You can delete a content import source by making a DELETE request this endpoint. This will also
        delete all external pages that were imported from this source.

        Args:
            id (str):
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
            None
        """

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/ai/content_import_sources/{id}".format(
                id=path_segment("id", id, "DELETE /ai/content_import_sources/{id}"),
            ),
            "extensions": {OPERATION: ("ai_content.delete_content_import_source", "/ai/content_import_sources/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: None = self._request(
            _kwargs, {204: None}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    def delete_external_page(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ExternalPage:
        """Delete an external page

        Sending a DELETE request for an external page will remove it from the content library UI and from
        being used for AI answers.

        Args:
            id (str):
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
            ExternalPage
        """

        from ...models.external_page import ExternalPage

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/ai/external_pages/{id}".format(
                id=path_segment("id", id, "DELETE /ai/external_pages/{id}"),
            ),
            "extensions": {OPERATION: ("ai_content.delete_external_page", "/ai/external_pages/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: ExternalPage = self._request(
            _kwargs,
            {200: ExternalPage.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list_content_import_sources(
        self,
        *,
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
    ) -> SyncPaginator[ContentImportSource, ContentImportSourcesList]:
        """List content import sources

        You can retrieve a list of all content import sources for a workspace.

        Args:
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
            SyncPaginator[ContentImportSource, ContentImportSourcesList]
        """

        from ...models.content_import_sources_list import ContentImportSourcesList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/ai/content_import_sources",
            "extensions": {OPERATION: ("ai_content.list_content_import_sources", "/ai/content_import_sources")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.ai_content.list_content_import_sources"],
            _kwargs,
            {200: ContentImportSourcesList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_external_pages(
        self,
        *,
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
    ) -> SyncPaginator[ExternalPage, ExternalPagesList]:
        """List external pages

        You can retrieve a list of all external pages for a workspace.

        Args:
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
            SyncPaginator[ExternalPage, ExternalPagesList]
        """

        from ...models.external_pages_list import ExternalPagesList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/ai/external_pages",
            "extensions": {OPERATION: ("ai_content.list_external_pages", "/ai/external_pages")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.ai_content.list_external_pages"],
            _kwargs,
            {200: ExternalPagesList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def retrieve_content_import_source(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContentImportSource:
        """Retrieve a content import source

        Args:
            id (str):
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
            ContentImportSource
        """

        from ...models.content_import_source import ContentImportSource

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/ai/content_import_sources/{id}".format(
                id=path_segment("id", id, "GET /ai/content_import_sources/{id}"),
            ),
            "extensions": {OPERATION: ("ai_content.retrieve_content_import_source", "/ai/content_import_sources/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: ContentImportSource = self._request(
            _kwargs,
            {200: ContentImportSource.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def retrieve_external_page(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ExternalPage:
        """Retrieve an external page

        You can retrieve an external page.

        Args:
            id (str):
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
            ExternalPage
        """

        from ...models.external_page import ExternalPage

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/ai/external_pages/{id}".format(
                id=path_segment("id", id, "GET /ai/external_pages/{id}"),
            ),
            "extensions": {OPERATION: ("ai_content.retrieve_external_page", "/ai/external_pages/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: ExternalPage = self._request(
            _kwargs,
            {200: ExternalPage.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def update_content_import_source(
        self,
        id: str,
        *,
        body: UpdateContentImportSourceRequest | UpdateContentImportSourceRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        sync_behavior: UpdateContentImportSourceRequestSyncBehavior = NOT_GIVEN,
        url: str = NOT_GIVEN,
        apply_audience_to_existing_content: bool = NOT_GIVEN,
        audience_ids: int | Sequence[int] | None = NOT_GIVEN,
        status: UpdateContentImportSourceRequestStatus = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContentImportSource:
        """Update a content import source

        You can update an existing content import source.

        Args:
            id (str):
            body (UpdateContentImportSourceRequest | UpdateContentImportSourceRequestDict): You can
                modify a Content Import Source of your Fin Content Library.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            sync_behavior (UpdateContentImportSourceRequestSyncBehavior): The body's field
                sync_behavior (instead of body=). If you intend to create or update External Pages via the
                API, this should be set to `api`. You can not change the value to or from api.
            url (str): The body's field url (instead of body=). The URL of the content import source.
                This may only be different from the existing value if the sync behavior is API.
            apply_audience_to_existing_content (bool): The body's field
                apply_audience_to_existing_content (instead of body=). When true, the audience will be
                applied to all existing external pages belonging to this content import source.
            audience_ids (int | Sequence[int] | None): The body's field audience_ids (instead of
                body=). The unique identifiers for the audiences to associate with this content import
                source. Can be a single integer or an array of integers. Set to null or an empty array to
                remove all audiences.
            status (UpdateContentImportSourceRequestStatus): The body's field status (instead of
                body=). The status of the content import source.
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
            ContentImportSource
        """

        from ...models.content_import_source import ContentImportSource
        from ...models.update_content_import_source_request import UpdateContentImportSourceRequest

        body = cast(
            "UpdateContentImportSourceRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "sync_behavior": sync_behavior,
                        "url": url,
                        "apply_audience_to_existing_content": apply_audience_to_existing_content,
                        "audience_ids": audience_ids,
                        "status": status,
                    },
                    "UpdateContentImportSourceRequest",
                ),
                UpdateContentImportSourceRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/ai/content_import_sources/{id}".format(
                id=path_segment("id", id, "PUT /ai/content_import_sources/{id}"),
            ),
            "extensions": {OPERATION: ("ai_content.update_content_import_source", "/ai/content_import_sources/{id}")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ContentImportSource = self._request(
            _kwargs,
            {200: ContentImportSource.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def update_external_page(
        self,
        id: str,
        *,
        body: UpdateExternalPageRequest | UpdateExternalPageRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        html: str = NOT_GIVEN,
        locale: UpdateExternalPageRequestLocale = NOT_GIVEN,
        source_id: int = NOT_GIVEN,
        title: str = NOT_GIVEN,
        url: str = NOT_GIVEN,
        ai_agent_availability: bool = NOT_GIVEN,
        ai_copilot_availability: bool = NOT_GIVEN,
        ai_sales_agent_availability: bool = NOT_GIVEN,
        external_id: str = NOT_GIVEN,
        fin_availability: bool = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ExternalPage:
        """Update an external page

        You can update an existing external page (if it was created via the API).

        Args:
            id (str):
            body (UpdateExternalPageRequest | UpdateExternalPageRequestDict): You can update an
                External Page in your Fin Content Library.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            html (str): The body's field html (instead of body=). The body of the external page in
                HTML.
            locale (UpdateExternalPageRequestLocale): The body's field locale (instead of body=).
                Always en
            source_id (int): The body's field source_id (instead of body=). The unique identifier for
                the source of the external page which was given by Intercom. Every external page must be
                associated with a Content Import Source which represents the place it comes from and from
                which it inherits a default audience (configured in the UI). For a new source, make a POST
                request to the Content Import Source endpoint and an ID for the source will be returned in
                the response.
            title (str): The body's field title (instead of body=). The title of the external page.
            url (str): The body's field url (instead of body=). The URL of the external page. This
                will be used by Fin to link end users to the page it based its answer on.
            ai_agent_availability (bool): The body's field ai_agent_availability (instead of body=).
                Whether the external page should be used to answer questions by AI Agent.
            ai_copilot_availability (bool): The body's field ai_copilot_availability (instead of
                body=). Whether the external page should be used to answer questions by AI Copilot.
            ai_sales_agent_availability (bool): The body's field ai_sales_agent_availability (instead
                of body=). Whether the external page should be used to answer questions by AI Sales Agent.
            external_id (str): The body's field external_id (instead of body=). The identifier for the
                external page which was given by the source. Must be unique for the source.
            fin_availability (bool): The body's field fin_availability (instead of body=). Deprecated.
                Use ai_agent_availability, ai_copilot_availability, and ai_sales_agent_availability
                instead.
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
            ExternalPage
        """

        from ...models.external_page import ExternalPage
        from ...models.update_external_page_request import UpdateExternalPageRequest

        body = cast(
            "UpdateExternalPageRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "html": html,
                        "locale": locale,
                        "source_id": source_id,
                        "title": title,
                        "url": url,
                        "ai_agent_availability": ai_agent_availability,
                        "ai_copilot_availability": ai_copilot_availability,
                        "ai_sales_agent_availability": ai_sales_agent_availability,
                        "external_id": external_id,
                        "fin_availability": fin_availability,
                    },
                    "UpdateExternalPageRequest",
                ),
                UpdateExternalPageRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/ai/external_pages/{id}".format(
                id=path_segment("id", id, "PUT /ai/external_pages/{id}"),
            ),
            "extensions": {OPERATION: ("ai_content.update_external_page", "/ai/external_pages/{id}")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ExternalPage = self._request(
            _kwargs,
            {200: ExternalPage.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AiContentRawResource:
    """``client.ai_content.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AiContentResource) -> None:
        raw = AiContentResource(resource._client, raw=True)
        self.create_content_import_source = sync_raw(raw.create_content_import_source)
        self.create_external_page = sync_raw(raw.create_external_page)
        self.delete_content_import_source = sync_raw(raw.delete_content_import_source)
        self.delete_external_page = sync_raw(raw.delete_external_page)
        self.retrieve_content_import_source = sync_raw(raw.retrieve_content_import_source)
        self.retrieve_external_page = sync_raw(raw.retrieve_external_page)
        self.update_content_import_source = sync_raw(raw.update_content_import_source)
        self.update_external_page = sync_raw(raw.update_external_page)
