# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.articles``: the articles resource of both clients, one method per operation.

``ArticlesResource`` is the sync one (on ``Intercom``), ``AsyncArticlesResource`` the async one (on
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
    from ...models.article import Article
    from ...models.article_list import ArticleList
    from ...models.article_list_item import ArticleListItem
    from ...models.article_search_response import ArticleSearchResponse
    from ...models.article_translated_content import ArticleTranslatedContentDict
    from ...models.article_version import ArticleVersion
    from ...models.article_version_list import ArticleVersionList
    from ...models.article_version_summary import ArticleVersionSummary
    from ...models.attach_tag_to_article_body import AttachTagToArticleBody, AttachTagToArticleBodyDict
    from ...models.create_article_request import CreateArticleRequest, CreateArticleRequestDict
    from ...models.create_article_request_state import CreateArticleRequestState
    from ...models.deleted_article_object import DeletedArticleObject
    from ...models.intercom_version import IntercomVersion
    from ...models.publish_article_draft_request import PublishArticleDraftRequest, PublishArticleDraftRequestDict
    from ...models.tag import Tag
    from ...models.update_article_request import UpdateArticleRequest, UpdateArticleRequestDict
    from ...models.update_article_request_state import UpdateArticleRequestState
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
        body: AttachTagToArticleBody | AttachTagToArticleBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        id: str = NOT_GIVEN,
        admin_id: str | None = NOT_GIVEN,
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
            body (AttachTagToArticleBody | AttachTagToArticleBodyDict):
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

        from ...models.attach_tag_to_article_body import AttachTagToArticleBody
        from ...models.tag import Tag

        body = cast(
            "AttachTagToArticleBody",
            request_body(
                body_fields(
                    body,
                    {"id": id, "admin_id": admin_id},
                    "AttachTagToArticleBody",
                ),
                AttachTagToArticleBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/articles/{article_id}/tags".format(
                article_id=path_segment("article_id", article_id, "POST /articles/{article_id}/tags"),
            ),
            "extensions": {OPERATION: ("articles.attach_tag", "/articles/{article_id}/tags")},
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
        body: CreateArticleRequest | CreateArticleRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        author_id: int = NOT_GIVEN,
        title: str = NOT_GIVEN,
        ai_chatbot_availability: bool = NOT_GIVEN,
        ai_copilot_availability: bool = NOT_GIVEN,
        ai_sales_agent_availability: bool = NOT_GIVEN,
        audience_ids: Sequence[int] | None = NOT_GIVEN,
        body_markdown: str = NOT_GIVEN,
        description: str = NOT_GIVEN,
        folder_id: int | None = NOT_GIVEN,
        parent_id: int = NOT_GIVEN,
        parent_ids: Sequence[int] = NOT_GIVEN,
        parent_type: str = NOT_GIVEN,
        scheduled_publish_at: str | None = NOT_GIVEN,
        scheduled_unpublish_at: str | None = NOT_GIVEN,
        state: CreateArticleRequestState = NOT_GIVEN,
        translated_content: ArticleTranslatedContentDict | None = NOT_GIVEN,
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
            body (CreateArticleRequest | CreateArticleRequestDict): You can create an Article
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            author_id (int): The body's field author_id (instead of body=). The id of the author of
                the article. For multilingual articles, this will be the id of the author of the default
                language's content. Must be a teammate on the help center's workspace.
            title (str): The body's field title (instead of body=). The title of the article.For
                multilingual articles, this will be the title of the default language's content.
            ai_chatbot_availability (bool): The body's field ai_chatbot_availability (instead of
                body=). Whether the article should be available for AI Chatbot (Fin). For multilingual
                articles, this sets the default language's availability.
            ai_copilot_availability (bool): The body's field ai_copilot_availability (instead of
                body=). Whether the article should be available for AI Copilot. For multilingual articles,
                this sets the default language's availability.
            ai_sales_agent_availability (bool): The body's field ai_sales_agent_availability (instead
                of body=). Whether the article should be available for AI Sales Agent. For multilingual
                articles, this sets the default language's availability.
            audience_ids (Sequence[int] | None): The body's field audience_ids (instead of body=). The
                list of audience IDs to assign to this article for Fin AI Agent targeting. Sending a top-
                level `audience_ids` broadcasts the same set to every locale. For per-locale targeting,
                use `translated_content.<locale>.audience_ids` instead. Sending both top-level and per-
                locale in the same request causes top-level to win. Unknown audience IDs return a 404
                error. No partial commit occurs.
            body_markdown (str): The body's field body_markdown (instead of body=). The content of the
                article in markdown. For multilingual articles, this will be the body of the default
                language's content. An alternative to `body` — you can provide content as markdown instead
                of HTML. Mutually exclusive with `body`.
            description (str): The body's field description (instead of body=). The description of the
                article. For multilingual articles, this will be the description of the default language's
                content.
            folder_id (int | None): The body's field folder_id (instead of body=). The ID of the
                folder to place this article in, or null to leave it without a folder.
            parent_id (int): The body's field parent_id (instead of body=). The id of the article's
                parent collection or section. An article without this field stands alone.
            parent_ids (Sequence[int]): The body's field parent_ids (instead of body=). The ids of the
                parent collections to place this article in. Send an empty array to leave the article
                without a collection. When provided, this takes precedence over `parent_id` and
                `parent_type`.
            parent_type (str): The body's field parent_type (instead of body=). The type of parent,
                which can either be a `collection` or `section`.
            scheduled_publish_at (str | None): The body's field scheduled_publish_at (instead of
                body=). ISO 8601 timestamp at which to schedule a future publish of the article. When set
                together with `state: "published"`, the article is scheduled instead of published
                immediately. Setting `null` cancels a pending publish schedule. Timestamps in the past or
                equal to the current time are rejected with 400 `parameter_invalid` — the value must be
                strictly in the future. Combining with `state: "draft"` returns 400 `parameter_invalid`.
                Sending in the same request as `scheduled_unpublish_at` returns 400 — only one pending
                schedule per article. Empty string returns 400 `parameter_invalid`.
            scheduled_unpublish_at (str | None): The body's field scheduled_unpublish_at (instead of
                body=). ISO 8601 timestamp at which to schedule a future unpublish of the article. Setting
                `null` cancels a pending unpublish schedule. Timestamps in the past or equal to the
                current time are rejected with 400 `parameter_invalid` — the value must be strictly in the
                future. Rejected with 400 `parameter_invalid` if the article has never been published.
                Sending in the same request as `scheduled_publish_at` returns 400 — only one pending
                schedule per article. Empty string returns 400 `parameter_invalid`.
            state (CreateArticleRequestState): The body's field state (instead of body=). Whether the
                article will be `published` or will be a `draft`. Defaults to draft. For multilingual
                articles, this will be the state of the default language's content.
            translated_content (ArticleTranslatedContentDict | None): The body's field
                translated_content (instead of body=).
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

        body = cast(
            "CreateArticleRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "author_id": author_id,
                        "title": title,
                        "ai_chatbot_availability": ai_chatbot_availability,
                        "ai_copilot_availability": ai_copilot_availability,
                        "ai_sales_agent_availability": ai_sales_agent_availability,
                        "audience_ids": audience_ids,
                        "body_markdown": body_markdown,
                        "description": description,
                        "folder_id": folder_id,
                        "parent_id": parent_id,
                        "parent_ids": parent_ids,
                        "parent_type": parent_type,
                        "scheduled_publish_at": scheduled_publish_at,
                        "scheduled_unpublish_at": scheduled_unpublish_at,
                        "state": state,
                        "translated_content": translated_content,
                    },
                    "CreateArticleRequest",
                ),
                CreateArticleRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/articles",
            "extensions": {OPERATION: ("articles.create", "/articles")},
        }
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
            "extensions": {OPERATION: ("articles.delete", "/articles/{id}")},
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
            "extensions": {OPERATION: ("articles.detach_tag", "/articles/{article_id}/tags/{id}")},
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
    ) -> AsyncPaginator[ArticleListItem, ArticleList]:
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
            AsyncPaginator[ArticleListItem, ArticleList]
        """

        from ...models.article_list import ArticleList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/articles",
            "extensions": {OPERATION: ("articles.list", "/articles")},
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
    ) -> AsyncPaginator[ArticleVersionSummary, ArticleVersionList]:
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
            AsyncPaginator[ArticleVersionSummary, ArticleVersionList]
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
            "extensions": {OPERATION: ("articles.list_versions", "/articles/{article_id}/versions")},
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
        locales: Sequence[str] = NOT_GIVEN,
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
            locales (Sequence[str]): The body's field locales (instead of body=). The locales whose
                staged drafts should be published. Required on
                multilingual workspaces; each locale must have a pending draft.
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

        body = cast(
            "PublishArticleDraftRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {"locales": locales},
                    "PublishArticleDraftRequest",
                ),
                PublishArticleDraftRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/articles/{id}/draft/publish".format(
                id=path_segment("id", id, "POST /articles/{id}/draft/publish"),
            ),
            "extensions": {OPERATION: ("articles.publish_draft", "/articles/{id}/draft/publish")},
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
            "extensions": {OPERATION: ("articles.retrieve", "/articles/{id}")},
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
            "extensions": {OPERATION: ("articles.retrieve_draft", "/articles/{id}/draft")},
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
            "extensions": {OPERATION: ("articles.retrieve_version", "/articles/{article_id}/versions/{id}")},
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
    ) -> AsyncPaginator[Article, ArticleSearchResponse]:
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
            AsyncPaginator[Article, ArticleSearchResponse]
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
            "extensions": {OPERATION: ("articles.search", "/articles/search")},
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
        ai_chatbot_availability: bool = NOT_GIVEN,
        ai_copilot_availability: bool = NOT_GIVEN,
        ai_sales_agent_availability: bool = NOT_GIVEN,
        audience_ids: Sequence[int] | None = NOT_GIVEN,
        author_id: int = NOT_GIVEN,
        body_markdown: str = NOT_GIVEN,
        description: str = NOT_GIVEN,
        folder_id: int | None = NOT_GIVEN,
        parent_id: str = NOT_GIVEN,
        parent_ids: Sequence[int] = NOT_GIVEN,
        parent_type: str = NOT_GIVEN,
        scheduled_publish_at: str | None = NOT_GIVEN,
        scheduled_unpublish_at: str | None = NOT_GIVEN,
        state: UpdateArticleRequestState = NOT_GIVEN,
        title: str = NOT_GIVEN,
        translated_content: ArticleTranslatedContentDict | None = NOT_GIVEN,
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
            ai_chatbot_availability (bool): The body's field ai_chatbot_availability (instead of
                body=). Whether the article should be available for AI Chatbot (Fin). For multilingual
                articles, this sets the default language's availability.
            ai_copilot_availability (bool): The body's field ai_copilot_availability (instead of
                body=). Whether the article should be available for AI Copilot. For multilingual articles,
                this sets the default language's availability.
            ai_sales_agent_availability (bool): The body's field ai_sales_agent_availability (instead
                of body=). Whether the article should be available for AI Sales Agent. For multilingual
                articles, this sets the default language's availability.
            audience_ids (Sequence[int] | None): The body's field audience_ids (instead of body=). The
                list of audience IDs to assign to this article for Fin AI Agent targeting. Sending a top-
                level `audience_ids` broadcasts the same set to every locale. Sending `audience_ids: []`
                clears all audience memberships from every locale. For per-locale targeting, use
                `translated_content.<locale>.audience_ids` instead. Sending both top-level and per-locale
                in the same request causes top-level to win. Unknown audience IDs return a 404 error. No
                partial commit occurs.
            author_id (int): The body's field author_id (instead of body=). The id of the author of
                the article. For multilingual articles, this will be the id of the author of the default
                language's content. Must be a teammate on the help center's workspace.
            body_markdown (str): The body's field body_markdown (instead of body=). The content of the
                article in markdown. For multilingual articles, this will be the body of the default
                language's content. An alternative to `body` — you can provide content as markdown instead
                of HTML. Mutually exclusive with `body`.
            description (str): The body's field description (instead of body=). The description of the
                article. For multilingual articles, this will be the description of the default language's
                content.
            folder_id (int | None): The body's field folder_id (instead of body=). The ID of the
                folder to place this article in, or null to remove it from its folder.
            parent_id (str): The body's field parent_id (instead of body=). The id of the article's
                parent collection or section. An article without this field stands alone.
            parent_ids (Sequence[int]): The body's field parent_ids (instead of body=). The ids of the
                parent collections to place this article in. Send an empty array to remove the article
                from all collections. When provided, this takes precedence over `parent_id` and
                `parent_type`.
            parent_type (str): The body's field parent_type (instead of body=). The type of parent,
                which can either be a `collection` or `section`.
            scheduled_publish_at (str | None): The body's field scheduled_publish_at (instead of
                body=). ISO 8601 timestamp at which to schedule a future publish of the article. When set
                together with `state: "published"`, the article is scheduled instead of published
                immediately. Setting `null` cancels a pending publish schedule. Timestamps in the past or
                equal to the current time are rejected with 400 `parameter_invalid` — the value must be
                strictly in the future. Combining with `state: "draft"` returns 400 `parameter_invalid`.
                Sending in the same request as `scheduled_unpublish_at` returns 400 — only one pending
                schedule per article. Empty string returns 400 `parameter_invalid`.
            scheduled_unpublish_at (str | None): The body's field scheduled_unpublish_at (instead of
                body=). ISO 8601 timestamp at which to schedule a future unpublish of the article. Setting
                `null` cancels a pending unpublish schedule. Timestamps in the past or equal to the
                current time are rejected with 400 `parameter_invalid` — the value must be strictly in the
                future. Rejected with 400 `parameter_invalid` if the article has never been published.
                Sending in the same request as `scheduled_publish_at` returns 400 — only one pending
                schedule per article. Empty string returns 400 `parameter_invalid`.
            state (UpdateArticleRequestState): The body's field state (instead of body=). Whether the
                article will be `published` or will be a `draft`. Omitting this field leaves the publish
                state unchanged, so a draft stays a draft and an edit to a published article goes live
                immediately unless that article already has a pending draft or a scheduled publish time is
                set in the same request. The `PUT /articles/{id}/draft` endpoint ignores this field and
                always stages a draft. For multilingual articles, this will be the state of the default
                language's content.
            title (str): The body's field title (instead of body=). The title of the article.For
                multilingual articles, this will be the title of the default language's content.
            translated_content (ArticleTranslatedContentDict | None): The body's field
                translated_content (instead of body=).
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

        body = cast(
            "UpdateArticleRequest | Unset",
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
                        "description": description,
                        "folder_id": folder_id,
                        "parent_id": parent_id,
                        "parent_ids": parent_ids,
                        "parent_type": parent_type,
                        "scheduled_publish_at": scheduled_publish_at,
                        "scheduled_unpublish_at": scheduled_unpublish_at,
                        "state": state,
                        "title": title,
                        "translated_content": translated_content,
                    },
                    "UpdateArticleRequest",
                ),
                UpdateArticleRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/articles/{id}/draft".format(
                id=path_segment("id", id, "PUT /articles/{id}/draft"),
            ),
            "extensions": {OPERATION: ("articles.stage_draft", "/articles/{id}/draft")},
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
        ai_chatbot_availability: bool = NOT_GIVEN,
        ai_copilot_availability: bool = NOT_GIVEN,
        ai_sales_agent_availability: bool = NOT_GIVEN,
        audience_ids: Sequence[int] | None = NOT_GIVEN,
        author_id: int = NOT_GIVEN,
        body_markdown: str = NOT_GIVEN,
        description: str = NOT_GIVEN,
        folder_id: int | None = NOT_GIVEN,
        parent_id: str = NOT_GIVEN,
        parent_ids: Sequence[int] = NOT_GIVEN,
        parent_type: str = NOT_GIVEN,
        scheduled_publish_at: str | None = NOT_GIVEN,
        scheduled_unpublish_at: str | None = NOT_GIVEN,
        state: UpdateArticleRequestState = NOT_GIVEN,
        title: str = NOT_GIVEN,
        translated_content: ArticleTranslatedContentDict | None = NOT_GIVEN,
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
            ai_chatbot_availability (bool): The body's field ai_chatbot_availability (instead of
                body=). Whether the article should be available for AI Chatbot (Fin). For multilingual
                articles, this sets the default language's availability.
            ai_copilot_availability (bool): The body's field ai_copilot_availability (instead of
                body=). Whether the article should be available for AI Copilot. For multilingual articles,
                this sets the default language's availability.
            ai_sales_agent_availability (bool): The body's field ai_sales_agent_availability (instead
                of body=). Whether the article should be available for AI Sales Agent. For multilingual
                articles, this sets the default language's availability.
            audience_ids (Sequence[int] | None): The body's field audience_ids (instead of body=). The
                list of audience IDs to assign to this article for Fin AI Agent targeting. Sending a top-
                level `audience_ids` broadcasts the same set to every locale. Sending `audience_ids: []`
                clears all audience memberships from every locale. For per-locale targeting, use
                `translated_content.<locale>.audience_ids` instead. Sending both top-level and per-locale
                in the same request causes top-level to win. Unknown audience IDs return a 404 error. No
                partial commit occurs.
            author_id (int): The body's field author_id (instead of body=). The id of the author of
                the article. For multilingual articles, this will be the id of the author of the default
                language's content. Must be a teammate on the help center's workspace.
            body_markdown (str): The body's field body_markdown (instead of body=). The content of the
                article in markdown. For multilingual articles, this will be the body of the default
                language's content. An alternative to `body` — you can provide content as markdown instead
                of HTML. Mutually exclusive with `body`.
            description (str): The body's field description (instead of body=). The description of the
                article. For multilingual articles, this will be the description of the default language's
                content.
            folder_id (int | None): The body's field folder_id (instead of body=). The ID of the
                folder to place this article in, or null to remove it from its folder.
            parent_id (str): The body's field parent_id (instead of body=). The id of the article's
                parent collection or section. An article without this field stands alone.
            parent_ids (Sequence[int]): The body's field parent_ids (instead of body=). The ids of the
                parent collections to place this article in. Send an empty array to remove the article
                from all collections. When provided, this takes precedence over `parent_id` and
                `parent_type`.
            parent_type (str): The body's field parent_type (instead of body=). The type of parent,
                which can either be a `collection` or `section`.
            scheduled_publish_at (str | None): The body's field scheduled_publish_at (instead of
                body=). ISO 8601 timestamp at which to schedule a future publish of the article. When set
                together with `state: "published"`, the article is scheduled instead of published
                immediately. Setting `null` cancels a pending publish schedule. Timestamps in the past or
                equal to the current time are rejected with 400 `parameter_invalid` — the value must be
                strictly in the future. Combining with `state: "draft"` returns 400 `parameter_invalid`.
                Sending in the same request as `scheduled_unpublish_at` returns 400 — only one pending
                schedule per article. Empty string returns 400 `parameter_invalid`.
            scheduled_unpublish_at (str | None): The body's field scheduled_unpublish_at (instead of
                body=). ISO 8601 timestamp at which to schedule a future unpublish of the article. Setting
                `null` cancels a pending unpublish schedule. Timestamps in the past or equal to the
                current time are rejected with 400 `parameter_invalid` — the value must be strictly in the
                future. Rejected with 400 `parameter_invalid` if the article has never been published.
                Sending in the same request as `scheduled_publish_at` returns 400 — only one pending
                schedule per article. Empty string returns 400 `parameter_invalid`.
            state (UpdateArticleRequestState): The body's field state (instead of body=). Whether the
                article will be `published` or will be a `draft`. Omitting this field leaves the publish
                state unchanged, so a draft stays a draft and an edit to a published article goes live
                immediately unless that article already has a pending draft or a scheduled publish time is
                set in the same request. The `PUT /articles/{id}/draft` endpoint ignores this field and
                always stages a draft. For multilingual articles, this will be the state of the default
                language's content.
            title (str): The body's field title (instead of body=). The title of the article.For
                multilingual articles, this will be the title of the default language's content.
            translated_content (ArticleTranslatedContentDict | None): The body's field
                translated_content (instead of body=).
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

        body = cast(
            "UpdateArticleRequest | Unset",
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
                        "description": description,
                        "folder_id": folder_id,
                        "parent_id": parent_id,
                        "parent_ids": parent_ids,
                        "parent_type": parent_type,
                        "scheduled_publish_at": scheduled_publish_at,
                        "scheduled_unpublish_at": scheduled_unpublish_at,
                        "state": state,
                        "title": title,
                        "translated_content": translated_content,
                    },
                    "UpdateArticleRequest",
                ),
                UpdateArticleRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/articles/{id}".format(
                id=path_segment("id", id, "PUT /articles/{id}"),
            ),
            "extensions": {OPERATION: ("articles.update", "/articles/{id}")},
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
        body: AttachTagToArticleBody | AttachTagToArticleBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        id: str = NOT_GIVEN,
        admin_id: str | None = NOT_GIVEN,
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
            body (AttachTagToArticleBody | AttachTagToArticleBodyDict):
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

        from ...models.attach_tag_to_article_body import AttachTagToArticleBody
        from ...models.tag import Tag

        body = cast(
            "AttachTagToArticleBody",
            request_body(
                body_fields(
                    body,
                    {"id": id, "admin_id": admin_id},
                    "AttachTagToArticleBody",
                ),
                AttachTagToArticleBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/articles/{article_id}/tags".format(
                article_id=path_segment("article_id", article_id, "POST /articles/{article_id}/tags"),
            ),
            "extensions": {OPERATION: ("articles.attach_tag", "/articles/{article_id}/tags")},
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
        body: CreateArticleRequest | CreateArticleRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        author_id: int = NOT_GIVEN,
        title: str = NOT_GIVEN,
        ai_chatbot_availability: bool = NOT_GIVEN,
        ai_copilot_availability: bool = NOT_GIVEN,
        ai_sales_agent_availability: bool = NOT_GIVEN,
        audience_ids: Sequence[int] | None = NOT_GIVEN,
        body_markdown: str = NOT_GIVEN,
        description: str = NOT_GIVEN,
        folder_id: int | None = NOT_GIVEN,
        parent_id: int = NOT_GIVEN,
        parent_ids: Sequence[int] = NOT_GIVEN,
        parent_type: str = NOT_GIVEN,
        scheduled_publish_at: str | None = NOT_GIVEN,
        scheduled_unpublish_at: str | None = NOT_GIVEN,
        state: CreateArticleRequestState = NOT_GIVEN,
        translated_content: ArticleTranslatedContentDict | None = NOT_GIVEN,
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
            body (CreateArticleRequest | CreateArticleRequestDict): You can create an Article
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            author_id (int): The body's field author_id (instead of body=). The id of the author of
                the article. For multilingual articles, this will be the id of the author of the default
                language's content. Must be a teammate on the help center's workspace.
            title (str): The body's field title (instead of body=). The title of the article.For
                multilingual articles, this will be the title of the default language's content.
            ai_chatbot_availability (bool): The body's field ai_chatbot_availability (instead of
                body=). Whether the article should be available for AI Chatbot (Fin). For multilingual
                articles, this sets the default language's availability.
            ai_copilot_availability (bool): The body's field ai_copilot_availability (instead of
                body=). Whether the article should be available for AI Copilot. For multilingual articles,
                this sets the default language's availability.
            ai_sales_agent_availability (bool): The body's field ai_sales_agent_availability (instead
                of body=). Whether the article should be available for AI Sales Agent. For multilingual
                articles, this sets the default language's availability.
            audience_ids (Sequence[int] | None): The body's field audience_ids (instead of body=). The
                list of audience IDs to assign to this article for Fin AI Agent targeting. Sending a top-
                level `audience_ids` broadcasts the same set to every locale. For per-locale targeting,
                use `translated_content.<locale>.audience_ids` instead. Sending both top-level and per-
                locale in the same request causes top-level to win. Unknown audience IDs return a 404
                error. No partial commit occurs.
            body_markdown (str): The body's field body_markdown (instead of body=). The content of the
                article in markdown. For multilingual articles, this will be the body of the default
                language's content. An alternative to `body` — you can provide content as markdown instead
                of HTML. Mutually exclusive with `body`.
            description (str): The body's field description (instead of body=). The description of the
                article. For multilingual articles, this will be the description of the default language's
                content.
            folder_id (int | None): The body's field folder_id (instead of body=). The ID of the
                folder to place this article in, or null to leave it without a folder.
            parent_id (int): The body's field parent_id (instead of body=). The id of the article's
                parent collection or section. An article without this field stands alone.
            parent_ids (Sequence[int]): The body's field parent_ids (instead of body=). The ids of the
                parent collections to place this article in. Send an empty array to leave the article
                without a collection. When provided, this takes precedence over `parent_id` and
                `parent_type`.
            parent_type (str): The body's field parent_type (instead of body=). The type of parent,
                which can either be a `collection` or `section`.
            scheduled_publish_at (str | None): The body's field scheduled_publish_at (instead of
                body=). ISO 8601 timestamp at which to schedule a future publish of the article. When set
                together with `state: "published"`, the article is scheduled instead of published
                immediately. Setting `null` cancels a pending publish schedule. Timestamps in the past or
                equal to the current time are rejected with 400 `parameter_invalid` — the value must be
                strictly in the future. Combining with `state: "draft"` returns 400 `parameter_invalid`.
                Sending in the same request as `scheduled_unpublish_at` returns 400 — only one pending
                schedule per article. Empty string returns 400 `parameter_invalid`.
            scheduled_unpublish_at (str | None): The body's field scheduled_unpublish_at (instead of
                body=). ISO 8601 timestamp at which to schedule a future unpublish of the article. Setting
                `null` cancels a pending unpublish schedule. Timestamps in the past or equal to the
                current time are rejected with 400 `parameter_invalid` — the value must be strictly in the
                future. Rejected with 400 `parameter_invalid` if the article has never been published.
                Sending in the same request as `scheduled_publish_at` returns 400 — only one pending
                schedule per article. Empty string returns 400 `parameter_invalid`.
            state (CreateArticleRequestState): The body's field state (instead of body=). Whether the
                article will be `published` or will be a `draft`. Defaults to draft. For multilingual
                articles, this will be the state of the default language's content.
            translated_content (ArticleTranslatedContentDict | None): The body's field
                translated_content (instead of body=).
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

        body = cast(
            "CreateArticleRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "author_id": author_id,
                        "title": title,
                        "ai_chatbot_availability": ai_chatbot_availability,
                        "ai_copilot_availability": ai_copilot_availability,
                        "ai_sales_agent_availability": ai_sales_agent_availability,
                        "audience_ids": audience_ids,
                        "body_markdown": body_markdown,
                        "description": description,
                        "folder_id": folder_id,
                        "parent_id": parent_id,
                        "parent_ids": parent_ids,
                        "parent_type": parent_type,
                        "scheduled_publish_at": scheduled_publish_at,
                        "scheduled_unpublish_at": scheduled_unpublish_at,
                        "state": state,
                        "translated_content": translated_content,
                    },
                    "CreateArticleRequest",
                ),
                CreateArticleRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/articles",
            "extensions": {OPERATION: ("articles.create", "/articles")},
        }
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
            "extensions": {OPERATION: ("articles.delete", "/articles/{id}")},
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
            "extensions": {OPERATION: ("articles.detach_tag", "/articles/{article_id}/tags/{id}")},
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
    ) -> SyncPaginator[ArticleListItem, ArticleList]:
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
            SyncPaginator[ArticleListItem, ArticleList]
        """

        from ...models.article_list import ArticleList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/articles",
            "extensions": {OPERATION: ("articles.list", "/articles")},
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
    ) -> SyncPaginator[ArticleVersionSummary, ArticleVersionList]:
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
            SyncPaginator[ArticleVersionSummary, ArticleVersionList]
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
            "extensions": {OPERATION: ("articles.list_versions", "/articles/{article_id}/versions")},
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
        locales: Sequence[str] = NOT_GIVEN,
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
            locales (Sequence[str]): The body's field locales (instead of body=). The locales whose
                staged drafts should be published. Required on
                multilingual workspaces; each locale must have a pending draft.
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

        body = cast(
            "PublishArticleDraftRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {"locales": locales},
                    "PublishArticleDraftRequest",
                ),
                PublishArticleDraftRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/articles/{id}/draft/publish".format(
                id=path_segment("id", id, "POST /articles/{id}/draft/publish"),
            ),
            "extensions": {OPERATION: ("articles.publish_draft", "/articles/{id}/draft/publish")},
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
            "extensions": {OPERATION: ("articles.retrieve", "/articles/{id}")},
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
            "extensions": {OPERATION: ("articles.retrieve_draft", "/articles/{id}/draft")},
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
            "extensions": {OPERATION: ("articles.retrieve_version", "/articles/{article_id}/versions/{id}")},
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
    ) -> SyncPaginator[Article, ArticleSearchResponse]:
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
            SyncPaginator[Article, ArticleSearchResponse]
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
            "extensions": {OPERATION: ("articles.search", "/articles/search")},
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
        ai_chatbot_availability: bool = NOT_GIVEN,
        ai_copilot_availability: bool = NOT_GIVEN,
        ai_sales_agent_availability: bool = NOT_GIVEN,
        audience_ids: Sequence[int] | None = NOT_GIVEN,
        author_id: int = NOT_GIVEN,
        body_markdown: str = NOT_GIVEN,
        description: str = NOT_GIVEN,
        folder_id: int | None = NOT_GIVEN,
        parent_id: str = NOT_GIVEN,
        parent_ids: Sequence[int] = NOT_GIVEN,
        parent_type: str = NOT_GIVEN,
        scheduled_publish_at: str | None = NOT_GIVEN,
        scheduled_unpublish_at: str | None = NOT_GIVEN,
        state: UpdateArticleRequestState = NOT_GIVEN,
        title: str = NOT_GIVEN,
        translated_content: ArticleTranslatedContentDict | None = NOT_GIVEN,
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
            ai_chatbot_availability (bool): The body's field ai_chatbot_availability (instead of
                body=). Whether the article should be available for AI Chatbot (Fin). For multilingual
                articles, this sets the default language's availability.
            ai_copilot_availability (bool): The body's field ai_copilot_availability (instead of
                body=). Whether the article should be available for AI Copilot. For multilingual articles,
                this sets the default language's availability.
            ai_sales_agent_availability (bool): The body's field ai_sales_agent_availability (instead
                of body=). Whether the article should be available for AI Sales Agent. For multilingual
                articles, this sets the default language's availability.
            audience_ids (Sequence[int] | None): The body's field audience_ids (instead of body=). The
                list of audience IDs to assign to this article for Fin AI Agent targeting. Sending a top-
                level `audience_ids` broadcasts the same set to every locale. Sending `audience_ids: []`
                clears all audience memberships from every locale. For per-locale targeting, use
                `translated_content.<locale>.audience_ids` instead. Sending both top-level and per-locale
                in the same request causes top-level to win. Unknown audience IDs return a 404 error. No
                partial commit occurs.
            author_id (int): The body's field author_id (instead of body=). The id of the author of
                the article. For multilingual articles, this will be the id of the author of the default
                language's content. Must be a teammate on the help center's workspace.
            body_markdown (str): The body's field body_markdown (instead of body=). The content of the
                article in markdown. For multilingual articles, this will be the body of the default
                language's content. An alternative to `body` — you can provide content as markdown instead
                of HTML. Mutually exclusive with `body`.
            description (str): The body's field description (instead of body=). The description of the
                article. For multilingual articles, this will be the description of the default language's
                content.
            folder_id (int | None): The body's field folder_id (instead of body=). The ID of the
                folder to place this article in, or null to remove it from its folder.
            parent_id (str): The body's field parent_id (instead of body=). The id of the article's
                parent collection or section. An article without this field stands alone.
            parent_ids (Sequence[int]): The body's field parent_ids (instead of body=). The ids of the
                parent collections to place this article in. Send an empty array to remove the article
                from all collections. When provided, this takes precedence over `parent_id` and
                `parent_type`.
            parent_type (str): The body's field parent_type (instead of body=). The type of parent,
                which can either be a `collection` or `section`.
            scheduled_publish_at (str | None): The body's field scheduled_publish_at (instead of
                body=). ISO 8601 timestamp at which to schedule a future publish of the article. When set
                together with `state: "published"`, the article is scheduled instead of published
                immediately. Setting `null` cancels a pending publish schedule. Timestamps in the past or
                equal to the current time are rejected with 400 `parameter_invalid` — the value must be
                strictly in the future. Combining with `state: "draft"` returns 400 `parameter_invalid`.
                Sending in the same request as `scheduled_unpublish_at` returns 400 — only one pending
                schedule per article. Empty string returns 400 `parameter_invalid`.
            scheduled_unpublish_at (str | None): The body's field scheduled_unpublish_at (instead of
                body=). ISO 8601 timestamp at which to schedule a future unpublish of the article. Setting
                `null` cancels a pending unpublish schedule. Timestamps in the past or equal to the
                current time are rejected with 400 `parameter_invalid` — the value must be strictly in the
                future. Rejected with 400 `parameter_invalid` if the article has never been published.
                Sending in the same request as `scheduled_publish_at` returns 400 — only one pending
                schedule per article. Empty string returns 400 `parameter_invalid`.
            state (UpdateArticleRequestState): The body's field state (instead of body=). Whether the
                article will be `published` or will be a `draft`. Omitting this field leaves the publish
                state unchanged, so a draft stays a draft and an edit to a published article goes live
                immediately unless that article already has a pending draft or a scheduled publish time is
                set in the same request. The `PUT /articles/{id}/draft` endpoint ignores this field and
                always stages a draft. For multilingual articles, this will be the state of the default
                language's content.
            title (str): The body's field title (instead of body=). The title of the article.For
                multilingual articles, this will be the title of the default language's content.
            translated_content (ArticleTranslatedContentDict | None): The body's field
                translated_content (instead of body=).
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

        body = cast(
            "UpdateArticleRequest | Unset",
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
                        "description": description,
                        "folder_id": folder_id,
                        "parent_id": parent_id,
                        "parent_ids": parent_ids,
                        "parent_type": parent_type,
                        "scheduled_publish_at": scheduled_publish_at,
                        "scheduled_unpublish_at": scheduled_unpublish_at,
                        "state": state,
                        "title": title,
                        "translated_content": translated_content,
                    },
                    "UpdateArticleRequest",
                ),
                UpdateArticleRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/articles/{id}/draft".format(
                id=path_segment("id", id, "PUT /articles/{id}/draft"),
            ),
            "extensions": {OPERATION: ("articles.stage_draft", "/articles/{id}/draft")},
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
        ai_chatbot_availability: bool = NOT_GIVEN,
        ai_copilot_availability: bool = NOT_GIVEN,
        ai_sales_agent_availability: bool = NOT_GIVEN,
        audience_ids: Sequence[int] | None = NOT_GIVEN,
        author_id: int = NOT_GIVEN,
        body_markdown: str = NOT_GIVEN,
        description: str = NOT_GIVEN,
        folder_id: int | None = NOT_GIVEN,
        parent_id: str = NOT_GIVEN,
        parent_ids: Sequence[int] = NOT_GIVEN,
        parent_type: str = NOT_GIVEN,
        scheduled_publish_at: str | None = NOT_GIVEN,
        scheduled_unpublish_at: str | None = NOT_GIVEN,
        state: UpdateArticleRequestState = NOT_GIVEN,
        title: str = NOT_GIVEN,
        translated_content: ArticleTranslatedContentDict | None = NOT_GIVEN,
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
            ai_chatbot_availability (bool): The body's field ai_chatbot_availability (instead of
                body=). Whether the article should be available for AI Chatbot (Fin). For multilingual
                articles, this sets the default language's availability.
            ai_copilot_availability (bool): The body's field ai_copilot_availability (instead of
                body=). Whether the article should be available for AI Copilot. For multilingual articles,
                this sets the default language's availability.
            ai_sales_agent_availability (bool): The body's field ai_sales_agent_availability (instead
                of body=). Whether the article should be available for AI Sales Agent. For multilingual
                articles, this sets the default language's availability.
            audience_ids (Sequence[int] | None): The body's field audience_ids (instead of body=). The
                list of audience IDs to assign to this article for Fin AI Agent targeting. Sending a top-
                level `audience_ids` broadcasts the same set to every locale. Sending `audience_ids: []`
                clears all audience memberships from every locale. For per-locale targeting, use
                `translated_content.<locale>.audience_ids` instead. Sending both top-level and per-locale
                in the same request causes top-level to win. Unknown audience IDs return a 404 error. No
                partial commit occurs.
            author_id (int): The body's field author_id (instead of body=). The id of the author of
                the article. For multilingual articles, this will be the id of the author of the default
                language's content. Must be a teammate on the help center's workspace.
            body_markdown (str): The body's field body_markdown (instead of body=). The content of the
                article in markdown. For multilingual articles, this will be the body of the default
                language's content. An alternative to `body` — you can provide content as markdown instead
                of HTML. Mutually exclusive with `body`.
            description (str): The body's field description (instead of body=). The description of the
                article. For multilingual articles, this will be the description of the default language's
                content.
            folder_id (int | None): The body's field folder_id (instead of body=). The ID of the
                folder to place this article in, or null to remove it from its folder.
            parent_id (str): The body's field parent_id (instead of body=). The id of the article's
                parent collection or section. An article without this field stands alone.
            parent_ids (Sequence[int]): The body's field parent_ids (instead of body=). The ids of the
                parent collections to place this article in. Send an empty array to remove the article
                from all collections. When provided, this takes precedence over `parent_id` and
                `parent_type`.
            parent_type (str): The body's field parent_type (instead of body=). The type of parent,
                which can either be a `collection` or `section`.
            scheduled_publish_at (str | None): The body's field scheduled_publish_at (instead of
                body=). ISO 8601 timestamp at which to schedule a future publish of the article. When set
                together with `state: "published"`, the article is scheduled instead of published
                immediately. Setting `null` cancels a pending publish schedule. Timestamps in the past or
                equal to the current time are rejected with 400 `parameter_invalid` — the value must be
                strictly in the future. Combining with `state: "draft"` returns 400 `parameter_invalid`.
                Sending in the same request as `scheduled_unpublish_at` returns 400 — only one pending
                schedule per article. Empty string returns 400 `parameter_invalid`.
            scheduled_unpublish_at (str | None): The body's field scheduled_unpublish_at (instead of
                body=). ISO 8601 timestamp at which to schedule a future unpublish of the article. Setting
                `null` cancels a pending unpublish schedule. Timestamps in the past or equal to the
                current time are rejected with 400 `parameter_invalid` — the value must be strictly in the
                future. Rejected with 400 `parameter_invalid` if the article has never been published.
                Sending in the same request as `scheduled_publish_at` returns 400 — only one pending
                schedule per article. Empty string returns 400 `parameter_invalid`.
            state (UpdateArticleRequestState): The body's field state (instead of body=). Whether the
                article will be `published` or will be a `draft`. Omitting this field leaves the publish
                state unchanged, so a draft stays a draft and an edit to a published article goes live
                immediately unless that article already has a pending draft or a scheduled publish time is
                set in the same request. The `PUT /articles/{id}/draft` endpoint ignores this field and
                always stages a draft. For multilingual articles, this will be the state of the default
                language's content.
            title (str): The body's field title (instead of body=). The title of the article.For
                multilingual articles, this will be the title of the default language's content.
            translated_content (ArticleTranslatedContentDict | None): The body's field
                translated_content (instead of body=).
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

        body = cast(
            "UpdateArticleRequest | Unset",
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
                        "description": description,
                        "folder_id": folder_id,
                        "parent_id": parent_id,
                        "parent_ids": parent_ids,
                        "parent_type": parent_type,
                        "scheduled_publish_at": scheduled_publish_at,
                        "scheduled_unpublish_at": scheduled_unpublish_at,
                        "state": state,
                        "title": title,
                        "translated_content": translated_content,
                    },
                    "UpdateArticleRequest",
                ),
                UpdateArticleRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/articles/{id}".format(
                id=path_segment("id", id, "PUT /articles/{id}"),
            ),
            "extensions": {OPERATION: ("articles.update", "/articles/{id}")},
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
