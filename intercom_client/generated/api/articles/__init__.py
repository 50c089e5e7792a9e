# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.articles``: the articles resource of both clients, one method per operation.

``ArticlesResource`` is the sync one (on ``Intercom``), ``AsyncArticlesResource`` the async one (on
``AsyncIntercom``). Each method is its operation: it builds the request (method, path, query, headers,
body), names how each documented response decodes, and hands both to the runtime (``_resource.py``),
which sends, retries and decodes. The models a method needs are imported on its first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...types import (
    NOT_GIVEN,
    UNSET,
    AsyncResource,
    SyncResource,
    Unset,
    async_raw,
    path_segment,
    request_body,
    request_options,
    sync_raw,
)

if TYPE_CHECKING:
    from ...models.article import Article
    from ...models.article_list_item import ArticleListItem
    from ...models.article_version import ArticleVersion
    from ...models.article_version_summary import ArticleVersionSummary
    from ...models.attach_tag_to_article_body import AttachTagToArticleBody, AttachTagToArticleBodyDict
    from ...models.create_article_request import CreateArticleRequest, CreateArticleRequestDict
    from ...models.deleted_article_object import DeletedArticleObject
    from ...models.intercom_version import IntercomVersion
    from ...models.publish_article_draft_request import PublishArticleDraftRequest, PublishArticleDraftRequestDict
    from ...models.tag import Tag
    from ...models.update_article_request import UpdateArticleRequest, UpdateArticleRequestDict
    from ...types import AsyncPaginator, Cursor, SyncPaginator, TimeoutTypes

__all__ = ["ArticlesResource", "AsyncArticlesResource"]


