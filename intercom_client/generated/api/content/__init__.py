# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.content``: the content resource of both clients, one method per operation.

``ContentResource`` is the sync one (on ``Intercom``), ``AsyncContentResource`` the async one (on
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
    request_body,
    request_options,
    sync_raw,
)

if TYPE_CHECKING:
    from ...models.content_bulk_action_request import ContentBulkActionRequest, ContentBulkActionRequestDict
    from ...models.content_bulk_action_request_action import ContentBulkActionRequestAction
    from ...models.content_bulk_action_request_audience import ContentBulkActionRequestAudienceDict
    from ...models.content_bulk_action_request_availability import ContentBulkActionRequestAvailabilityDict
    from ...models.content_bulk_action_request_content_ids_item import ContentBulkActionRequestContentIdsItemDict
    from ...models.content_bulk_action_request_tags import ContentBulkActionRequestTagsDict
    from ...models.content_bulk_action_response import ContentBulkActionResponse
    from ...models.content_search_article_item import ContentSearchArticleItem
    from ...models.content_search_default_item import ContentSearchDefaultItem
    from ...models.content_search_response import ContentSearchResponse
    from ...models.intercom_version import IntercomVersion
    from ...models.search_content_content_types_item import SearchContentContentTypesItem
    from ...models.search_content_copilot_state import SearchContentCopilotState
    from ...models.search_content_fin_sales_state import SearchContentFinSalesState
    from ...models.search_content_fin_service_state import SearchContentFinServiceState
    from ...models.search_content_folder_entity_type import SearchContentFolderEntityType
    from ...models.search_content_states_item import SearchContentStatesItem
    from ...models.search_content_tag_operator import SearchContentTagOperator
    from ...types import AsyncPaginator, Cursor, SyncPaginator, TimeoutTypes

__all__ = ["AsyncContentResource", "ContentResource"]


