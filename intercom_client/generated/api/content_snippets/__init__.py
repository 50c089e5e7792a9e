# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.content_snippets``: the content_snippets resource of both clients, one method per operation.

``ContentSnippetsResource`` is the sync one (on ``Intercom``), ``AsyncContentSnippetsResource`` the async one (on
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
    from ...models.attach_tag_to_content_snippet_body import (
        AttachTagToContentSnippetBody,
        AttachTagToContentSnippetBodyDict,
    )
    from ...models.content_snippet import ContentSnippet
    from ...models.content_snippet_create_request import ContentSnippetCreateRequest, ContentSnippetCreateRequestDict
    from ...models.content_snippet_list import ContentSnippetList
    from ...models.content_snippet_update_request import ContentSnippetUpdateRequest, ContentSnippetUpdateRequestDict
    from ...models.intercom_version import IntercomVersion
    from ...models.tag import Tag
    from ...types import AsyncPaginator, Cursor, SyncPaginator, TimeoutTypes

__all__ = ["AsyncContentSnippetsResource", "ContentSnippetsResource"]


class AsyncContentSnippetsResource(AsyncResource):
    """``client.content_snippets`` of AsyncIntercom: 7 operations."""

    @property
    def with_raw_response(self) -> AsyncContentSnippetsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncContentSnippetsRawResource(self)

    async def attach_tag(
        self,
        content_snippet_id: str,
        *,
        body: AttachTagToContentSnippetBody | AttachTagToContentSnippetBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        id: str = NOT_GIVEN,
        admin_id: str | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Add a tag to a content snippet

        Apply an existing tag to a content snippet. Returns the tag that was applied.

        The tag must already exist in the workspace (create tags with the Tags API),
        and the authenticating teammate must have the `manage_knowledge_base_content`
        permission.

        Requires the `read_write_content_snippets` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            content_snippet_id (str):
            body (AttachTagToContentSnippetBody | AttachTagToContentSnippetBodyDict):
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

        from ...models.attach_tag_to_content_snippet_body import AttachTagToContentSnippetBody
        from ...models.tag import Tag

        body = cast(
            "AttachTagToContentSnippetBody",
            request_body(
                body_fields(
                    body,
                    {"id": id, "admin_id": admin_id},
                    "AttachTagToContentSnippetBody",
                ),
                AttachTagToContentSnippetBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/content_snippets/{content_snippet_id}/tags".format(
                content_snippet_id=path_segment(
                    "content_snippet_id", content_snippet_id, "POST /content_snippets/{content_snippet_id}/tags"
                ),
            ),
            "extensions": {OPERATION: ("content_snippets.attach_tag", "/content_snippets/{content_snippet_id}/tags")},
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
        body: ContentSnippetCreateRequest | ContentSnippetCreateRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        title: str = NOT_GIVEN,
        ai_chatbot_availability: bool = NOT_GIVEN,
        ai_copilot_availability: bool = NOT_GIVEN,
        ai_sales_agent_availability: bool = NOT_GIVEN,
        audience_ids: Sequence[int] | None = NOT_GIVEN,
        body_markdown: str = NOT_GIVEN,
        json_blocks: Sequence[Mapping[str, Any]] = NOT_GIVEN,
        locale: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContentSnippet:
        """Create a content snippet

        You can create a new content snippet.

        Args:
            body (ContentSnippetCreateRequest | ContentSnippetCreateRequestDict): The request payload
                for creating a content snippet. You must provide either `json_blocks` or `body_markdown`
                for the snippet content — they are mutually exclusive.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            title (str): The body's field title (instead of body=). The title of the content snippet.
            ai_chatbot_availability (bool): The body's field ai_chatbot_availability (instead of
                body=). Whether the content snippet should be available for AI Chatbot (Fin). Defaults to
                false.
            ai_copilot_availability (bool): The body's field ai_copilot_availability (instead of
                body=). Whether the content snippet should be available for AI Copilot. Defaults to false.
            ai_sales_agent_availability (bool): The body's field ai_sales_agent_availability (instead
                of body=). Whether the content snippet should be available for AI Sales Agent. Defaults to
                false.
            audience_ids (Sequence[int] | None): The body's field audience_ids (instead of body=). The
                list of audience IDs to target this content snippet to for Fin AI Agent. Pass an empty
                array or omit the field for no audience targeting. Unknown audience IDs return a `404`
                error with no partial commit.
            body_markdown (str): The body's field body_markdown (instead of body=). The content of the
                snippet in markdown. An alternative to `json_blocks` — you can provide content as markdown
                instead of structured blocks. Mutually exclusive with `json_blocks`.
            json_blocks (Sequence[Mapping[str, Any]]): The body's field json_blocks (instead of
                body=). The content blocks that make up the body of the snippet. Mutually exclusive with
                `body_markdown`.
            locale (str): The body's field locale (instead of body=). The locale of the content
                snippet. Defaults to `en`.
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
            ContentSnippet
        """

        from ...models.content_snippet import ContentSnippet
        from ...models.content_snippet_create_request import ContentSnippetCreateRequest

        body = cast(
            "ContentSnippetCreateRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "title": title,
                        "ai_chatbot_availability": ai_chatbot_availability,
                        "ai_copilot_availability": ai_copilot_availability,
                        "ai_sales_agent_availability": ai_sales_agent_availability,
                        "audience_ids": audience_ids,
                        "body_markdown": body_markdown,
                        "json_blocks": json_blocks,
                        "locale": locale,
                    },
                    "ContentSnippetCreateRequest",
                ),
                ContentSnippetCreateRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/content_snippets",
            "extensions": {OPERATION: ("content_snippets.create", "/content_snippets")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ContentSnippet = await self._request(
            _kwargs,
            {201: ContentSnippet.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def delete(
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
        """Delete a content snippet

        You can delete a single content snippet by its id.

        Args:
            id (str):  Example: 123.
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
            "url": "/content_snippets/{id}".format(
                id=path_segment("id", id, "DELETE /content_snippets/{id}"),
            ),
            "extensions": {OPERATION: ("content_snippets.delete", "/content_snippets/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: None = await self._request(
            _kwargs, {204: None}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    async def detach_tag(
        self,
        content_snippet_id: str,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Remove a tag from a content snippet

        Remove a tag from a content snippet. Returns the tag that was removed, with
        null `applied_at` and `applied_by`.

        The authenticating teammate must have the `manage_knowledge_base_content`
        permission.

        Requires the `read_write_content_snippets` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            content_snippet_id (str):
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
            "url": "/content_snippets/{content_snippet_id}/tags/{id}".format(
                content_snippet_id=path_segment(
                    "content_snippet_id", content_snippet_id, "DELETE /content_snippets/{content_snippet_id}/tags/{id}"
                ),
                id=path_segment("id", id, "DELETE /content_snippets/{content_snippet_id}/tags/{id}"),
            ),
            "extensions": {
                OPERATION: ("content_snippets.detach_tag", "/content_snippets/{content_snippet_id}/tags/{id}")
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
    ) -> AsyncPaginator[ContentSnippet, ContentSnippetList]:
        """List all content snippets

        You can fetch a list of all content snippets for a workspace.

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
            AsyncPaginator[ContentSnippet, ContentSnippetList]
        """

        from ...models.content_snippet_list import ContentSnippetList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/content_snippets",
            "extensions": {OPERATION: ("content_snippets.list", "/content_snippets")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.content_snippets.list_content_snippets"],
            _kwargs,
            {200: ContentSnippetList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContentSnippet:
        """Retrieve a content snippet

        You can fetch a single content snippet by its id.

        Args:
            id (str):  Example: 123.
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
            ContentSnippet
        """

        from ...models.content_snippet import ContentSnippet

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/content_snippets/{id}".format(
                id=path_segment("id", id, "GET /content_snippets/{id}"),
            ),
            "extensions": {OPERATION: ("content_snippets.retrieve", "/content_snippets/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: ContentSnippet = await self._request(
            _kwargs,
            {200: ContentSnippet.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def update(
        self,
        id: str,
        *,
        body: ContentSnippetUpdateRequest | ContentSnippetUpdateRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        ai_chatbot_availability: bool = NOT_GIVEN,
        ai_copilot_availability: bool = NOT_GIVEN,
        ai_sales_agent_availability: bool = NOT_GIVEN,
        audience_ids: Sequence[int] | None = NOT_GIVEN,
        body_markdown: str = NOT_GIVEN,
        json_blocks: Sequence[Mapping[str, Any]] = NOT_GIVEN,
        locale: str = NOT_GIVEN,
        title: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContentSnippet:
        """Update a content snippet

        You can update an existing content snippet.

        Args:
            id (str):  Example: 123.
            body (ContentSnippetUpdateRequest | ContentSnippetUpdateRequestDict): The request payload
                for updating a content snippet. All fields are optional — only provided fields will be
                updated. `json_blocks` and `body_markdown` are mutually exclusive.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            ai_chatbot_availability (bool): The body's field ai_chatbot_availability (instead of
                body=). Whether the content snippet should be available for AI Chatbot (Fin).
            ai_copilot_availability (bool): The body's field ai_copilot_availability (instead of
                body=). Whether the content snippet should be available for AI Copilot.
            ai_sales_agent_availability (bool): The body's field ai_sales_agent_availability (instead
                of body=). Whether the content snippet should be available for AI Sales Agent.
            audience_ids (Sequence[int] | None): The body's field audience_ids (instead of body=). The
                list of audience IDs to target this content snippet to for Fin AI Agent. Omitting the
                field leaves existing audience memberships unchanged (PATCH semantics). Pass `[]` to clear
                all audience memberships. Unknown audience IDs return a `404` error with no partial
                commit.
            body_markdown (str): The body's field body_markdown (instead of body=). The content of the
                snippet in markdown. An alternative to `json_blocks` — you can provide content as markdown
                instead of structured blocks. Mutually exclusive with `json_blocks`.
            json_blocks (Sequence[Mapping[str, Any]]): The body's field json_blocks (instead of
                body=). The content blocks that make up the body of the snippet. Mutually exclusive with
                `body_markdown`.
            locale (str): The body's field locale (instead of body=). The locale of the content
                snippet.
            title (str): The body's field title (instead of body=). The title of the content snippet.
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
            ContentSnippet
        """

        from ...models.content_snippet import ContentSnippet
        from ...models.content_snippet_update_request import ContentSnippetUpdateRequest

        body = cast(
            "ContentSnippetUpdateRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "ai_chatbot_availability": ai_chatbot_availability,
                        "ai_copilot_availability": ai_copilot_availability,
                        "ai_sales_agent_availability": ai_sales_agent_availability,
                        "audience_ids": audience_ids,
                        "body_markdown": body_markdown,
                        "json_blocks": json_blocks,
                        "locale": locale,
                        "title": title,
                    },
                    "ContentSnippetUpdateRequest",
                ),
                ContentSnippetUpdateRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/content_snippets/{id}".format(
                id=path_segment("id", id, "PUT /content_snippets/{id}"),
            ),
            "extensions": {OPERATION: ("content_snippets.update", "/content_snippets/{id}")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ContentSnippet = await self._request(
            _kwargs,
            {200: ContentSnippet.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncContentSnippetsRawResource:
    """``client.content_snippets.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncContentSnippetsResource) -> None:
        raw = AsyncContentSnippetsResource(resource._client, raw=True)
        self.attach_tag = async_raw(raw.attach_tag)
        self.create = async_raw(raw.create)
        self.delete = async_raw(raw.delete)
        self.detach_tag = async_raw(raw.detach_tag)
        self.retrieve = async_raw(raw.retrieve)
        self.update = async_raw(raw.update)


class ContentSnippetsResource(SyncResource):
    """``client.content_snippets`` of Intercom: 7 operations."""

    @property
    def with_raw_response(self) -> ContentSnippetsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return ContentSnippetsRawResource(self)

    def attach_tag(
        self,
        content_snippet_id: str,
        *,
        body: AttachTagToContentSnippetBody | AttachTagToContentSnippetBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        id: str = NOT_GIVEN,
        admin_id: str | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Add a tag to a content snippet

        Apply an existing tag to a content snippet. Returns the tag that was applied.

        The tag must already exist in the workspace (create tags with the Tags API),
        and the authenticating teammate must have the `manage_knowledge_base_content`
        permission.

        Requires the `read_write_content_snippets` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            content_snippet_id (str):
            body (AttachTagToContentSnippetBody | AttachTagToContentSnippetBodyDict):
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

        from ...models.attach_tag_to_content_snippet_body import AttachTagToContentSnippetBody
        from ...models.tag import Tag

        body = cast(
            "AttachTagToContentSnippetBody",
            request_body(
                body_fields(
                    body,
                    {"id": id, "admin_id": admin_id},
                    "AttachTagToContentSnippetBody",
                ),
                AttachTagToContentSnippetBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/content_snippets/{content_snippet_id}/tags".format(
                content_snippet_id=path_segment(
                    "content_snippet_id", content_snippet_id, "POST /content_snippets/{content_snippet_id}/tags"
                ),
            ),
            "extensions": {OPERATION: ("content_snippets.attach_tag", "/content_snippets/{content_snippet_id}/tags")},
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
        body: ContentSnippetCreateRequest | ContentSnippetCreateRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        title: str = NOT_GIVEN,
        ai_chatbot_availability: bool = NOT_GIVEN,
        ai_copilot_availability: bool = NOT_GIVEN,
        ai_sales_agent_availability: bool = NOT_GIVEN,
        audience_ids: Sequence[int] | None = NOT_GIVEN,
        body_markdown: str = NOT_GIVEN,
        json_blocks: Sequence[Mapping[str, Any]] = NOT_GIVEN,
        locale: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContentSnippet:
        """Create a content snippet

        You can create a new content snippet.

        Args:
            body (ContentSnippetCreateRequest | ContentSnippetCreateRequestDict): The request payload
                for creating a content snippet. You must provide either `json_blocks` or `body_markdown`
                for the snippet content — they are mutually exclusive.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            title (str): The body's field title (instead of body=). The title of the content snippet.
            ai_chatbot_availability (bool): The body's field ai_chatbot_availability (instead of
                body=). Whether the content snippet should be available for AI Chatbot (Fin). Defaults to
                false.
            ai_copilot_availability (bool): The body's field ai_copilot_availability (instead of
                body=). Whether the content snippet should be available for AI Copilot. Defaults to false.
            ai_sales_agent_availability (bool): The body's field ai_sales_agent_availability (instead
                of body=). Whether the content snippet should be available for AI Sales Agent. Defaults to
                false.
            audience_ids (Sequence[int] | None): The body's field audience_ids (instead of body=). The
                list of audience IDs to target this content snippet to for Fin AI Agent. Pass an empty
                array or omit the field for no audience targeting. Unknown audience IDs return a `404`
                error with no partial commit.
            body_markdown (str): The body's field body_markdown (instead of body=). The content of the
                snippet in markdown. An alternative to `json_blocks` — you can provide content as markdown
                instead of structured blocks. Mutually exclusive with `json_blocks`.
            json_blocks (Sequence[Mapping[str, Any]]): The body's field json_blocks (instead of
                body=). The content blocks that make up the body of the snippet. Mutually exclusive with
                `body_markdown`.
            locale (str): The body's field locale (instead of body=). The locale of the content
                snippet. Defaults to `en`.
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
            ContentSnippet
        """

        from ...models.content_snippet import ContentSnippet
        from ...models.content_snippet_create_request import ContentSnippetCreateRequest

        body = cast(
            "ContentSnippetCreateRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "title": title,
                        "ai_chatbot_availability": ai_chatbot_availability,
                        "ai_copilot_availability": ai_copilot_availability,
                        "ai_sales_agent_availability": ai_sales_agent_availability,
                        "audience_ids": audience_ids,
                        "body_markdown": body_markdown,
                        "json_blocks": json_blocks,
                        "locale": locale,
                    },
                    "ContentSnippetCreateRequest",
                ),
                ContentSnippetCreateRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/content_snippets",
            "extensions": {OPERATION: ("content_snippets.create", "/content_snippets")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ContentSnippet = self._request(
            _kwargs,
            {201: ContentSnippet.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def delete(
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
        """Delete a content snippet

        You can delete a single content snippet by its id.

        Args:
            id (str):  Example: 123.
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
            "url": "/content_snippets/{id}".format(
                id=path_segment("id", id, "DELETE /content_snippets/{id}"),
            ),
            "extensions": {OPERATION: ("content_snippets.delete", "/content_snippets/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: None = self._request(
            _kwargs, {204: None}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    def detach_tag(
        self,
        content_snippet_id: str,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Remove a tag from a content snippet

        Remove a tag from a content snippet. Returns the tag that was removed, with
        null `applied_at` and `applied_by`.

        The authenticating teammate must have the `manage_knowledge_base_content`
        permission.

        Requires the `read_write_content_snippets` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            content_snippet_id (str):
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
            "url": "/content_snippets/{content_snippet_id}/tags/{id}".format(
                content_snippet_id=path_segment(
                    "content_snippet_id", content_snippet_id, "DELETE /content_snippets/{content_snippet_id}/tags/{id}"
                ),
                id=path_segment("id", id, "DELETE /content_snippets/{content_snippet_id}/tags/{id}"),
            ),
            "extensions": {
                OPERATION: ("content_snippets.detach_tag", "/content_snippets/{content_snippet_id}/tags/{id}")
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
    ) -> SyncPaginator[ContentSnippet, ContentSnippetList]:
        """List all content snippets

        You can fetch a list of all content snippets for a workspace.

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
            SyncPaginator[ContentSnippet, ContentSnippetList]
        """

        from ...models.content_snippet_list import ContentSnippetList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/content_snippets",
            "extensions": {OPERATION: ("content_snippets.list", "/content_snippets")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.content_snippets.list_content_snippets"],
            _kwargs,
            {200: ContentSnippetList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContentSnippet:
        """Retrieve a content snippet

        You can fetch a single content snippet by its id.

        Args:
            id (str):  Example: 123.
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
            ContentSnippet
        """

        from ...models.content_snippet import ContentSnippet

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/content_snippets/{id}".format(
                id=path_segment("id", id, "GET /content_snippets/{id}"),
            ),
            "extensions": {OPERATION: ("content_snippets.retrieve", "/content_snippets/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: ContentSnippet = self._request(
            _kwargs,
            {200: ContentSnippet.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def update(
        self,
        id: str,
        *,
        body: ContentSnippetUpdateRequest | ContentSnippetUpdateRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        ai_chatbot_availability: bool = NOT_GIVEN,
        ai_copilot_availability: bool = NOT_GIVEN,
        ai_sales_agent_availability: bool = NOT_GIVEN,
        audience_ids: Sequence[int] | None = NOT_GIVEN,
        body_markdown: str = NOT_GIVEN,
        json_blocks: Sequence[Mapping[str, Any]] = NOT_GIVEN,
        locale: str = NOT_GIVEN,
        title: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContentSnippet:
        """Update a content snippet

        You can update an existing content snippet.

        Args:
            id (str):  Example: 123.
            body (ContentSnippetUpdateRequest | ContentSnippetUpdateRequestDict): The request payload
                for updating a content snippet. All fields are optional — only provided fields will be
                updated. `json_blocks` and `body_markdown` are mutually exclusive.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            ai_chatbot_availability (bool): The body's field ai_chatbot_availability (instead of
                body=). Whether the content snippet should be available for AI Chatbot (Fin).
            ai_copilot_availability (bool): The body's field ai_copilot_availability (instead of
                body=). Whether the content snippet should be available for AI Copilot.
            ai_sales_agent_availability (bool): The body's field ai_sales_agent_availability (instead
                of body=). Whether the content snippet should be available for AI Sales Agent.
            audience_ids (Sequence[int] | None): The body's field audience_ids (instead of body=). The
                list of audience IDs to target this content snippet to for Fin AI Agent. Omitting the
                field leaves existing audience memberships unchanged (PATCH semantics). Pass `[]` to clear
                all audience memberships. Unknown audience IDs return a `404` error with no partial
                commit.
            body_markdown (str): The body's field body_markdown (instead of body=). The content of the
                snippet in markdown. An alternative to `json_blocks` — you can provide content as markdown
                instead of structured blocks. Mutually exclusive with `json_blocks`.
            json_blocks (Sequence[Mapping[str, Any]]): The body's field json_blocks (instead of
                body=). The content blocks that make up the body of the snippet. Mutually exclusive with
                `body_markdown`.
            locale (str): The body's field locale (instead of body=). The locale of the content
                snippet.
            title (str): The body's field title (instead of body=). The title of the content snippet.
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
            ContentSnippet
        """

        from ...models.content_snippet import ContentSnippet
        from ...models.content_snippet_update_request import ContentSnippetUpdateRequest

        body = cast(
            "ContentSnippetUpdateRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "ai_chatbot_availability": ai_chatbot_availability,
                        "ai_copilot_availability": ai_copilot_availability,
                        "ai_sales_agent_availability": ai_sales_agent_availability,
                        "audience_ids": audience_ids,
                        "body_markdown": body_markdown,
                        "json_blocks": json_blocks,
                        "locale": locale,
                        "title": title,
                    },
                    "ContentSnippetUpdateRequest",
                ),
                ContentSnippetUpdateRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/content_snippets/{id}".format(
                id=path_segment("id", id, "PUT /content_snippets/{id}"),
            ),
            "extensions": {OPERATION: ("content_snippets.update", "/content_snippets/{id}")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ContentSnippet = self._request(
            _kwargs,
            {200: ContentSnippet.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class ContentSnippetsRawResource:
    """``client.content_snippets.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ContentSnippetsResource) -> None:
        raw = ContentSnippetsResource(resource._client, raw=True)
        self.attach_tag = sync_raw(raw.attach_tag)
        self.create = sync_raw(raw.create)
        self.delete = sync_raw(raw.delete)
        self.detach_tag = sync_raw(raw.detach_tag)
        self.retrieve = sync_raw(raw.retrieve)
        self.update = sync_raw(raw.update)
