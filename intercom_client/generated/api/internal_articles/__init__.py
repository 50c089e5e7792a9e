# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.internal_articles``: the internal_articles resource of both clients, one method per operation.

``InternalArticlesResource`` is the sync one (on ``Intercom``), ``AsyncInternalArticlesResource`` the async one (on
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
    from ...models.attach_tag_to_internal_article_body import (
        AttachTagToInternalArticleBody,
        AttachTagToInternalArticleBodyDict,
    )
    from ...models.create_internal_article_request import CreateInternalArticleRequest, CreateInternalArticleRequestDict
    from ...models.deleted_internal_article_object import DeletedInternalArticleObject
    from ...models.intercom_version import IntercomVersion
    from ...models.internal_article_list import InternalArticleList
    from ...models.internal_article_list_item import InternalArticleListItem
    from ...models.internal_article_search_response import InternalArticleSearchResponse
    from ...models.tag import Tag
    from ...models.update_internal_article_request import UpdateInternalArticleRequest, UpdateInternalArticleRequestDict
    from ...types import AsyncPaginator, Cursor, SyncPaginator, TimeoutTypes

__all__ = ["AsyncInternalArticlesResource", "InternalArticlesResource"]


class AsyncInternalArticlesResource(AsyncResource):
    """``client.internal_articles`` of AsyncIntercom: 8 operations."""

    @property
    def with_raw_response(self) -> AsyncInternalArticlesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncInternalArticlesRawResource(self)

    async def attach_tag(
        self,
        internal_article_id: int,
        *,
        body: AttachTagToInternalArticleBody | AttachTagToInternalArticleBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        id: str = NOT_GIVEN,
        admin_id: str | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Add a tag to an internal article

        Apply an existing tag to an internal article. Returns the tag that was applied.

        The tag must already exist in the workspace (create tags with the Tags API),
        and the authenticating teammate must have the `manage_knowledge_base_content`
        permission.

        Requires the `read_write_articles_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            internal_article_id (int):
            body (AttachTagToInternalArticleBody | AttachTagToInternalArticleBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            id (str): The body's field id (instead of body=). The unique identifier of the tag to
                apply, as given by Intercom.
            admin_id (str | None): The body's field admin_id (instead of body=). Optional id of the
                teammate to attribute the tagging to. Defaults to the authenticating teammate. Does not
                affect authorization.
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
            Tag
        """

        from ...models.attach_tag_to_internal_article_body import AttachTagToInternalArticleBody
        from ...models.tag import Tag

        body = cast(
            "AttachTagToInternalArticleBody",
            request_body(
                body_fields(
                    body,
                    {"id": id, "admin_id": admin_id},
                    "AttachTagToInternalArticleBody",
                ),
                AttachTagToInternalArticleBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/internal_articles/{internal_article_id}/tags".format(
                internal_article_id=path_segment(
                    "internal_article_id", internal_article_id, "POST /internal_articles/{internal_article_id}/tags"
                ),
            ),
            "extensions": {
                OPERATION: ("internal_articles.attach_tag", "/internal_articles/{internal_article_id}/tags")
            },
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Tag = await self._request(
            _kwargs, {200: Tag.from_dict}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    async def create(
        self,
        *,
        body: CreateInternalArticleRequest | CreateInternalArticleRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        author_id: int = NOT_GIVEN,
        owner_id: int = NOT_GIVEN,
        title: str = NOT_GIVEN,
        ai_chatbot_availability: bool = NOT_GIVEN,
        ai_copilot_availability: bool = NOT_GIVEN,
        ai_sales_agent_availability: bool = NOT_GIVEN,
        audience_ids: Sequence[int] | None = NOT_GIVEN,
        body_markdown: str = NOT_GIVEN,
        folder_id: int | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InternalArticleListItem:
        """Create an internal article

        You can create a new internal article by making a POST request to
        `https://api.intercom.io/internal_articles`.

        Args:
            body (CreateInternalArticleRequest | CreateInternalArticleRequestDict): You can create an
                Internal Article
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            author_id (int): The body's field author_id (instead of body=). The id of the author of
                the article.
            owner_id (int): The body's field owner_id (instead of body=). The id of the owner of the
                article.
            title (str): The body's field title (instead of body=). The title of the article.
            ai_chatbot_availability (bool): The body's field ai_chatbot_availability (instead of
                body=). Whether the internal article should be available for AI Chatbot (Fin). Defaults to
                false.
            ai_copilot_availability (bool): The body's field ai_copilot_availability (instead of
                body=). Whether the internal article should be available for AI Copilot. Defaults to
                false.
            ai_sales_agent_availability (bool): The body's field ai_sales_agent_availability (instead
                of body=). Whether the internal article should be available for AI Sales Agent. Defaults
                to false.
            audience_ids (Sequence[int] | None): The body's field audience_ids (instead of body=). The
                list of audience IDs to target this internal article to for Fin AI Agent. Pass an empty
                array or omit the field for no audience targeting. Unknown audience IDs return a `404`
                error with no partial commit.
            body_markdown (str): The body's field body_markdown (instead of body=). The content of the
                article in markdown. An alternative to `body` — you can provide content as markdown
                instead of HTML. Mutually exclusive with `body`.
            folder_id (int | None): The body's field folder_id (instead of body=). The ID of the
                folder to place this article in, or null to leave it without a folder.
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
            InternalArticleListItem
        """

        from ...models.create_internal_article_request import CreateInternalArticleRequest
        from ...models.internal_article_list_item import InternalArticleListItem

        body = cast(
            "CreateInternalArticleRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "author_id": author_id,
                        "owner_id": owner_id,
                        "title": title,
                        "ai_chatbot_availability": ai_chatbot_availability,
                        "ai_copilot_availability": ai_copilot_availability,
                        "ai_sales_agent_availability": ai_sales_agent_availability,
                        "audience_ids": audience_ids,
                        "body_markdown": body_markdown,
                        "folder_id": folder_id,
                    },
                    "CreateInternalArticleRequest",
                ),
                CreateInternalArticleRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/internal_articles",
            "extensions": {OPERATION: ("internal_articles.create", "/internal_articles")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: InternalArticleListItem = await self._request(
            _kwargs,
            {200: InternalArticleListItem.from_dict},
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
    ) -> DeletedInternalArticleObject:
        """Delete an internal article

        You can delete a single internal article by making a DELETE request to
        `https://api.intercom.io/internal_articles/<id>`.

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
            DeletedInternalArticleObject
        """

        from ...models.deleted_internal_article_object import DeletedInternalArticleObject

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/internal_articles/{id}".format(
                id=path_segment("id", id, "DELETE /internal_articles/{id}"),
            ),
            "extensions": {OPERATION: ("internal_articles.delete", "/internal_articles/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: DeletedInternalArticleObject = await self._request(
            _kwargs,
            {200: DeletedInternalArticleObject.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def detach_tag(
        self,
        internal_article_id: int,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Remove a tag from an internal article

        Remove a tag from an internal article. Returns the tag that was removed, with
        null `applied_at` and `applied_by`.

        The authenticating teammate must have the `manage_knowledge_base_content`
        permission.

        Requires the `read_write_articles_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            internal_article_id (int):
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
            Tag
        """

        from ...models.tag import Tag

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/internal_articles/{internal_article_id}/tags/{id}".format(
                internal_article_id=path_segment(
                    "internal_article_id",
                    internal_article_id,
                    "DELETE /internal_articles/{internal_article_id}/tags/{id}",
                ),
                id=path_segment("id", id, "DELETE /internal_articles/{internal_article_id}/tags/{id}"),
            ),
            "extensions": {
                OPERATION: ("internal_articles.detach_tag", "/internal_articles/{internal_article_id}/tags/{id}")
            },
        }
        _kwargs["headers"] = headers

        parsed: Tag = await self._request(
            _kwargs, {200: Tag.from_dict}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    def list(
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
    ) -> AsyncPaginator[InternalArticleListItem, InternalArticleList]:
        """List all articles

        You can fetch a list of all internal articles by making a GET request to
        `https://api.intercom.io/internal_articles`.

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
            AsyncPaginator[InternalArticleListItem, InternalArticleList]
        """

        from ...models.internal_article_list import InternalArticleList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/internal_articles",
            "extensions": {OPERATION: ("internal_articles.list", "/internal_articles")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.internal_articles.list_internal_articles"],
            _kwargs,
            {200: InternalArticleList.from_dict},
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
    ) -> InternalArticleListItem:
        """Retrieve an internal article

        You can fetch the details of a single internal article by making a GET request to
        `https://api.intercom.io/internal_articles/<id>`.

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
            InternalArticleListItem
        """

        from ...models.internal_article_list_item import InternalArticleListItem

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/internal_articles/{id}".format(
                id=path_segment("id", id, "GET /internal_articles/{id}"),
            ),
            "extensions": {OPERATION: ("internal_articles.retrieve", "/internal_articles/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: InternalArticleListItem = await self._request(
            _kwargs,
            {200: InternalArticleListItem.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def search(
        self,
        *,
        folder_id: int | Unset = UNSET,
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
    ) -> AsyncPaginator[InternalArticleListItem, InternalArticleSearchResponse]:
        """Search for internal articles

        You can search for internal articles by making a GET request to
        `https://api.intercom.io/internal_articles/search`.

        Args:
            folder_id (int | Unset):
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
            AsyncPaginator[InternalArticleListItem, InternalArticleSearchResponse]
        """

        from ...models.internal_article_search_response import InternalArticleSearchResponse
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["folder_id"] = folder_id
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/internal_articles/search",
            "extensions": {OPERATION: ("internal_articles.search", "/internal_articles/search")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.internal_articles.search_internal_articles"],
            _kwargs,
            {200: InternalArticleSearchResponse.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        id: int,
        *,
        body: UpdateInternalArticleRequest | UpdateInternalArticleRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        ai_chatbot_availability: bool = NOT_GIVEN,
        ai_copilot_availability: bool = NOT_GIVEN,
        ai_sales_agent_availability: bool = NOT_GIVEN,
        audience_ids: Sequence[int] | None = NOT_GIVEN,
        author_id: int = NOT_GIVEN,
        body_markdown: str = NOT_GIVEN,
        folder_id: int | None = NOT_GIVEN,
        owner_id: int = NOT_GIVEN,
        title: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InternalArticleListItem:
        """Update an internal article

        You can update the details of a single internal article by making a PUT request to
        `https://api.intercom.io/internal_articles/<id>`.

        Args:
            id (int):
            body (UpdateInternalArticleRequest | UpdateInternalArticleRequestDict | Unset): You can
                Update an Internal Article
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            ai_chatbot_availability (bool): The body's field ai_chatbot_availability (instead of
                body=). Whether the internal article should be available for AI Chatbot (Fin).
            ai_copilot_availability (bool): The body's field ai_copilot_availability (instead of
                body=). Whether the internal article should be available for AI Copilot.
            ai_sales_agent_availability (bool): The body's field ai_sales_agent_availability (instead
                of body=). Whether the internal article should be available for AI Sales Agent.
            audience_ids (Sequence[int] | None): The body's field audience_ids (instead of body=). The
                list of audience IDs to target this internal article to for Fin AI Agent. Omitting the
                field leaves existing audience memberships unchanged (PATCH semantics). Pass `[]` to clear
                all audience memberships. Unknown audience IDs return a `404` error with no partial
                commit.
            author_id (int): The body's field author_id (instead of body=). The id of the author of
                the article.
            body_markdown (str): The body's field body_markdown (instead of body=). The content of the
                article in markdown. An alternative to `body` — you can provide content as markdown
                instead of HTML. Mutually exclusive with `body`.
            folder_id (int | None): The body's field folder_id (instead of body=). The ID of the
                folder to place this article in, or null to remove it from its folder.
            owner_id (int): The body's field owner_id (instead of body=). The id of the owner of the
                article.
            title (str): The body's field title (instead of body=). The title of the article.
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
            InternalArticleListItem
        """

        from ...models.internal_article_list_item import InternalArticleListItem
        from ...models.update_internal_article_request import UpdateInternalArticleRequest

        body = cast(
            "UpdateInternalArticleRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "ai_chatbot_availability": ai_chatbot_availability,
                        "ai_copilot_availability": ai_copilot_availability,
                        "ai_sales_agent_availability": ai_sales_agent_availability,
                        "audience_ids": audience_ids,
                        "author_id": author_id,
                        "body_markdown": body_markdown,
                        "folder_id": folder_id,
                        "owner_id": owner_id,
                        "title": title,
                    },
                    "UpdateInternalArticleRequest",
                ),
                UpdateInternalArticleRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/internal_articles/{id}".format(
                id=path_segment("id", id, "PUT /internal_articles/{id}"),
            ),
            "extensions": {OPERATION: ("internal_articles.update", "/internal_articles/{id}")},
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: InternalArticleListItem = await self._request(
            _kwargs,
            {200: InternalArticleListItem.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncInternalArticlesRawResource:
    """``client.internal_articles.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncInternalArticlesResource) -> None:
        raw = AsyncInternalArticlesResource(resource._client, raw=True)
        self.attach_tag = async_raw(raw.attach_tag)
        self.create = async_raw(raw.create)
        self.delete = async_raw(raw.delete)
        self.detach_tag = async_raw(raw.detach_tag)
        self.retrieve = async_raw(raw.retrieve)
        self.update = async_raw(raw.update)


class InternalArticlesResource(SyncResource):
    """``client.internal_articles`` of Intercom: 8 operations."""

    @property
    def with_raw_response(self) -> InternalArticlesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return InternalArticlesRawResource(self)

    def attach_tag(
        self,
        internal_article_id: int,
        *,
        body: AttachTagToInternalArticleBody | AttachTagToInternalArticleBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        id: str = NOT_GIVEN,
        admin_id: str | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Add a tag to an internal article

        Apply an existing tag to an internal article. Returns the tag that was applied.

        The tag must already exist in the workspace (create tags with the Tags API),
        and the authenticating teammate must have the `manage_knowledge_base_content`
        permission.

        Requires the `read_write_articles_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            internal_article_id (int):
            body (AttachTagToInternalArticleBody | AttachTagToInternalArticleBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            id (str): The body's field id (instead of body=). The unique identifier of the tag to
                apply, as given by Intercom.
            admin_id (str | None): The body's field admin_id (instead of body=). Optional id of the
                teammate to attribute the tagging to. Defaults to the authenticating teammate. Does not
                affect authorization.
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
            Tag
        """

        from ...models.attach_tag_to_internal_article_body import AttachTagToInternalArticleBody
        from ...models.tag import Tag

        body = cast(
            "AttachTagToInternalArticleBody",
            request_body(
                body_fields(
                    body,
                    {"id": id, "admin_id": admin_id},
                    "AttachTagToInternalArticleBody",
                ),
                AttachTagToInternalArticleBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/internal_articles/{internal_article_id}/tags".format(
                internal_article_id=path_segment(
                    "internal_article_id", internal_article_id, "POST /internal_articles/{internal_article_id}/tags"
                ),
            ),
            "extensions": {
                OPERATION: ("internal_articles.attach_tag", "/internal_articles/{internal_article_id}/tags")
            },
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Tag = self._request(
            _kwargs, {200: Tag.from_dict}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    def create(
        self,
        *,
        body: CreateInternalArticleRequest | CreateInternalArticleRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        author_id: int = NOT_GIVEN,
        owner_id: int = NOT_GIVEN,
        title: str = NOT_GIVEN,
        ai_chatbot_availability: bool = NOT_GIVEN,
        ai_copilot_availability: bool = NOT_GIVEN,
        ai_sales_agent_availability: bool = NOT_GIVEN,
        audience_ids: Sequence[int] | None = NOT_GIVEN,
        body_markdown: str = NOT_GIVEN,
        folder_id: int | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InternalArticleListItem:
        """Create an internal article

        You can create a new internal article by making a POST request to
        `https://api.intercom.io/internal_articles`.

        Args:
            body (CreateInternalArticleRequest | CreateInternalArticleRequestDict): You can create an
                Internal Article
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            author_id (int): The body's field author_id (instead of body=). The id of the author of
                the article.
            owner_id (int): The body's field owner_id (instead of body=). The id of the owner of the
                article.
            title (str): The body's field title (instead of body=). The title of the article.
            ai_chatbot_availability (bool): The body's field ai_chatbot_availability (instead of
                body=). Whether the internal article should be available for AI Chatbot (Fin). Defaults to
                false.
            ai_copilot_availability (bool): The body's field ai_copilot_availability (instead of
                body=). Whether the internal article should be available for AI Copilot. Defaults to
                false.
            ai_sales_agent_availability (bool): The body's field ai_sales_agent_availability (instead
                of body=). Whether the internal article should be available for AI Sales Agent. Defaults
                to false.
            audience_ids (Sequence[int] | None): The body's field audience_ids (instead of body=). The
                list of audience IDs to target this internal article to for Fin AI Agent. Pass an empty
                array or omit the field for no audience targeting. Unknown audience IDs return a `404`
                error with no partial commit.
            body_markdown (str): The body's field body_markdown (instead of body=). The content of the
                article in markdown. An alternative to `body` — you can provide content as markdown
                instead of HTML. Mutually exclusive with `body`.
            folder_id (int | None): The body's field folder_id (instead of body=). The ID of the
                folder to place this article in, or null to leave it without a folder.
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
            InternalArticleListItem
        """

        from ...models.create_internal_article_request import CreateInternalArticleRequest
        from ...models.internal_article_list_item import InternalArticleListItem

        body = cast(
            "CreateInternalArticleRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "author_id": author_id,
                        "owner_id": owner_id,
                        "title": title,
                        "ai_chatbot_availability": ai_chatbot_availability,
                        "ai_copilot_availability": ai_copilot_availability,
                        "ai_sales_agent_availability": ai_sales_agent_availability,
                        "audience_ids": audience_ids,
                        "body_markdown": body_markdown,
                        "folder_id": folder_id,
                    },
                    "CreateInternalArticleRequest",
                ),
                CreateInternalArticleRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/internal_articles",
            "extensions": {OPERATION: ("internal_articles.create", "/internal_articles")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: InternalArticleListItem = self._request(
            _kwargs,
            {200: InternalArticleListItem.from_dict},
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
    ) -> DeletedInternalArticleObject:
        """Delete an internal article

        You can delete a single internal article by making a DELETE request to
        `https://api.intercom.io/internal_articles/<id>`.

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
            DeletedInternalArticleObject
        """

        from ...models.deleted_internal_article_object import DeletedInternalArticleObject

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/internal_articles/{id}".format(
                id=path_segment("id", id, "DELETE /internal_articles/{id}"),
            ),
            "extensions": {OPERATION: ("internal_articles.delete", "/internal_articles/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: DeletedInternalArticleObject = self._request(
            _kwargs,
            {200: DeletedInternalArticleObject.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def detach_tag(
        self,
        internal_article_id: int,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Remove a tag from an internal article

        Remove a tag from an internal article. Returns the tag that was removed, with
        null `applied_at` and `applied_by`.

        The authenticating teammate must have the `manage_knowledge_base_content`
        permission.

        Requires the `read_write_articles_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            internal_article_id (int):
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
            Tag
        """

        from ...models.tag import Tag

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/internal_articles/{internal_article_id}/tags/{id}".format(
                internal_article_id=path_segment(
                    "internal_article_id",
                    internal_article_id,
                    "DELETE /internal_articles/{internal_article_id}/tags/{id}",
                ),
                id=path_segment("id", id, "DELETE /internal_articles/{internal_article_id}/tags/{id}"),
            ),
            "extensions": {
                OPERATION: ("internal_articles.detach_tag", "/internal_articles/{internal_article_id}/tags/{id}")
            },
        }
        _kwargs["headers"] = headers

        parsed: Tag = self._request(
            _kwargs, {200: Tag.from_dict}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    def list(
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
    ) -> SyncPaginator[InternalArticleListItem, InternalArticleList]:
        """List all articles

        You can fetch a list of all internal articles by making a GET request to
        `https://api.intercom.io/internal_articles`.

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
            SyncPaginator[InternalArticleListItem, InternalArticleList]
        """

        from ...models.internal_article_list import InternalArticleList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/internal_articles",
            "extensions": {OPERATION: ("internal_articles.list", "/internal_articles")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.internal_articles.list_internal_articles"],
            _kwargs,
            {200: InternalArticleList.from_dict},
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
    ) -> InternalArticleListItem:
        """Retrieve an internal article

        You can fetch the details of a single internal article by making a GET request to
        `https://api.intercom.io/internal_articles/<id>`.

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
            InternalArticleListItem
        """

        from ...models.internal_article_list_item import InternalArticleListItem

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/internal_articles/{id}".format(
                id=path_segment("id", id, "GET /internal_articles/{id}"),
            ),
            "extensions": {OPERATION: ("internal_articles.retrieve", "/internal_articles/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: InternalArticleListItem = self._request(
            _kwargs,
            {200: InternalArticleListItem.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def search(
        self,
        *,
        folder_id: int | Unset = UNSET,
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
    ) -> SyncPaginator[InternalArticleListItem, InternalArticleSearchResponse]:
        """Search for internal articles

        You can search for internal articles by making a GET request to
        `https://api.intercom.io/internal_articles/search`.

        Args:
            folder_id (int | Unset):
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
            SyncPaginator[InternalArticleListItem, InternalArticleSearchResponse]
        """

        from ...models.internal_article_search_response import InternalArticleSearchResponse
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["folder_id"] = folder_id
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/internal_articles/search",
            "extensions": {OPERATION: ("internal_articles.search", "/internal_articles/search")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.internal_articles.search_internal_articles"],
            _kwargs,
            {200: InternalArticleSearchResponse.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        id: int,
        *,
        body: UpdateInternalArticleRequest | UpdateInternalArticleRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        ai_chatbot_availability: bool = NOT_GIVEN,
        ai_copilot_availability: bool = NOT_GIVEN,
        ai_sales_agent_availability: bool = NOT_GIVEN,
        audience_ids: Sequence[int] | None = NOT_GIVEN,
        author_id: int = NOT_GIVEN,
        body_markdown: str = NOT_GIVEN,
        folder_id: int | None = NOT_GIVEN,
        owner_id: int = NOT_GIVEN,
        title: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InternalArticleListItem:
        """Update an internal article

        You can update the details of a single internal article by making a PUT request to
        `https://api.intercom.io/internal_articles/<id>`.

        Args:
            id (int):
            body (UpdateInternalArticleRequest | UpdateInternalArticleRequestDict | Unset): You can
                Update an Internal Article
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            ai_chatbot_availability (bool): The body's field ai_chatbot_availability (instead of
                body=). Whether the internal article should be available for AI Chatbot (Fin).
            ai_copilot_availability (bool): The body's field ai_copilot_availability (instead of
                body=). Whether the internal article should be available for AI Copilot.
            ai_sales_agent_availability (bool): The body's field ai_sales_agent_availability (instead
                of body=). Whether the internal article should be available for AI Sales Agent.
            audience_ids (Sequence[int] | None): The body's field audience_ids (instead of body=). The
                list of audience IDs to target this internal article to for Fin AI Agent. Omitting the
                field leaves existing audience memberships unchanged (PATCH semantics). Pass `[]` to clear
                all audience memberships. Unknown audience IDs return a `404` error with no partial
                commit.
            author_id (int): The body's field author_id (instead of body=). The id of the author of
                the article.
            body_markdown (str): The body's field body_markdown (instead of body=). The content of the
                article in markdown. An alternative to `body` — you can provide content as markdown
                instead of HTML. Mutually exclusive with `body`.
            folder_id (int | None): The body's field folder_id (instead of body=). The ID of the
                folder to place this article in, or null to remove it from its folder.
            owner_id (int): The body's field owner_id (instead of body=). The id of the owner of the
                article.
            title (str): The body's field title (instead of body=). The title of the article.
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
            InternalArticleListItem
        """

        from ...models.internal_article_list_item import InternalArticleListItem
        from ...models.update_internal_article_request import UpdateInternalArticleRequest

        body = cast(
            "UpdateInternalArticleRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "ai_chatbot_availability": ai_chatbot_availability,
                        "ai_copilot_availability": ai_copilot_availability,
                        "ai_sales_agent_availability": ai_sales_agent_availability,
                        "audience_ids": audience_ids,
                        "author_id": author_id,
                        "body_markdown": body_markdown,
                        "folder_id": folder_id,
                        "owner_id": owner_id,
                        "title": title,
                    },
                    "UpdateInternalArticleRequest",
                ),
                UpdateInternalArticleRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/internal_articles/{id}".format(
                id=path_segment("id", id, "PUT /internal_articles/{id}"),
            ),
            "extensions": {OPERATION: ("internal_articles.update", "/internal_articles/{id}")},
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: InternalArticleListItem = self._request(
            _kwargs,
            {200: InternalArticleListItem.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class InternalArticlesRawResource:
    """``client.internal_articles.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: InternalArticlesResource) -> None:
        raw = InternalArticlesResource(resource._client, raw=True)
        self.attach_tag = sync_raw(raw.attach_tag)
        self.create = sync_raw(raw.create)
        self.delete = sync_raw(raw.delete)
        self.detach_tag = sync_raw(raw.detach_tag)
        self.retrieve = sync_raw(raw.retrieve)
        self.update = sync_raw(raw.update)