class AsyncContentResource(AsyncResource):
    """``client.content`` of AsyncIntercom: 2 operations."""

    @property
    def with_raw_response(self) -> AsyncContentRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncContentRawResource(self)

    async def bulk_content_actions(
        self,
        *,
        body: ContentBulkActionRequest | ContentBulkActionRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        action: ContentBulkActionRequestAction = NOT_GIVEN,
        content_ids: Sequence[ContentBulkActionRequestContentIdsItemDict] = NOT_GIVEN,
        audience: ContentBulkActionRequestAudienceDict = NOT_GIVEN,
        availability: ContentBulkActionRequestAvailabilityDict = NOT_GIVEN,
        tags: ContentBulkActionRequestTagsDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContentBulkActionResponse:
        """Run a bulk action on Knowledge Hub content (Preview)

        Asynchronously run a bulk action over up to 1,000 Knowledge Hub content items.

        Six actions are supported:
          * `publish` and `unpublish` — apply to `article_content` only.
          * `delete` — permanently delete content (excludes synced sources and `external_content`).
          * `set_availability` — toggle Fin AI Agent, Copilot, and Sales Agent availability flags.
          * `set_audience` — manage segment membership on content.
          * `update_tags` — apply and/or remove existing tags on content. Unlike the other
            actions, `update_tags` addresses articles by the parent `article` id, not
            `article_content`. Tags must already exist and not be archived; supply at least one of
            `add_tag_ids` / `remove_tag_ids`.

        The endpoint validates the request, enqueues background work, and returns 202 with a
        placeholder envelope. Items whose `type` is not in the action's allowlist are silently
        dropped before processing. Articles imported from synced sources (Confluence, Notion,
        Zendesk, Salesforce Knowledge, etc.) are silently skipped on `delete` — they can only be
        removed by disconnecting the underlying import source.

        Requires the `write_content` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            body (ContentBulkActionRequest | ContentBulkActionRequestDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            action (ContentBulkActionRequestAction): The body's field action (instead of body=). The
                bulk action to perform. Allowed `content_ids[].type` values vary per action:
                  * `publish`, `unpublish`: `article_content`
                  * `delete`: `article_content`, `content_snippet`, `file_source_content`,
                `internal_article`
                  * `set_availability`, `set_audience`: `article_content`, `content_snippet`,
                `external_content`, `file_source_content`, `internal_article`
                  * `update_tags`: `article` (the parent Article id, not `article_content`),
                `content_snippet`, `external_content`, `file_source_content`, `internal_article`
            content_ids (Sequence[ContentBulkActionRequestContentIdsItemDict]): The body's field
                content_ids (instead of body=). Up to 1,000 content items to apply the action to.
            audience (ContentBulkActionRequestAudienceDict): The body's field audience (instead of
                body=). Required when `action` is `set_audience`. Manages segment membership.
            availability (ContentBulkActionRequestAvailabilityDict): The body's field availability
                (instead of body=). Required when `action` is `set_availability`. Each field is optional —
                only the
                properties present in the request are toggled.
            tags (ContentBulkActionRequestTagsDict): The body's field tags (instead of body=).
                Required when `action` is `update_tags`. Applies and/or removes existing tags.
                Supply at least one of `add_tag_ids` / `remove_tag_ids`. At most 100 distinct tag IDs
                may be supplied across `add_tag_ids` and `remove_tag_ids` combined. Tag IDs must
                reference existing, non-archived tags; exceeding the limit or referencing unknown or
                archived IDs is rejected with `parameter_invalid` (HTTP 422).
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
            ContentBulkActionResponse
        """

        from ...models.content_bulk_action_request import ContentBulkActionRequest
        from ...models.content_bulk_action_response import ContentBulkActionResponse

        body = cast(
            "ContentBulkActionRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "action": action,
                        "content_ids": content_ids,
                        "audience": audience,
                        "availability": availability,
                        "tags": tags,
                    },
                    "ContentBulkActionRequest",
                ),
                ContentBulkActionRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/content/bulk_actions",
            "extensions": {OPERATION: ("content.bulk_content_actions", "/content/bulk_actions")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ContentBulkActionResponse = await self._request(
            _kwargs,
            {202: ContentBulkActionResponse.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def search(
        self,
        *,
        query: str | Unset = UNSET,
        states: list[SearchContentStatesItem] | Unset = UNSET,
        locales: list[str] | Unset = UNSET,
        tag_ids: list[int] | Unset = UNSET,
        tag_operator: SearchContentTagOperator | Unset = UNSET,
        any_tag_ids: list[int] | Unset = UNSET,
        folder_ids: list[int] | Unset = UNSET,
        folder_entity_type: SearchContentFolderEntityType | Unset = UNSET,
        content_types: list[SearchContentContentTypesItem] | Unset = UNSET,
        copilot_state: SearchContentCopilotState | Unset = UNSET,
        fin_service_state: SearchContentFinServiceState | Unset = UNSET,
        fin_sales_state: SearchContentFinSalesState | Unset = UNSET,
        created_by_ids: list[int] | Unset = UNSET,
        last_updated_by_ids: list[int] | Unset = UNSET,
        created_at_after: int | Unset = UNSET,
        created_at_before: int | Unset = UNSET,
        updated_at_after: int | Unset = UNSET,
        updated_at_before: int | Unset = UNSET,
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
    ) -> AsyncPaginator[ContentSearchArticleItem | ContentSearchDefaultItem, ContentSearchResponse]:
        """Search knowledge base contents

        Search the knowledge base contents — articles, snippets, external pages, uploaded files, and
        internal articles — using a keyword query.

        Each result row has a `type` discriminator. Most types (`content_snippet`, `external_content`,
        `file_source_content`, `internal_article`) return a flat `{ type, id, title }` shape. Help center
        articles return a nested shape with a `contents[]` array, one entry per locale.

        Requires the `read_content` OAuth scope.

        Args:
            query (str | Unset):
            states (list[SearchContentStatesItem] | Unset):
            locales (list[str] | Unset):
            tag_ids (list[int] | Unset):
            tag_operator (SearchContentTagOperator | Unset):
            any_tag_ids (list[int] | Unset):
            folder_ids (list[int] | Unset):
            folder_entity_type (SearchContentFolderEntityType | Unset):
            content_types (list[SearchContentContentTypesItem] | Unset):
            copilot_state (SearchContentCopilotState | Unset):
            fin_service_state (SearchContentFinServiceState | Unset):
            fin_sales_state (SearchContentFinSalesState | Unset):
            created_by_ids (list[int] | Unset):
            last_updated_by_ids (list[int] | Unset):
            created_at_after (int | Unset):
            created_at_before (int | Unset):
            updated_at_after (int | Unset):
            updated_at_before (int | Unset):
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
            AsyncPaginator[ContentSearchArticleItem | ContentSearchDefaultItem, ContentSearchResponse]
        """

        from ...models.content_search_response import ContentSearchResponse
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["query"] = query
        json_states: list[str] | Unset = UNSET
        if not isinstance(states, Unset):
            json_states = []
            for states_item_data in states:
                states_item: str = states_item_data
                json_states.append(states_item)

        params["states"] = json_states
        json_locales: list[str] | Unset = UNSET
        if not isinstance(locales, Unset):
            json_locales = locales

        params["locales"] = json_locales
        json_tag_ids: list[int] | Unset = UNSET
        if not isinstance(tag_ids, Unset):
            json_tag_ids = tag_ids

        params["tag_ids"] = json_tag_ids
        json_tag_operator: str | Unset = UNSET
        if not isinstance(tag_operator, Unset):
            json_tag_operator = tag_operator

        params["tag_operator"] = json_tag_operator
        json_any_tag_ids: list[int] | Unset = UNSET
        if not isinstance(any_tag_ids, Unset):
            json_any_tag_ids = any_tag_ids

        params["any_tag_ids"] = json_any_tag_ids
        json_folder_ids: list[int] | Unset = UNSET
        if not isinstance(folder_ids, Unset):
            json_folder_ids = folder_ids

        params["folder_ids"] = json_folder_ids
        json_folder_entity_type: str | Unset = UNSET
        if not isinstance(folder_entity_type, Unset):
            json_folder_entity_type = folder_entity_type

        params["folder_entity_type"] = json_folder_entity_type
        json_content_types: list[str] | Unset = UNSET
        if not isinstance(content_types, Unset):
            json_content_types = []
            for content_types_item_data in content_types:
                content_types_item: str = content_types_item_data
                json_content_types.append(content_types_item)

        params["content_types"] = json_content_types
        json_copilot_state: str | Unset = UNSET
        if not isinstance(copilot_state, Unset):
            json_copilot_state = copilot_state

        params["copilot_state"] = json_copilot_state
        json_fin_service_state: str | Unset = UNSET
        if not isinstance(fin_service_state, Unset):
            json_fin_service_state = fin_service_state

        params["fin_service_state"] = json_fin_service_state
        json_fin_sales_state: str | Unset = UNSET
        if not isinstance(fin_sales_state, Unset):
            json_fin_sales_state = fin_sales_state

        params["fin_sales_state"] = json_fin_sales_state
        json_created_by_ids: list[int] | Unset = UNSET
        if not isinstance(created_by_ids, Unset):
            json_created_by_ids = created_by_ids

        params["created_by_ids"] = json_created_by_ids
        json_last_updated_by_ids: list[int] | Unset = UNSET
        if not isinstance(last_updated_by_ids, Unset):
            json_last_updated_by_ids = last_updated_by_ids

        params["last_updated_by_ids"] = json_last_updated_by_ids
        params["created_at_after"] = created_at_after
        params["created_at_before"] = created_at_before
        params["updated_at_after"] = updated_at_after
        params["updated_at_before"] = updated_at_before
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/content/search",
            "extensions": {OPERATION: ("content.search", "/content/search")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.content.search_content"],
            _kwargs,
            {200: ContentSearchResponse.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncContentRawResource:
    """``client.content.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncContentResource) -> None:
        raw = AsyncContentResource(resource._client, raw=True)
        self.bulk_content_actions = async_raw(raw.bulk_content_actions)


class ContentResource(SyncResource):
    """``client.content`` of Intercom: 2 operations."""

    @property
    def with_raw_response(self) -> ContentRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return ContentRawResource(self)

    def bulk_content_actions(
        self,
        *,
        body: ContentBulkActionRequest | ContentBulkActionRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        action: ContentBulkActionRequestAction = NOT_GIVEN,
        content_ids: Sequence[ContentBulkActionRequestContentIdsItemDict] = NOT_GIVEN,
        audience: ContentBulkActionRequestAudienceDict = NOT_GIVEN,
        availability: ContentBulkActionRequestAvailabilityDict = NOT_GIVEN,
        tags: ContentBulkActionRequestTagsDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContentBulkActionResponse:
        """Run a bulk action on Knowledge Hub content (Preview)

        Asynchronously run a bulk action over up to 1,000 Knowledge Hub content items.

        Six actions are supported:
          * `publish` and `unpublish` — apply to `article_content` only.
          * `delete` — permanently delete content (excludes synced sources and `external_content`).
          * `set_availability` — toggle Fin AI Agent, Copilot, and Sales Agent availability flags.
          * `set_audience` — manage segment membership on content.
          * `update_tags` — apply and/or remove existing tags on content. Unlike the other
            actions, `update_tags` addresses articles by the parent `article` id, not
            `article_content`. Tags must already exist and not be archived; supply at least one of
            `add_tag_ids` / `remove_tag_ids`.

        The endpoint validates the request, enqueues background work, and returns 202 with a
        placeholder envelope. Items whose `type` is not in the action's allowlist are silently
        dropped before processing. Articles imported from synced sources (Confluence, Notion,
        Zendesk, Salesforce Knowledge, etc.) are silently skipped on `delete` — they can only be
        removed by disconnecting the underlying import source.

        Requires the `write_content` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            body (ContentBulkActionRequest | ContentBulkActionRequestDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            action (ContentBulkActionRequestAction): The body's field action (instead of body=). The
                bulk action to perform. Allowed `content_ids[].type` values vary per action:
                  * `publish`, `unpublish`: `article_content`
                  * `delete`: `article_content`, `content_snippet`, `file_source_content`,
                `internal_article`
                  * `set_availability`, `set_audience`: `article_content`, `content_snippet`,
                `external_content`, `file_source_content`, `internal_article`
                  * `update_tags`: `article` (the parent Article id, not `article_content`),
                `content_snippet`, `external_content`, `file_source_content`, `internal_article`
            content_ids (Sequence[ContentBulkActionRequestContentIdsItemDict]): The body's field
                content_ids (instead of body=). Up to 1,000 content items to apply the action to.
            audience (ContentBulkActionRequestAudienceDict): The body's field audience (instead of
                body=). Required when `action` is `set_audience`. Manages segment membership.
            availability (ContentBulkActionRequestAvailabilityDict): The body's field availability
                (instead of body=). Required when `action` is `set_availability`. Each field is optional —
                only the
                properties present in the request are toggled.
            tags (ContentBulkActionRequestTagsDict): The body's field tags (instead of body=).
                Required when `action` is `update_tags`. Applies and/or removes existing tags.
                Supply at least one of `add_tag_ids` / `remove_tag_ids`. At most 100 distinct tag IDs
                may be supplied across `add_tag_ids` and `remove_tag_ids` combined. Tag IDs must
                reference existing, non-archived tags; exceeding the limit or referencing unknown or
                archived IDs is rejected with `parameter_invalid` (HTTP 422).
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
            ContentBulkActionResponse
        """

        from ...models.content_bulk_action_request import ContentBulkActionRequest
        from ...models.content_bulk_action_response import ContentBulkActionResponse

        body = cast(
            "ContentBulkActionRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "action": action,
                        "content_ids": content_ids,
                        "audience": audience,
                        "availability": availability,
                        "tags": tags,
                    },
                    "ContentBulkActionRequest",
                ),
                ContentBulkActionRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/content/bulk_actions",
            "extensions": {OPERATION: ("content.bulk_content_actions", "/content/bulk_actions")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ContentBulkActionResponse = self._request(
            _kwargs,
            {202: ContentBulkActionResponse.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def search(
        self,
        *,
        query: str | Unset = UNSET,
        states: list[SearchContentStatesItem] | Unset = UNSET,
        locales: list[str] | Unset = UNSET,
        tag_ids: list[int] | Unset = UNSET,
        tag_operator: SearchContentTagOperator | Unset = UNSET,
        any_tag_ids: list[int] | Unset = UNSET,
        folder_ids: list[int] | Unset = UNSET,
        folder_entity_type: SearchContentFolderEntityType | Unset = UNSET,
        content_types: list[SearchContentContentTypesItem] | Unset = UNSET,
        copilot_state: SearchContentCopilotState | Unset = UNSET,
        fin_service_state: SearchContentFinServiceState | Unset = UNSET,
        fin_sales_state: SearchContentFinSalesState | Unset = UNSET,
        created_by_ids: list[int] | Unset = UNSET,
        last_updated_by_ids: list[int] | Unset = UNSET,
        created_at_after: int | Unset = UNSET,
        created_at_before: int | Unset = UNSET,
        updated_at_after: int | Unset = UNSET,
        updated_at_before: int | Unset = UNSET,
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
    ) -> SyncPaginator[ContentSearchArticleItem | ContentSearchDefaultItem, ContentSearchResponse]:
        """Search knowledge base contents

        Search the knowledge base contents — articles, snippets, external pages, uploaded files, and
        internal articles — using a keyword query.

        Each result row has a `type` discriminator. Most types (`content_snippet`, `external_content`,
        `file_source_content`, `internal_article`) return a flat `{ type, id, title }` shape. Help center
        articles return a nested shape with a `contents[]` array, one entry per locale.

        Requires the `read_content` OAuth scope.

        Args:
            query (str | Unset):
            states (list[SearchContentStatesItem] | Unset):
            locales (list[str] | Unset):
            tag_ids (list[int] | Unset):
            tag_operator (SearchContentTagOperator | Unset):
            any_tag_ids (list[int] | Unset):
            folder_ids (list[int] | Unset):
            folder_entity_type (SearchContentFolderEntityType | Unset):
            content_types (list[SearchContentContentTypesItem] | Unset):
            copilot_state (SearchContentCopilotState | Unset):
            fin_service_state (SearchContentFinServiceState | Unset):
            fin_sales_state (SearchContentFinSalesState | Unset):
            created_by_ids (list[int] | Unset):
            last_updated_by_ids (list[int] | Unset):
            created_at_after (int | Unset):
            created_at_before (int | Unset):
            updated_at_after (int | Unset):
            updated_at_before (int | Unset):
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
            SyncPaginator[ContentSearchArticleItem | ContentSearchDefaultItem, ContentSearchResponse]
        """

        from ...models.content_search_response import ContentSearchResponse
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["query"] = query
        json_states: list[str] | Unset = UNSET
        if not isinstance(states, Unset):
            json_states = []
            for states_item_data in states:
                states_item: str = states_item_data
                json_states.append(states_item)

        params["states"] = json_states
        json_locales: list[str] | Unset = UNSET
        if not isinstance(locales, Unset):
            json_locales = locales

        params["locales"] = json_locales
        json_tag_ids: list[int] | Unset = UNSET
        if not isinstance(tag_ids, Unset):
            json_tag_ids = tag_ids

        params["tag_ids"] = json_tag_ids
        json_tag_operator: str | Unset = UNSET
        if not isinstance(tag_operator, Unset):
            json_tag_operator = tag_operator

        params["tag_operator"] = json_tag_operator
        json_any_tag_ids: list[int] | Unset = UNSET
        if not isinstance(any_tag_ids, Unset):
            json_any_tag_ids = any_tag_ids

        params["any_tag_ids"] = json_any_tag_ids
        json_folder_ids: list[int] | Unset = UNSET
        if not isinstance(folder_ids, Unset):
            json_folder_ids = folder_ids

        params["folder_ids"] = json_folder_ids
        json_folder_entity_type: str | Unset = UNSET
        if not isinstance(folder_entity_type, Unset):
            json_folder_entity_type = folder_entity_type

        params["folder_entity_type"] = json_folder_entity_type
        json_content_types: list[str] | Unset = UNSET
        if not isinstance(content_types, Unset):
            json_content_types = []
            for content_types_item_data in content_types:
                content_types_item: str = content_types_item_data
                json_content_types.append(content_types_item)

        params["content_types"] = json_content_types
        json_copilot_state: str | Unset = UNSET
        if not isinstance(copilot_state, Unset):
            json_copilot_state = copilot_state

        params["copilot_state"] = json_copilot_state
        json_fin_service_state: str | Unset = UNSET
        if not isinstance(fin_service_state, Unset):
            json_fin_service_state = fin_service_state

        params["fin_service_state"] = json_fin_service_state
        json_fin_sales_state: str | Unset = UNSET
        if not isinstance(fin_sales_state, Unset):
            json_fin_sales_state = fin_sales_state

        params["fin_sales_state"] = json_fin_sales_state
        json_created_by_ids: list[int] | Unset = UNSET
        if not isinstance(created_by_ids, Unset):
            json_created_by_ids = created_by_ids

        params["created_by_ids"] = json_created_by_ids
        json_last_updated_by_ids: list[int] | Unset = UNSET
        if not isinstance(last_updated_by_ids, Unset):
            json_last_updated_by_ids = last_updated_by_ids

        params["last_updated_by_ids"] = json_last_updated_by_ids
        params["created_at_after"] = created_at_after
        params["created_at_before"] = created_at_before
        params["updated_at_after"] = updated_at_after
        params["updated_at_before"] = updated_at_before
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/content/search",
            "extensions": {OPERATION: ("content.search", "/content/search")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.content.search_content"],
            _kwargs,
            {200: ContentSearchResponse.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class ContentRawResource:
    """``client.content.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ContentResource) -> None:
        raw = ContentResource(resource._client, raw=True)
        self.bulk_content_actions = sync_raw(raw.bulk_content_actions)