class AsyncArticlesResource(AsyncResource):
    """``client.articles`` of AsyncIntercom: 13 operations."""

    @property
    def with_raw_response(self) -> AsyncArticlesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncArticlesRawResource(self)

    async def attach_tag(
        self,
        article_id: int,
        *,
        body: AttachTagToArticleBody | AttachTagToArticleBodyDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Add a tag to an article

        Apply an existing tag to an article. Returns the tag that was applied.

        The tag must already exist in the workspace (create tags with the Tags API),
        and the authenticating teammate must have the `manage_knowledge_base_content`
        permission.

        Requires the `read_write_articles_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            article_id (int):
            body (AttachTagToArticleBody | AttachTagToArticleBodyDict | Unset):
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

        from ...models.attach_tag_to_article_body import AttachTagToArticleBody
        from ...models.tag import Tag

        body = cast("AttachTagToArticleBody | Unset", request_body(body, AttachTagToArticleBody))
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/articles/{article_id}/tags".format(
                article_id=path_segment("article_id", article_id, "POST /articles/{article_id}/tags"),
            ),
        }

        if not isinstance(body, Unset):
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
        body: CreateArticleRequest | CreateArticleRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Article:
        """Create an article

        You can create a new article by making a POST request to `https://api.intercom.io/articles`.

        > 📘 Tags cannot be managed via the Articles API
        >
        > Article tags are read-only in responses. To create, update, or delete tags, use the Intercom UI or
        the Tags API endpoints.

        Args:
            body (CreateArticleRequest | CreateArticleRequestDict | Unset): You can create an Article
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
            Article
        """

        from ...models.article import Article
        from ...models.create_article_request import CreateArticleRequest

        body = cast("CreateArticleRequest | Unset", request_body(body, CreateArticleRequest))
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/articles",
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Article = await self._request(
            _kwargs,
            {200: Article.from_dict},
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
    ) -> DeletedArticleObject:
        """Delete an article

        You can delete a single article by making a DELETE request to
        `https://api.intercom.io/articles/<id>`.

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
            DeletedArticleObject
        """

        from ...models.deleted_article_object import DeletedArticleObject

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/articles/{id}".format(
                id=path_segment("id", id, "DELETE /articles/{id}"),
            ),
        }
        _kwargs["headers"] = headers

        parsed: DeletedArticleObject = await self._request(
            _kwargs,
            {200: DeletedArticleObject.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def detach_tag(
        self,
        article_id: int,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Remove a tag from an article

        Remove a tag from an article. Returns the tag that was removed, with null
        `applied_at` and `applied_by`.

        The authenticating teammate must have the `manage_knowledge_base_content`
        permission.

        Requires the `read_write_articles_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            article_id (int):
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
            "url": "/articles/{article_id}/tags/{id}".format(
                article_id=path_segment("article_id", article_id, "DELETE /articles/{article_id}/tags/{id}"),
                id=path_segment("id", id, "DELETE /articles/{article_id}/tags/{id}"),
            ),
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
    ) -> AsyncPaginator[ArticleListItem]:
        """List all articles

        You can fetch a list of all articles by making a GET request to `https://api.intercom.io/articles`.

        > 📘 How are the articles sorted and ordered?
        >
        > Articles will be returned in descending order on the `updated_at` attribute. This means if you
        need to iterate through results then we'll show the most recently updated articles first.

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
            AsyncPaginator[ArticleListItem]
        """

        from ...models.article_list import ArticleList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/articles",
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.articles.list_articles"],
            _kwargs,
            {200: ArticleList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_versions(
        self,
        article_id: int,
        *,
        locale: str | Unset = UNSET,
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
    ) -> AsyncPaginator[ArticleVersionSummary]:
        """List article versions

        Fetch the version history of an article by making a GET request to
        `https://api.intercom.io/articles/<article_id>/versions`. Versions are
        returned newest-first as a paginated list of metadata. Use
        `GET /articles/{article_id}/versions/{id}` to retrieve a single version
        with its full content.

        Requires the `read_articles_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            article_id (int):
            locale (str | Unset):
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
            AsyncPaginator[ArticleVersionSummary]
        """

        from ...models.article_version_list import ArticleVersionList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["locale"] = locale
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/articles/{article_id}/versions".format(
                article_id=path_segment("article_id", article_id, "GET /articles/{article_id}/versions"),
            ),
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.articles.list_article_versions"],
            _kwargs,
            {200: ArticleVersionList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def publish_draft(
        self,
        id: int,
        *,
        body: PublishArticleDraftRequest | PublishArticleDraftRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Article:
        """Publish an article draft

        Publish a staged draft by making a POST request to
        `https://api.intercom.io/articles/<id>/draft/publish`, promoting the draft
        content to live.

        On a single-language workspace no body is required. On a multilingual
        workspace you must list which locales to publish via the `locales` array;
        omitting it returns `422`. Returns `422` when there is no staged draft to
        publish, or when a requested locale has no pending changes.

        Requires the `read_write_articles_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            id (int):
            body (PublishArticleDraftRequest | PublishArticleDraftRequestDict | Unset): Optional body
                for publishing a staged article draft. On a single-language
                workspace the body can be omitted. On a multilingual workspace, `locales`
                is required and lists which locales' drafts to publish.
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
            Article
        """

        from ...models.article import Article
        from ...models.publish_article_draft_request import PublishArticleDraftRequest

        body = cast("PublishArticleDraftRequest | Unset", request_body(body, PublishArticleDraftRequest))
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/articles/{id}/draft/publish".format(
                id=path_segment("id", id, "POST /articles/{id}/draft/publish"),
            ),
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Article = await self._request(
            _kwargs,
            {200: Article.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

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
    ) -> Article:
        """Retrieve an article

        You can fetch the details of a single article by making a GET request to
        `https://api.intercom.io/articles/<id>`.

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
            Article
        """

        from ...models.article import Article

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/articles/{id}".format(
                id=path_segment("id", id, "GET /articles/{id}"),
            ),
        }
        _kwargs["headers"] = headers

        parsed: Article = await self._request(
            _kwargs,
            {200: Article.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def retrieve_draft(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Article:
        """Retrieve an article draft

        Fetch the staged draft of a published article by making a GET request to
        `https://api.intercom.io/articles/<id>/draft`. The response is the article
        rendered with its draft content, leaving the live article untouched.

        A draft exists only when a published article has unpublished changes staged
        on top of it. Returns `404` when the article has no staged draft.

        Requires the `read_articles_scope` OAuth scope. Set `Intercom-Version: Preview`.

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
            Article
        """

        from ...models.article import Article

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/articles/{id}/draft".format(
                id=path_segment("id", id, "GET /articles/{id}/draft"),
            ),
        }
        _kwargs["headers"] = headers

        parsed: Article = await self._request(
            _kwargs,
            {200: Article.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def retrieve_version(
        self,
        article_id: int,
        id: str,
        *,
        locale: str | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ArticleVersion:
        """Retrieve an article version

        Fetch a single prior version of an article, including its body content,
        by making a GET request to
        `https://api.intercom.io/articles/<article_id>/versions/<id>`. Returns
        the version's full content; the live article remains untouched.

        Requires the `read_articles_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            article_id (int):
            id (str):
            locale (str | Unset):
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
            ArticleVersion
        """

        from ...models.article_version import ArticleVersion

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["locale"] = locale
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/articles/{article_id}/versions/{id}".format(
                article_id=path_segment("article_id", article_id, "GET /articles/{article_id}/versions/{id}"),
                id=path_segment("id", id, "GET /articles/{article_id}/versions/{id}"),
            ),
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: ArticleVersion = await self._request(
            _kwargs,
            {200: ArticleVersion.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def search(
        self,
        *,
        phrase: str | Unset = UNSET,
        state: str | Unset = UNSET,
        help_center_id: int | Unset = UNSET,
        highlight: bool | Unset = UNSET,
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
    ) -> AsyncPaginator[Article]:
        """Search for articles

        You can search for articles by making a GET request to `https://api.intercom.io/articles/search`.

        Args:
            phrase (str | Unset):
            state (str | Unset):
            help_center_id (int | Unset):
            highlight (bool | Unset):
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
            AsyncPaginator[Article]
        """

        from ...models.article_search_response import ArticleSearchResponse
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["phrase"] = phrase
        params["state"] = state
        params["help_center_id"] = help_center_id
        params["highlight"] = highlight
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/articles/search",
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.articles.search_articles"],
            _kwargs,
            {200: ArticleSearchResponse.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def stage_draft(
        self,
        id: int,
        *,
        body: UpdateArticleRequest | UpdateArticleRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Article:
        """Stage an article draft

        Stage changes to a published article as a draft by making a PUT request to
        `https://api.intercom.io/articles/<id>/draft`. The live article remains
        unchanged until the draft is published.

        The article must already be published; staging a draft on an article that
        has never been published returns `422`.

        Only versioned text content (such as `title` and `body`) is staged.
        Non-versioned fields like AI availability are ignored, leaving the live
        values untouched.

        Requires the `read_write_articles_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            id (int):
            body (UpdateArticleRequest | UpdateArticleRequestDict | Unset): You can Update an Article
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
            Article
        """

        from ...models.article import Article
        from ...models.update_article_request import UpdateArticleRequest

        body = cast("UpdateArticleRequest | Unset", request_body(body, UpdateArticleRequest))
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/articles/{id}/draft".format(
                id=path_segment("id", id, "PUT /articles/{id}/draft"),
            ),
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Article = await self._request(
            _kwargs,
            {200: Article.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def update(
        self,
        id: int,
        *,
        body: UpdateArticleRequest | UpdateArticleRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Article:
        """Update an article

        You can update the details of a single article by making a PUT request to
        `https://api.intercom.io/articles/<id>`.

        > 📘 Tags cannot be managed via the Articles API
        >
        > Article tags are read-only in responses. To create, update, or delete tags, use the Intercom UI or
        the Tags API endpoints.

        Args:
            id (int):
            body (UpdateArticleRequest | UpdateArticleRequestDict | Unset): You can Update an Article
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
            Article
        """

        from ...models.article import Article
        from ...models.update_article_request import UpdateArticleRequest

        body = cast("UpdateArticleRequest | Unset", request_body(body, UpdateArticleRequest))
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/articles/{id}".format(
                id=path_segment("id", id, "PUT /articles/{id}"),
            ),
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Article = await self._request(
            _kwargs,
            {200: Article.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncArticlesRawResource:
    """``client.articles.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncArticlesResource) -> None:
        raw = AsyncArticlesResource(resource._client, raw=True)
        self.attach_tag = async_raw(raw.attach_tag)
        self.create = async_raw(raw.create)
        self.delete = async_raw(raw.delete)
        self.detach_tag = async_raw(raw.detach_tag)
        self.publish_draft = async_raw(raw.publish_draft)
        self.retrieve = async_raw(raw.retrieve)
        self.retrieve_draft = async_raw(raw.retrieve_draft)
        self.retrieve_version = async_raw(raw.retrieve_version)
        self.stage_draft = async_raw(raw.stage_draft)
        self.update = async_raw(raw.update)


