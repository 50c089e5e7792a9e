# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.news``: the news resource of both clients, one method per operation.

``NewsResource`` is the sync one (on ``Intercom``), ``AsyncNewsResource`` the async one (on
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
    from ...models.deleted_object import DeletedObject
    from ...models.intercom_version import IntercomVersion
    from ...models.news_item import NewsItem
    from ...models.news_item_request import NewsItemRequest, NewsItemRequestDict
    from ...models.news_item_request_state import NewsItemRequestState
    from ...models.newsfeed import Newsfeed
    from ...models.newsfeed_assignment import NewsfeedAssignmentDict
    from ...models.paginated_response import PaginatedResponse
    from ...types import AsyncPaginator, Cursor, SyncPaginator, TimeoutTypes

__all__ = ["AsyncNewsResource", "NewsResource"]


class AsyncNewsResource(AsyncResource):
    """``client.news`` of AsyncIntercom: 8 operations."""

    @property
    def with_raw_response(self) -> AsyncNewsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncNewsRawResource(self)

    async def create_item(
        self,
        *,
        body: NewsItemRequest | NewsItemRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        sender_id: int = NOT_GIVEN,
        title: str = NOT_GIVEN,
        deliver_silently: bool = NOT_GIVEN,
        labels: Sequence[str] = NOT_GIVEN,
        newsfeed_assignments: Sequence[NewsfeedAssignmentDict] = NOT_GIVEN,
        reactions: Sequence[str | None] = NOT_GIVEN,
        state: NewsItemRequestState = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> NewsItem:
        """Create a news item

        You can create a news item

        Args:
            body (NewsItemRequest | NewsItemRequestDict): A News Item is a content type in Intercom
                enabling you to announce product updates, company news, promotions, events and more with
                your customers.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            sender_id (int): The body's field sender_id (instead of body=). The id of the sender of
                the news item. Must be a teammate on the workspace.
            title (str): The body's field title (instead of body=). The title of the news item.
            deliver_silently (bool): The body's field deliver_silently (instead of body=). When set to
                `true`, the news item will appear in the messenger newsfeed without showing a notification
                badge.
            labels (Sequence[str]): The body's field labels (instead of body=). Label names displayed
                to users to categorize the news item.
            newsfeed_assignments (Sequence[NewsfeedAssignmentDict]): The body's field
                newsfeed_assignments (instead of body=). A list of newsfeed_assignments to assign to the
                specified newsfeed.
            reactions (Sequence[str | None]): The body's field reactions (instead of body=). Ordered
                list of emoji reactions to the news item. When empty, reactions are disabled.
            state (NewsItemRequestState): The body's field state (instead of body=). News items will
                not be visible to your users in the assigned newsfeeds until they are set live.
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
            NewsItem
        """

        from ...models.news_item import NewsItem
        from ...models.news_item_request import NewsItemRequest

        body = cast(
            "NewsItemRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "sender_id": sender_id,
                        "title": title,
                        "deliver_silently": deliver_silently,
                        "labels": labels,
                        "newsfeed_assignments": newsfeed_assignments,
                        "reactions": reactions,
                        "state": state,
                    },
                    "NewsItemRequest",
                ),
                NewsItemRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/news/news_items",
            "extensions": {OPERATION: ("news.create_item", "/news/news_items")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: NewsItem = await self._request(
            _kwargs,
            {200: NewsItem.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def delete_item(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DeletedObject:
        """Delete a news item

        You can delete a single news item.

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
            DeletedObject
        """

        from ...models.deleted_object import DeletedObject

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/news/news_items/{id}".format(
                id=path_segment("id", id, "DELETE /news/news_items/{id}"),
            ),
            "extensions": {OPERATION: ("news.delete_item", "/news/news_items/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: DeletedObject = await self._request(
            _kwargs,
            {200: DeletedObject.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list_items(
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
    ) -> AsyncPaginator[Newsfeed | NewsItem, PaginatedResponse]:
        """List all news items

        You can fetch a list of all news items

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
            AsyncPaginator[Newsfeed | NewsItem, PaginatedResponse]
        """

        from ...models.paginated_response import PaginatedResponse
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/news/news_items",
            "extensions": {OPERATION: ("news.list_items", "/news/news_items")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.news.list_news_items"],
            _kwargs,
            {200: PaginatedResponse.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_live_newsfeed_items(
        self,
        id: str,
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
    ) -> AsyncPaginator[Newsfeed | NewsItem, PaginatedResponse]:
        """List all live newsfeed items

        You can fetch a list of all news items that are live on a given newsfeed

        Args:
            id (str):
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
            AsyncPaginator[Newsfeed | NewsItem, PaginatedResponse]
        """

        from ...models.paginated_response import PaginatedResponse
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/news/newsfeeds/{id}/items".format(
                id=path_segment("id", id, "GET /news/newsfeeds/{id}/items"),
            ),
            "extensions": {OPERATION: ("news.list_live_newsfeed_items", "/news/newsfeeds/{id}/items")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.news.list_live_newsfeed_items"],
            _kwargs,
            {200: PaginatedResponse.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_newsfeeds(
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
    ) -> AsyncPaginator[Newsfeed | NewsItem, PaginatedResponse]:
        """List all newsfeeds

        You can fetch a list of all newsfeeds

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
            AsyncPaginator[Newsfeed | NewsItem, PaginatedResponse]
        """

        from ...models.paginated_response import PaginatedResponse
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/news/newsfeeds",
            "extensions": {OPERATION: ("news.list_newsfeeds", "/news/newsfeeds")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.news.list_newsfeeds"],
            _kwargs,
            {200: PaginatedResponse.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def retrieve_item(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> NewsItem:
        """Retrieve a news item

        You can fetch the details of a single news item.

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
            NewsItem
        """

        from ...models.news_item import NewsItem

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/news/news_items/{id}".format(
                id=path_segment("id", id, "GET /news/news_items/{id}"),
            ),
            "extensions": {OPERATION: ("news.retrieve_item", "/news/news_items/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: NewsItem = await self._request(
            _kwargs,
            {200: NewsItem.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def retrieve_newsfeed(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Newsfeed:
        """Retrieve a newsfeed

        You can fetch the details of a single newsfeed

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
            Newsfeed
        """

        from ...models.newsfeed import Newsfeed

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/news/newsfeeds/{id}".format(
                id=path_segment("id", id, "GET /news/newsfeeds/{id}"),
            ),
            "extensions": {OPERATION: ("news.retrieve_newsfeed", "/news/newsfeeds/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Newsfeed = await self._request(
            _kwargs,
            {200: Newsfeed.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def update_item(
        self,
        id: int,
        *,
        body: NewsItemRequest | NewsItemRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        sender_id: int = NOT_GIVEN,
        title: str = NOT_GIVEN,
        deliver_silently: bool = NOT_GIVEN,
        labels: Sequence[str] = NOT_GIVEN,
        newsfeed_assignments: Sequence[NewsfeedAssignmentDict] = NOT_GIVEN,
        reactions: Sequence[str | None] = NOT_GIVEN,
        state: NewsItemRequestState = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> NewsItem:
        """Update a news item

        Args:
            id (int):
            body (NewsItemRequest | NewsItemRequestDict): A News Item is a content type in Intercom
                enabling you to announce product updates, company news, promotions, events and more with
                your customers.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            sender_id (int): The body's field sender_id (instead of body=). The id of the sender of
                the news item. Must be a teammate on the workspace.
            title (str): The body's field title (instead of body=). The title of the news item.
            deliver_silently (bool): The body's field deliver_silently (instead of body=). When set to
                `true`, the news item will appear in the messenger newsfeed without showing a notification
                badge.
            labels (Sequence[str]): The body's field labels (instead of body=). Label names displayed
                to users to categorize the news item.
            newsfeed_assignments (Sequence[NewsfeedAssignmentDict]): The body's field
                newsfeed_assignments (instead of body=). A list of newsfeed_assignments to assign to the
                specified newsfeed.
            reactions (Sequence[str | None]): The body's field reactions (instead of body=). Ordered
                list of emoji reactions to the news item. When empty, reactions are disabled.
            state (NewsItemRequestState): The body's field state (instead of body=). News items will
                not be visible to your users in the assigned newsfeeds until they are set live.
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
            NewsItem
        """

        from ...models.news_item import NewsItem
        from ...models.news_item_request import NewsItemRequest

        body = cast(
            "NewsItemRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "sender_id": sender_id,
                        "title": title,
                        "deliver_silently": deliver_silently,
                        "labels": labels,
                        "newsfeed_assignments": newsfeed_assignments,
                        "reactions": reactions,
                        "state": state,
                    },
                    "NewsItemRequest",
                ),
                NewsItemRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/news/news_items/{id}".format(
                id=path_segment("id", id, "PUT /news/news_items/{id}"),
            ),
            "extensions": {OPERATION: ("news.update_item", "/news/news_items/{id}")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: NewsItem = await self._request(
            _kwargs,
            {200: NewsItem.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncNewsRawResource:
    """``client.news.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncNewsResource) -> None:
        raw = AsyncNewsResource(resource._client, raw=True)
        self.create_item = async_raw(raw.create_item)
        self.delete_item = async_raw(raw.delete_item)
        self.retrieve_item = async_raw(raw.retrieve_item)
        self.retrieve_newsfeed = async_raw(raw.retrieve_newsfeed)
        self.update_item = async_raw(raw.update_item)


class NewsResource(SyncResource):
    """``client.news`` of Intercom: 8 operations."""

    @property
    def with_raw_response(self) -> NewsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return NewsRawResource(self)

    def create_item(
        self,
        *,
        body: NewsItemRequest | NewsItemRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        sender_id: int = NOT_GIVEN,
        title: str = NOT_GIVEN,
        deliver_silently: bool = NOT_GIVEN,
        labels: Sequence[str] = NOT_GIVEN,
        newsfeed_assignments: Sequence[NewsfeedAssignmentDict] = NOT_GIVEN,
        reactions: Sequence[str | None] = NOT_GIVEN,
        state: NewsItemRequestState = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> NewsItem:
        """Create a news item

        You can create a news item

        Args:
            body (NewsItemRequest | NewsItemRequestDict): A News Item is a content type in Intercom
                enabling you to announce product updates, company news, promotions, events and more with
                your customers.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            sender_id (int): The body's field sender_id (instead of body=). The id of the sender of
                the news item. Must be a teammate on the workspace.
            title (str): The body's field title (instead of body=). The title of the news item.
            deliver_silently (bool): The body's field deliver_silently (instead of body=). When set to
                `true`, the news item will appear in the messenger newsfeed without showing a notification
                badge.
            labels (Sequence[str]): The body's field labels (instead of body=). Label names displayed
                to users to categorize the news item.
            newsfeed_assignments (Sequence[NewsfeedAssignmentDict]): The body's field
                newsfeed_assignments (instead of body=). A list of newsfeed_assignments to assign to the
                specified newsfeed.
            reactions (Sequence[str | None]): The body's field reactions (instead of body=). Ordered
                list of emoji reactions to the news item. When empty, reactions are disabled.
            state (NewsItemRequestState): The body's field state (instead of body=). News items will
                not be visible to your users in the assigned newsfeeds until they are set live.
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
            NewsItem
        """

        from ...models.news_item import NewsItem
        from ...models.news_item_request import NewsItemRequest

        body = cast(
            "NewsItemRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "sender_id": sender_id,
                        "title": title,
                        "deliver_silently": deliver_silently,
                        "labels": labels,
                        "newsfeed_assignments": newsfeed_assignments,
                        "reactions": reactions,
                        "state": state,
                    },
                    "NewsItemRequest",
                ),
                NewsItemRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/news/news_items",
            "extensions": {OPERATION: ("news.create_item", "/news/news_items")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: NewsItem = self._request(
            _kwargs,
            {200: NewsItem.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def delete_item(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DeletedObject:
        """Delete a news item

        You can delete a single news item.

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
            DeletedObject
        """

        from ...models.deleted_object import DeletedObject

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/news/news_items/{id}".format(
                id=path_segment("id", id, "DELETE /news/news_items/{id}"),
            ),
            "extensions": {OPERATION: ("news.delete_item", "/news/news_items/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: DeletedObject = self._request(
            _kwargs,
            {200: DeletedObject.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list_items(
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
    ) -> SyncPaginator[Newsfeed | NewsItem, PaginatedResponse]:
        """List all news items

        You can fetch a list of all news items

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
            SyncPaginator[Newsfeed | NewsItem, PaginatedResponse]
        """

        from ...models.paginated_response import PaginatedResponse
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/news/news_items",
            "extensions": {OPERATION: ("news.list_items", "/news/news_items")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.news.list_news_items"],
            _kwargs,
            {200: PaginatedResponse.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_live_newsfeed_items(
        self,
        id: str,
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
    ) -> SyncPaginator[Newsfeed | NewsItem, PaginatedResponse]:
        """List all live newsfeed items

        You can fetch a list of all news items that are live on a given newsfeed

        Args:
            id (str):
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
            SyncPaginator[Newsfeed | NewsItem, PaginatedResponse]
        """

        from ...models.paginated_response import PaginatedResponse
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/news/newsfeeds/{id}/items".format(
                id=path_segment("id", id, "GET /news/newsfeeds/{id}/items"),
            ),
            "extensions": {OPERATION: ("news.list_live_newsfeed_items", "/news/newsfeeds/{id}/items")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.news.list_live_newsfeed_items"],
            _kwargs,
            {200: PaginatedResponse.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_newsfeeds(
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
    ) -> SyncPaginator[Newsfeed | NewsItem, PaginatedResponse]:
        """List all newsfeeds

        You can fetch a list of all newsfeeds

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
            SyncPaginator[Newsfeed | NewsItem, PaginatedResponse]
        """

        from ...models.paginated_response import PaginatedResponse
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/news/newsfeeds",
            "extensions": {OPERATION: ("news.list_newsfeeds", "/news/newsfeeds")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.news.list_newsfeeds"],
            _kwargs,
            {200: PaginatedResponse.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def retrieve_item(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> NewsItem:
        """Retrieve a news item

        You can fetch the details of a single news item.

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
            NewsItem
        """

        from ...models.news_item import NewsItem

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/news/news_items/{id}".format(
                id=path_segment("id", id, "GET /news/news_items/{id}"),
            ),
            "extensions": {OPERATION: ("news.retrieve_item", "/news/news_items/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: NewsItem = self._request(
            _kwargs,
            {200: NewsItem.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def retrieve_newsfeed(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Newsfeed:
        """Retrieve a newsfeed

        You can fetch the details of a single newsfeed

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
            Newsfeed
        """

        from ...models.newsfeed import Newsfeed

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/news/newsfeeds/{id}".format(
                id=path_segment("id", id, "GET /news/newsfeeds/{id}"),
            ),
            "extensions": {OPERATION: ("news.retrieve_newsfeed", "/news/newsfeeds/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Newsfeed = self._request(
            _kwargs,
            {200: Newsfeed.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def update_item(
        self,
        id: int,
        *,
        body: NewsItemRequest | NewsItemRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        sender_id: int = NOT_GIVEN,
        title: str = NOT_GIVEN,
        deliver_silently: bool = NOT_GIVEN,
        labels: Sequence[str] = NOT_GIVEN,
        newsfeed_assignments: Sequence[NewsfeedAssignmentDict] = NOT_GIVEN,
        reactions: Sequence[str | None] = NOT_GIVEN,
        state: NewsItemRequestState = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> NewsItem:
        """Update a news item

        Args:
            id (int):
            body (NewsItemRequest | NewsItemRequestDict): A News Item is a content type in Intercom
                enabling you to announce product updates, company news, promotions, events and more with
                your customers.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            sender_id (int): The body's field sender_id (instead of body=). The id of the sender of
                the news item. Must be a teammate on the workspace.
            title (str): The body's field title (instead of body=). The title of the news item.
            deliver_silently (bool): The body's field deliver_silently (instead of body=). When set to
                `true`, the news item will appear in the messenger newsfeed without showing a notification
                badge.
            labels (Sequence[str]): The body's field labels (instead of body=). Label names displayed
                to users to categorize the news item.
            newsfeed_assignments (Sequence[NewsfeedAssignmentDict]): The body's field
                newsfeed_assignments (instead of body=). A list of newsfeed_assignments to assign to the
                specified newsfeed.
            reactions (Sequence[str | None]): The body's field reactions (instead of body=). Ordered
                list of emoji reactions to the news item. When empty, reactions are disabled.
            state (NewsItemRequestState): The body's field state (instead of body=). News items will
                not be visible to your users in the assigned newsfeeds until they are set live.
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
            NewsItem
        """

        from ...models.news_item import NewsItem
        from ...models.news_item_request import NewsItemRequest

        body = cast(
            "NewsItemRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "sender_id": sender_id,
                        "title": title,
                        "deliver_silently": deliver_silently,
                        "labels": labels,
                        "newsfeed_assignments": newsfeed_assignments,
                        "reactions": reactions,
                        "state": state,
                    },
                    "NewsItemRequest",
                ),
                NewsItemRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/news/news_items/{id}".format(
                id=path_segment("id", id, "PUT /news/news_items/{id}"),
            ),
            "extensions": {OPERATION: ("news.update_item", "/news/news_items/{id}")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: NewsItem = self._request(
            _kwargs,
            {200: NewsItem.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class NewsRawResource:
    """``client.news.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: NewsResource) -> None:
        raw = NewsResource(resource._client, raw=True)
        self.create_item = sync_raw(raw.create_item)
        self.delete_item = sync_raw(raw.delete_item)
        self.retrieve_item = sync_raw(raw.retrieve_item)
        self.retrieve_newsfeed = sync_raw(raw.retrieve_newsfeed)
        self.update_item = sync_raw(raw.update_item)