class ArticlesResource(SyncResource):
    """``client.articles`` of Intercom: 13 operations."""

    @property
    def with_raw_response(self) -> ArticlesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return ArticlesRawResource(self)

    def attach_tag(
        self,
        article_id: int,
        *,
        body: AttachTagToArticleBody | AttachTagToArticleBodyDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Add a tag to an article

        Apply an existing tag to an article. Returns the tag that was applied.

        The tag must already exist in the workspace (create tags with the Tags API),
        and the authenticating teammate must have the `manage_knowledge_base_content`
        permission.

        Requires the `read_write_articles_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            article_id (int):
            body (AttachTagToArticleBody | AttachTagToArticleBodyDict | Unset):
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

        from ...models.attach_tag_to_article_body import AttachTagToArticleBody
        from ...models.tag import Tag

        body = cast("AttachTagToArticleBody | Unset", request_body(body, AttachTagToArticleBody))
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/articles/{article_id}/tags".format(
                article_id=path_segment("article_id", article_id, "POST /articles/{article_id}/tags"),
            ),
        }

        if not isinstance(body, Unset):
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
        body: CreateArticleRequest | CreateArticleRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Article:
        """Create an article

        You can create a new article by making a POST request to `https://api.intercom.io/articles`.

        > 📘 Tags cannot be managed via the Articles API
        >
        > Article tags are read-only in responses. To create, update, or delete tags, use the Intercom UI or
        the Tags API endpoints.

        Args:
            body (CreateArticleRequest | CreateArticleRequestDict | Unset): You can create an Article
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
            Article
        """

        from ...models.article import Article
        from ...models.create_article_request import CreateArticleRequest

        body = cast("CreateArticleRequest | Unset", request_body(body, CreateArticleRequest))
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/articles",
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Article = self._request(
            _kwargs,
            {200: Article.from_dict},
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
    ) -> DeletedArticleObject:
        """Delete an article

        You can delete a single article by making a DELETE request to
        `https://api.intercom.io/articles/<id>`.

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
            DeletedArticleObject
        """

        from ...models.deleted_article_object import DeletedArticleObject

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/articles/{id}".format(
                id=path_segment("id", id, "DELETE /articles/{id}"),
            ),
        }
        _kwargs["headers"] = headers

        parsed: DeletedArticleObject = self._request(
            _kwargs,
            {200: DeletedArticleObject.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def detach_tag(
        self,
        article_id: int,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Remove a tag from an article

        Remove a tag from an article. Returns the tag that was removed, with null
        `applied_at` and `applied_by`.

        The authenticating teammate must have the `manage_knowledge_base_content`
        permission.

        Requires the `read_write_articles_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            article_id (int):
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
            "url": "/articles/{article_id}/tags/{id}".format(
                article_id=path_segment("article_id", article_id, "DELETE /articles/{article_id}/tags/{id}"),
                id=path_segment("id", id, "DELETE /articles/{article_id}/tags/{id}"),
            ),
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
    ) -> SyncPaginator[ArticleListItem]:
        """List all articles

        You can fetch a list of all articles by making a GET request to `https://api.intercom.io/articles`.

        > 📘 How are the articles sorted and ordered?
        >
        > Articles will be returned in descending order on the `updated_at` attribute. This means if you
        need to iterate through results then we'll show the most recently updated articles first.

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
            SyncPaginator[ArticleListItem]
        """

        from ...models.article_list import ArticleList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/articles",
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.articles.list_articles"],
            _kwargs,
            {200: ArticleList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_versions(
        self,
        article_id: int,
        *,
        locale: str | Unset = UNSET,
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
    ) -> SyncPaginator[ArticleVersionSummary]:
        """List article versions

        Fetch the version history of an article by making a GET request to
        `https://api.intercom.io/articles/<article_id>/versions`. Versions are
        returned newest-first as a paginated list of metadata. Use
        `GET /articles/{article_id}/versions/{id}` to retrieve a single version
        with its full content.

        Requires the `read_articles_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            article_id (int):
            locale (str | Unset):
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
            SyncPaginator[ArticleVersionSummary]
        """

        from ...models.article_version_list import ArticleVersionList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["locale"] = locale
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/articles/{article_id}/versions".format(
                article_id=path_segment("article_id", article_id, "GET /articles/{article_id}/versions"),
            ),
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.articles.list_article_versions"],
            _kwargs,
            {200: ArticleVersionList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def publish_draft(
        self,
        id: int,
        *,
        body: PublishArticleDraftRequest | PublishArticleDraftRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Article:
        """Publish an article draft

        Publish a staged draft by making a POST request to
        `https://api.intercom.io/articles/<id>/draft/publish`, promoting the draft
        content to live.

        On a single-language workspace no body is required. On a multilingual
        workspace you must list which locales to publish via the `locales` array;
        omitting it returns `422`. Returns `422` when there is no staged draft to
        publish, or when a requested locale has no pending changes.

        Requires the `read_write_articles_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            id (int):
            body (PublishArticleDraftRequest | PublishArticleDraftRequestDict | Unset): Optional body
                for publishing a staged article draft. On a single-language
                workspace the body can be omitted. On a multilingual workspace, `locales`
                is required and lists which locales' drafts to publish.
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
            Article
        """

        from ...models.article import Article
        from ...models.publish_article_draft_request import PublishArticleDraftRequest

        body = cast("PublishArticleDraftRequest | Unset", request_body(body, PublishArticleDraftRequest))
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/articles/{id}/draft/publish".format(
                id=path_segment("id", id, "POST /articles/{id}/draft/publish"),
            ),
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Article = self._request(
            _kwargs,
            {200: Article.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

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
    ) -> Article:
        """Retrieve an article

        You can fetch the details of a single article by making a GET request to
        `https://api.intercom.io/articles/<id>`.

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
            Article
        """

        from ...models.article import Article

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/articles/{id}".format(
                id=path_segment("id", id, "GET /articles/{id}"),
            ),
        }
        _kwargs["headers"] = headers

        parsed: Article = self._request(
            _kwargs,
            {200: Article.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def retrieve_draft(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Article:
        """Retrieve an article draft

        Fetch the staged draft of a published article by making a GET request to
        `https://api.intercom.io/articles/<id>/draft`. The response is the article
        rendered with its draft content, leaving the live article untouched.

        A draft exists only when a published article has unpublished changes staged
        on top of it. Returns `404` when the article has no staged draft.

        Requires the `read_articles_scope` OAuth scope. Set `Intercom-Version: Preview`.

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
            Article
        """

        from ...models.article import Article

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/articles/{id}/draft".format(
                id=path_segment("id", id, "GET /articles/{id}/draft"),
            ),
        }
        _kwargs["headers"] = headers

        parsed: Article = self._request(
            _kwargs,
            {200: Article.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def retrieve_version(
        self,
        article_id: int,
        id: str,
        *,
        locale: str | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ArticleVersion:
        """Retrieve an article version

        Fetch a single prior version of an article, including its body content,
        by making a GET request to
        `https://api.intercom.io/articles/<article_id>/versions/<id>`. Returns
        the version's full content; the live article remains untouched.

        Requires the `read_articles_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            article_id (int):
            id (str):
            locale (str | Unset):
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
            ArticleVersion
        """

        from ...models.article_version import ArticleVersion

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["locale"] = locale
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/articles/{article_id}/versions/{id}".format(
                article_id=path_segment("article_id", article_id, "GET /articles/{article_id}/versions/{id}"),
                id=path_segment("id", id, "GET /articles/{article_id}/versions/{id}"),
            ),
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: ArticleVersion = self._request(
            _kwargs,
            {200: ArticleVersion.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def search(
        self,
        *,
        phrase: str | Unset = UNSET,
        state: str | Unset = UNSET,
        help_center_id: int | Unset = UNSET,
        highlight: bool | Unset = UNSET,
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
    ) -> SyncPaginator[Article]:
        """Search for articles

        You can search for articles by making a GET request to `https://api.intercom.io/articles/search`.

        Args:
            phrase (str | Unset):
            state (str | Unset):
            help_center_id (int | Unset):
            highlight (bool | Unset):
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
            SyncPaginator[Article]
        """

        from ...models.article_search_response import ArticleSearchResponse
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["phrase"] = phrase
        params["state"] = state
        params["help_center_id"] = help_center_id
        params["highlight"] = highlight
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/articles/search",
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.articles.search_articles"],
            _kwargs,
            {200: ArticleSearchResponse.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def stage_draft(
        self,
        id: int,
        *,
        body: UpdateArticleRequest | UpdateArticleRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Article:
        """Stage an article draft

        Stage changes to a published article as a draft by making a PUT request to
        `https://api.intercom.io/articles/<id>/draft`. The live article remains
        unchanged until the draft is published.

        The article must already be published; staging a draft on an article that
        has never been published returns `422`.

        Only versioned text content (such as `title` and `body`) is staged.
        Non-versioned fields like AI availability are ignored, leaving the live
        values untouched.

        Requires the `read_write_articles_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            id (int):
            body (UpdateArticleRequest | UpdateArticleRequestDict | Unset): You can Update an Article
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
            Article
        """

        from ...models.article import Article
        from ...models.update_article_request import UpdateArticleRequest

        body = cast("UpdateArticleRequest | Unset", request_body(body, UpdateArticleRequest))
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/articles/{id}/draft".format(
                id=path_segment("id", id, "PUT /articles/{id}/draft"),
            ),
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Article = self._request(
            _kwargs,
            {200: Article.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def update(
        self,
        id: int,
        *,
        body: UpdateArticleRequest | UpdateArticleRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Article:
        """Update an article

        You can update the details of a single article by making a PUT request to
        `https://api.intercom.io/articles/<id>`.

        > 📘 Tags cannot be managed via the Articles API
        >
        > Article tags are read-only in responses. To create, update, or delete tags, use the Intercom UI or
        the Tags API endpoints.

        Args:
            id (int):
            body (UpdateArticleRequest | UpdateArticleRequestDict | Unset): You can Update an Article
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
            Article
        """

        from ...models.article import Article
        from ...models.update_article_request import UpdateArticleRequest

        body = cast("UpdateArticleRequest | Unset", request_body(body, UpdateArticleRequest))
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/articles/{id}".format(
                id=path_segment("id", id, "PUT /articles/{id}"),
            ),
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Article = self._request(
            _kwargs,
            {200: Article.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class ArticlesRawResource:
    """``client.articles.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ArticlesResource) -> None:
        raw = ArticlesResource(resource._client, raw=True)
        self.attach_tag = sync_raw(raw.attach_tag)
        self.create = sync_raw(raw.create)
        self.delete = sync_raw(raw.delete)
        self.detach_tag = sync_raw(raw.detach_tag)
        self.publish_draft = sync_raw(raw.publish_draft)
        self.retrieve = sync_raw(raw.retrieve)
        self.retrieve_draft = sync_raw(raw.retrieve_draft)
        self.retrieve_version = sync_raw(raw.retrieve_version)
        self.stage_draft = sync_raw(raw.stage_draft)
        self.update = sync_raw(raw.update)
