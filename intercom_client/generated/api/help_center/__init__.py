# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.help_center``: the help_center resource of both clients, one method per operation.

``HelpCenterResource`` is the sync one (on ``Intercom``), ``AsyncHelpCenterResource`` the async one (on
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
    from ...models.collection import Collection
    from ...models.collection_list import CollectionList
    from ...models.create_collection_request import CreateCollectionRequest, CreateCollectionRequestDict
    from ...models.create_help_center_redirect_request import (
        CreateHelpCenterRedirectRequest,
        CreateHelpCenterRedirectRequestDict,
    )
    from ...models.create_help_center_redirect_request_target_type import CreateHelpCenterRedirectRequestTargetType
    from ...models.deleted_collection_object import DeletedCollectionObject
    from ...models.deleted_help_center_redirect_object import DeletedHelpCenterRedirectObject
    from ...models.group_translated_content import GroupTranslatedContentDict
    from ...models.help_center import HelpCenter
    from ...models.help_center_list import HelpCenterList
    from ...models.help_center_redirect import HelpCenterRedirect
    from ...models.help_center_redirect_list import HelpCenterRedirectList
    from ...models.intercom_version import IntercomVersion
    from ...models.update_collection_request import UpdateCollectionRequest, UpdateCollectionRequestDict
    from ...types import AsyncPaginator, Cursor, SyncPaginator, TimeoutTypes

__all__ = ["AsyncHelpCenterResource", "HelpCenterResource"]


class AsyncHelpCenterResource(AsyncResource):
    """``client.help_center`` of AsyncIntercom: 11 operations."""

    @property
    def with_raw_response(self) -> AsyncHelpCenterRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncHelpCenterRawResource(self)

    async def create_collection(
        self,
        *,
        body: CreateCollectionRequest | CreateCollectionRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        name: str = NOT_GIVEN,
        description: str = NOT_GIVEN,
        help_center_id: int | None = NOT_GIVEN,
        parent_id: str | None = NOT_GIVEN,
        translated_content: GroupTranslatedContentDict | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Collection:
        """Create a collection

        You can create a new collection by making a POST request to
        `https://api.intercom.io/help_center/collections.`

        Args:
            body (CreateCollectionRequest | CreateCollectionRequestDict): You can create a collection
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            name (str): The body's field name (instead of body=). The name of the collection. For
                multilingual collections, this will be the name of the default language's content.
            description (str): The body's field description (instead of body=). The description of the
                collection. For multilingual collections, this will be the description of the default
                language's content.
            help_center_id (int | None): The body's field help_center_id (instead of body=). The id of
                the help center where the collection will be created. If `null` then it will be created in
                the default help center.
            parent_id (str | None): The body's field parent_id (instead of body=). The id of the
                parent collection. If `null` then it will be created as the first level collection.
            translated_content (GroupTranslatedContentDict | None): The body's field
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
            Collection
        """

        from ...models.collection import Collection
        from ...models.create_collection_request import CreateCollectionRequest

        body = cast(
            "CreateCollectionRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "name": name,
                        "description": description,
                        "help_center_id": help_center_id,
                        "parent_id": parent_id,
                        "translated_content": translated_content,
                    },
                    "CreateCollectionRequest",
                ),
                CreateCollectionRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/help_center/collections",
            "extensions": {OPERATION: ("help_center.create_collection", "/help_center/collections")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Collection = await self._request(
            _kwargs,
            {200: Collection.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def create_redirect(
        self,
        help_center_id: str,
        *,
        body: CreateHelpCenterRedirectRequest | CreateHelpCenterRedirectRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        from_url: str = NOT_GIVEN,
        locale: str = NOT_GIVEN,
        target_id: str = NOT_GIVEN,
        target_type: CreateHelpCenterRedirectRequestTargetType = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> HelpCenterRedirect:
        """Create a redirect

        You can create a new URL redirect by making a POST request to
        `https://api.intercom.io/help_center/help_centers/{help_center_id}/redirects`.

        Requires the `read_write_help_center_redirects_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            help_center_id (str):
            body (CreateHelpCenterRedirectRequest | CreateHelpCenterRedirectRequestDict): You can
                create a help center redirect.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            from_url (str): The body's field from_url (instead of body=). The source URL to redirect.
                Must be an absolute URL within the help center's URL space.
            locale (str): The body's field locale (instead of body=). The locale of the target
                translation (e.g. `en`, `fr`). For article targets this selects the ArticleContent
                variant.
            target_id (str): The body's field target_id (instead of body=). The unique identifier of
                the target article or collection. The target must be a member of the help center.
            target_type (CreateHelpCenterRedirectRequestTargetType): The body's field target_type
                (instead of body=). The type of the redirect target.
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
            HelpCenterRedirect
        """

        from ...models.create_help_center_redirect_request import CreateHelpCenterRedirectRequest
        from ...models.help_center_redirect import HelpCenterRedirect

        body = cast(
            "CreateHelpCenterRedirectRequest",
            request_body(
                body_fields(
                    body,
                    {"from_url": from_url, "locale": locale, "target_id": target_id, "target_type": target_type},
                    "CreateHelpCenterRedirectRequest",
                ),
                CreateHelpCenterRedirectRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/help_center/help_centers/{help_center_id}/redirects".format(
                help_center_id=path_segment(
                    "help_center_id", help_center_id, "POST /help_center/help_centers/{help_center_id}/redirects"
                ),
            ),
            "extensions": {
                OPERATION: ("help_center.create_redirect", "/help_center/help_centers/{help_center_id}/redirects")
            },
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: HelpCenterRedirect = await self._request(
            _kwargs,
            {200: HelpCenterRedirect.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def delete_collection(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DeletedCollectionObject:
        """Delete a collection

        You can delete a single collection by making a DELETE request to
        `https://api.intercom.io/collections/<id>`.

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
            DeletedCollectionObject
        """

        from ...models.deleted_collection_object import DeletedCollectionObject

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/help_center/collections/{id}".format(
                id=path_segment("id", id, "DELETE /help_center/collections/{id}"),
            ),
            "extensions": {OPERATION: ("help_center.delete_collection", "/help_center/collections/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: DeletedCollectionObject = await self._request(
            _kwargs,
            {200: DeletedCollectionObject.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def delete_redirect(
        self,
        help_center_id: str,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DeletedHelpCenterRedirectObject:
        """Delete a redirect

        You can delete a single redirect by making a DELETE request to
        `https://api.intercom.io/help_center/help_centers/{help_center_id}/redirects/{id}`.

        Requires the `read_write_help_center_redirects_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            help_center_id (str):
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
            DeletedHelpCenterRedirectObject
        """

        from ...models.deleted_help_center_redirect_object import DeletedHelpCenterRedirectObject

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/help_center/help_centers/{help_center_id}/redirects/{id}".format(
                help_center_id=path_segment(
                    "help_center_id", help_center_id, "DELETE /help_center/help_centers/{help_center_id}/redirects/{id}"
                ),
                id=path_segment("id", id, "DELETE /help_center/help_centers/{help_center_id}/redirects/{id}"),
            ),
            "extensions": {
                OPERATION: ("help_center.delete_redirect", "/help_center/help_centers/{help_center_id}/redirects/{id}")
            },
        }
        _kwargs["headers"] = headers

        parsed: DeletedHelpCenterRedirectObject = await self._request(
            _kwargs,
            {200: DeletedHelpCenterRedirectObject.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def list(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> HelpCenterList:
        """List all Help Centers

        You can list all Help Centers by making a GET request to
        `https://api.intercom.io/help_center/help_centers`.

        Args:
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
            HelpCenterList
        """

        from ...models.help_center_list import HelpCenterList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/help_center/help_centers",
            "extensions": {OPERATION: ("help_center.list", "/help_center/help_centers")},
        }
        _kwargs["headers"] = headers

        parsed: HelpCenterList = await self._request(
            _kwargs,
            {200: HelpCenterList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list_collections(
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
    ) -> AsyncPaginator[Collection, CollectionList]:
        """List all collections

        You can fetch a list of all collections by making a GET request to
        `https://api.intercom.io/help_center/collections`.

        Collections will be returned in descending order on the `updated_at` attribute. This means if you
        need to iterate through results then we'll show the most recently updated collections first.

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
            AsyncPaginator[Collection, CollectionList]
        """

        from ...models.collection_list import CollectionList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/help_center/collections",
            "extensions": {OPERATION: ("help_center.list_collections", "/help_center/collections")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.help_center.list_all_collections"],
            _kwargs,
            {200: CollectionList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_redirects(
        self,
        help_center_id: str,
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
    ) -> AsyncPaginator[HelpCenterRedirect, HelpCenterRedirectList]:
        """List all redirects for a help center

        You can fetch a list of all URL redirects for a help center by making a GET request to
        `https://api.intercom.io/help_center/help_centers/{help_center_id}/redirects`.

        Redirects are returned in descending order on the `updated_at` attribute.

        Requires the `read_help_center_redirects_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            help_center_id (str):
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
            AsyncPaginator[HelpCenterRedirect, HelpCenterRedirectList]
        """

        from ...models.help_center_redirect_list import HelpCenterRedirectList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/help_center/help_centers/{help_center_id}/redirects".format(
                help_center_id=path_segment(
                    "help_center_id", help_center_id, "GET /help_center/help_centers/{help_center_id}/redirects"
                ),
            ),
            "extensions": {
                OPERATION: ("help_center.list_redirects", "/help_center/help_centers/{help_center_id}/redirects")
            },
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.help_center.list_help_center_redirects"],
            _kwargs,
            {200: HelpCenterRedirectList.from_dict},
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
    ) -> HelpCenter:
        """Retrieve a Help Center

        You can fetch the details of a single Help Center by making a GET request to
        `https://api.intercom.io/help_center/help_center/<id>`.

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
            HelpCenter
        """

        from ...models.help_center import HelpCenter

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/help_center/help_centers/{id}".format(
                id=path_segment("id", id, "GET /help_center/help_centers/{id}"),
            ),
            "extensions": {OPERATION: ("help_center.retrieve", "/help_center/help_centers/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: HelpCenter = await self._request(
            _kwargs,
            {200: HelpCenter.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def retrieve_collection(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Collection:
        """Retrieve a collection

        You can fetch the details of a single collection by making a GET request to
        `https://api.intercom.io/help_center/collections/<id>`.

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
            Collection
        """

        from ...models.collection import Collection

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/help_center/collections/{id}".format(
                id=path_segment("id", id, "GET /help_center/collections/{id}"),
            ),
            "extensions": {OPERATION: ("help_center.retrieve_collection", "/help_center/collections/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Collection = await self._request(
            _kwargs,
            {200: Collection.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def retrieve_redirect(
        self,
        help_center_id: str,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> HelpCenterRedirect:
        """Retrieve a redirect

        You can fetch the details of a single redirect by making a GET request to
        `https://api.intercom.io/help_center/help_centers/{help_center_id}/redirects/{id}`.

        Requires the `read_help_center_redirects_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            help_center_id (str):
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
            HelpCenterRedirect
        """

        from ...models.help_center_redirect import HelpCenterRedirect

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/help_center/help_centers/{help_center_id}/redirects/{id}".format(
                help_center_id=path_segment(
                    "help_center_id", help_center_id, "GET /help_center/help_centers/{help_center_id}/redirects/{id}"
                ),
                id=path_segment("id", id, "GET /help_center/help_centers/{help_center_id}/redirects/{id}"),
            ),
            "extensions": {
                OPERATION: (
                    "help_center.retrieve_redirect",
                    "/help_center/help_centers/{help_center_id}/redirects/{id}",
                )
            },
        }
        _kwargs["headers"] = headers

        parsed: HelpCenterRedirect = await self._request(
            _kwargs,
            {200: HelpCenterRedirect.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def update_collection(
        self,
        id: int,
        *,
        body: UpdateCollectionRequest | UpdateCollectionRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        description: str = NOT_GIVEN,
        name: str = NOT_GIVEN,
        parent_id: str | None = NOT_GIVEN,
        translated_content: GroupTranslatedContentDict | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Collection:
        """Update a collection

        You can update the details of a single collection by making a PUT request to
        `https://api.intercom.io/collections/<id>`.

        Args:
            id (int):
            body (UpdateCollectionRequest | UpdateCollectionRequestDict | Unset): You can update a
                collection
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            description (str): The body's field description (instead of body=). The description of the
                collection. For multilingual collections, this will be the description of the default
                language's content.
            name (str): The body's field name (instead of body=). The name of the collection. For
                multilingual collections, this will be the name of the default language's content.
            parent_id (str | None): The body's field parent_id (instead of body=). The id of the
                parent collection. If `null` then it will be updated as the first level collection.
            translated_content (GroupTranslatedContentDict | None): The body's field
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
            Collection
        """

        from ...models.collection import Collection
        from ...models.update_collection_request import UpdateCollectionRequest

        body = cast(
            "UpdateCollectionRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "description": description,
                        "name": name,
                        "parent_id": parent_id,
                        "translated_content": translated_content,
                    },
                    "UpdateCollectionRequest",
                ),
                UpdateCollectionRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/help_center/collections/{id}".format(
                id=path_segment("id", id, "PUT /help_center/collections/{id}"),
            ),
            "extensions": {OPERATION: ("help_center.update_collection", "/help_center/collections/{id}")},
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Collection = await self._request(
            _kwargs,
            {200: Collection.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncHelpCenterRawResource:
    """``client.help_center.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncHelpCenterResource) -> None:
        raw = AsyncHelpCenterResource(resource._client, raw=True)
        self.create_collection = async_raw(raw.create_collection)
        self.create_redirect = async_raw(raw.create_redirect)
        self.delete_collection = async_raw(raw.delete_collection)
        self.delete_redirect = async_raw(raw.delete_redirect)
        self.list = async_raw(raw.list)
        self.retrieve = async_raw(raw.retrieve)
        self.retrieve_collection = async_raw(raw.retrieve_collection)
        self.retrieve_redirect = async_raw(raw.retrieve_redirect)
        self.update_collection = async_raw(raw.update_collection)


class HelpCenterResource(SyncResource):
    """``client.help_center`` of Intercom: 11 operations."""

    @property
    def with_raw_response(self) -> HelpCenterRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return HelpCenterRawResource(self)

    def create_collection(
        self,
        *,
        body: CreateCollectionRequest | CreateCollectionRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        name: str = NOT_GIVEN,
        description: str = NOT_GIVEN,
        help_center_id: int | None = NOT_GIVEN,
        parent_id: str | None = NOT_GIVEN,
        translated_content: GroupTranslatedContentDict | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Collection:
        """Create a collection

        You can create a new collection by making a POST request to
        `https://api.intercom.io/help_center/collections.`

        Args:
            body (CreateCollectionRequest | CreateCollectionRequestDict): You can create a collection
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            name (str): The body's field name (instead of body=). The name of the collection. For
                multilingual collections, this will be the name of the default language's content.
            description (str): The body's field description (instead of body=). The description of the
                collection. For multilingual collections, this will be the description of the default
                language's content.
            help_center_id (int | None): The body's field help_center_id (instead of body=). The id of
                the help center where the collection will be created. If `null` then it will be created in
                the default help center.
            parent_id (str | None): The body's field parent_id (instead of body=). The id of the
                parent collection. If `null` then it will be created as the first level collection.
            translated_content (GroupTranslatedContentDict | None): The body's field
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
            Collection
        """

        from ...models.collection import Collection
        from ...models.create_collection_request import CreateCollectionRequest

        body = cast(
            "CreateCollectionRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "name": name,
                        "description": description,
                        "help_center_id": help_center_id,
                        "parent_id": parent_id,
                        "translated_content": translated_content,
                    },
                    "CreateCollectionRequest",
                ),
                CreateCollectionRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/help_center/collections",
            "extensions": {OPERATION: ("help_center.create_collection", "/help_center/collections")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Collection = self._request(
            _kwargs,
            {200: Collection.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def create_redirect(
        self,
        help_center_id: str,
        *,
        body: CreateHelpCenterRedirectRequest | CreateHelpCenterRedirectRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        from_url: str = NOT_GIVEN,
        locale: str = NOT_GIVEN,
        target_id: str = NOT_GIVEN,
        target_type: CreateHelpCenterRedirectRequestTargetType = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> HelpCenterRedirect:
        """Create a redirect

        You can create a new URL redirect by making a POST request to
        `https://api.intercom.io/help_center/help_centers/{help_center_id}/redirects`.

        Requires the `read_write_help_center_redirects_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            help_center_id (str):
            body (CreateHelpCenterRedirectRequest | CreateHelpCenterRedirectRequestDict): You can
                create a help center redirect.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            from_url (str): The body's field from_url (instead of body=). The source URL to redirect.
                Must be an absolute URL within the help center's URL space.
            locale (str): The body's field locale (instead of body=). The locale of the target
                translation (e.g. `en`, `fr`). For article targets this selects the ArticleContent
                variant.
            target_id (str): The body's field target_id (instead of body=). The unique identifier of
                the target article or collection. The target must be a member of the help center.
            target_type (CreateHelpCenterRedirectRequestTargetType): The body's field target_type
                (instead of body=). The type of the redirect target.
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
            HelpCenterRedirect
        """

        from ...models.create_help_center_redirect_request import CreateHelpCenterRedirectRequest
        from ...models.help_center_redirect import HelpCenterRedirect

        body = cast(
            "CreateHelpCenterRedirectRequest",
            request_body(
                body_fields(
                    body,
                    {"from_url": from_url, "locale": locale, "target_id": target_id, "target_type": target_type},
                    "CreateHelpCenterRedirectRequest",
                ),
                CreateHelpCenterRedirectRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/help_center/help_centers/{help_center_id}/redirects".format(
                help_center_id=path_segment(
                    "help_center_id", help_center_id, "POST /help_center/help_centers/{help_center_id}/redirects"
                ),
            ),
            "extensions": {
                OPERATION: ("help_center.create_redirect", "/help_center/help_centers/{help_center_id}/redirects")
            },
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: HelpCenterRedirect = self._request(
            _kwargs,
            {200: HelpCenterRedirect.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def delete_collection(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DeletedCollectionObject:
        """Delete a collection

        You can delete a single collection by making a DELETE request to
        `https://api.intercom.io/collections/<id>`.

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
            DeletedCollectionObject
        """

        from ...models.deleted_collection_object import DeletedCollectionObject

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/help_center/collections/{id}".format(
                id=path_segment("id", id, "DELETE /help_center/collections/{id}"),
            ),
            "extensions": {OPERATION: ("help_center.delete_collection", "/help_center/collections/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: DeletedCollectionObject = self._request(
            _kwargs,
            {200: DeletedCollectionObject.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def delete_redirect(
        self,
        help_center_id: str,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DeletedHelpCenterRedirectObject:
        """Delete a redirect

        You can delete a single redirect by making a DELETE request to
        `https://api.intercom.io/help_center/help_centers/{help_center_id}/redirects/{id}`.

        Requires the `read_write_help_center_redirects_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            help_center_id (str):
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
            DeletedHelpCenterRedirectObject
        """

        from ...models.deleted_help_center_redirect_object import DeletedHelpCenterRedirectObject

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/help_center/help_centers/{help_center_id}/redirects/{id}".format(
                help_center_id=path_segment(
                    "help_center_id", help_center_id, "DELETE /help_center/help_centers/{help_center_id}/redirects/{id}"
                ),
                id=path_segment("id", id, "DELETE /help_center/help_centers/{help_center_id}/redirects/{id}"),
            ),
            "extensions": {
                OPERATION: ("help_center.delete_redirect", "/help_center/help_centers/{help_center_id}/redirects/{id}")
            },
        }
        _kwargs["headers"] = headers

        parsed: DeletedHelpCenterRedirectObject = self._request(
            _kwargs,
            {200: DeletedHelpCenterRedirectObject.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> HelpCenterList:
        """List all Help Centers

        You can list all Help Centers by making a GET request to
        `https://api.intercom.io/help_center/help_centers`.

        Args:
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
            HelpCenterList
        """

        from ...models.help_center_list import HelpCenterList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/help_center/help_centers",
            "extensions": {OPERATION: ("help_center.list", "/help_center/help_centers")},
        }
        _kwargs["headers"] = headers

        parsed: HelpCenterList = self._request(
            _kwargs,
            {200: HelpCenterList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list_collections(
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
    ) -> SyncPaginator[Collection, CollectionList]:
        """List all collections

        You can fetch a list of all collections by making a GET request to
        `https://api.intercom.io/help_center/collections`.

        Collections will be returned in descending order on the `updated_at` attribute. This means if you
        need to iterate through results then we'll show the most recently updated collections first.

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
            SyncPaginator[Collection, CollectionList]
        """

        from ...models.collection_list import CollectionList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/help_center/collections",
            "extensions": {OPERATION: ("help_center.list_collections", "/help_center/collections")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.help_center.list_all_collections"],
            _kwargs,
            {200: CollectionList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_redirects(
        self,
        help_center_id: str,
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
    ) -> SyncPaginator[HelpCenterRedirect, HelpCenterRedirectList]:
        """List all redirects for a help center

        You can fetch a list of all URL redirects for a help center by making a GET request to
        `https://api.intercom.io/help_center/help_centers/{help_center_id}/redirects`.

        Redirects are returned in descending order on the `updated_at` attribute.

        Requires the `read_help_center_redirects_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            help_center_id (str):
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
            SyncPaginator[HelpCenterRedirect, HelpCenterRedirectList]
        """

        from ...models.help_center_redirect_list import HelpCenterRedirectList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/help_center/help_centers/{help_center_id}/redirects".format(
                help_center_id=path_segment(
                    "help_center_id", help_center_id, "GET /help_center/help_centers/{help_center_id}/redirects"
                ),
            ),
            "extensions": {
                OPERATION: ("help_center.list_redirects", "/help_center/help_centers/{help_center_id}/redirects")
            },
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.help_center.list_help_center_redirects"],
            _kwargs,
            {200: HelpCenterRedirectList.from_dict},
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
    ) -> HelpCenter:
        """Retrieve a Help Center

        You can fetch the details of a single Help Center by making a GET request to
        `https://api.intercom.io/help_center/help_center/<id>`.

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
            HelpCenter
        """

        from ...models.help_center import HelpCenter

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/help_center/help_centers/{id}".format(
                id=path_segment("id", id, "GET /help_center/help_centers/{id}"),
            ),
            "extensions": {OPERATION: ("help_center.retrieve", "/help_center/help_centers/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: HelpCenter = self._request(
            _kwargs,
            {200: HelpCenter.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def retrieve_collection(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Collection:
        """Retrieve a collection

        You can fetch the details of a single collection by making a GET request to
        `https://api.intercom.io/help_center/collections/<id>`.

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
            Collection
        """

        from ...models.collection import Collection

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/help_center/collections/{id}".format(
                id=path_segment("id", id, "GET /help_center/collections/{id}"),
            ),
            "extensions": {OPERATION: ("help_center.retrieve_collection", "/help_center/collections/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Collection = self._request(
            _kwargs,
            {200: Collection.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def retrieve_redirect(
        self,
        help_center_id: str,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> HelpCenterRedirect:
        """Retrieve a redirect

        You can fetch the details of a single redirect by making a GET request to
        `https://api.intercom.io/help_center/help_centers/{help_center_id}/redirects/{id}`.

        Requires the `read_help_center_redirects_scope` OAuth scope. Set `Intercom-Version: Preview`.

        Args:
            help_center_id (str):
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
            HelpCenterRedirect
        """

        from ...models.help_center_redirect import HelpCenterRedirect

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/help_center/help_centers/{help_center_id}/redirects/{id}".format(
                help_center_id=path_segment(
                    "help_center_id", help_center_id, "GET /help_center/help_centers/{help_center_id}/redirects/{id}"
                ),
                id=path_segment("id", id, "GET /help_center/help_centers/{help_center_id}/redirects/{id}"),
            ),
            "extensions": {
                OPERATION: (
                    "help_center.retrieve_redirect",
                    "/help_center/help_centers/{help_center_id}/redirects/{id}",
                )
            },
        }
        _kwargs["headers"] = headers

        parsed: HelpCenterRedirect = self._request(
            _kwargs,
            {200: HelpCenterRedirect.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def update_collection(
        self,
        id: int,
        *,
        body: UpdateCollectionRequest | UpdateCollectionRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        description: str = NOT_GIVEN,
        name: str = NOT_GIVEN,
        parent_id: str | None = NOT_GIVEN,
        translated_content: GroupTranslatedContentDict | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Collection:
        """Update a collection

        You can update the details of a single collection by making a PUT request to
        `https://api.intercom.io/collections/<id>`.

        Args:
            id (int):
            body (UpdateCollectionRequest | UpdateCollectionRequestDict | Unset): You can update a
                collection
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            description (str): The body's field description (instead of body=). The description of the
                collection. For multilingual collections, this will be the description of the default
                language's content.
            name (str): The body's field name (instead of body=). The name of the collection. For
                multilingual collections, this will be the name of the default language's content.
            parent_id (str | None): The body's field parent_id (instead of body=). The id of the
                parent collection. If `null` then it will be updated as the first level collection.
            translated_content (GroupTranslatedContentDict | None): The body's field
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
            Collection
        """

        from ...models.collection import Collection
        from ...models.update_collection_request import UpdateCollectionRequest

        body = cast(
            "UpdateCollectionRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "description": description,
                        "name": name,
                        "parent_id": parent_id,
                        "translated_content": translated_content,
                    },
                    "UpdateCollectionRequest",
                ),
                UpdateCollectionRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/help_center/collections/{id}".format(
                id=path_segment("id", id, "PUT /help_center/collections/{id}"),
            ),
            "extensions": {OPERATION: ("help_center.update_collection", "/help_center/collections/{id}")},
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Collection = self._request(
            _kwargs,
            {200: Collection.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class HelpCenterRawResource:
    """``client.help_center.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: HelpCenterResource) -> None:
        raw = HelpCenterResource(resource._client, raw=True)
        self.create_collection = sync_raw(raw.create_collection)
        self.create_redirect = sync_raw(raw.create_redirect)
        self.delete_collection = sync_raw(raw.delete_collection)
        self.delete_redirect = sync_raw(raw.delete_redirect)
        self.list = sync_raw(raw.list)
        self.retrieve = sync_raw(raw.retrieve)
        self.retrieve_collection = sync_raw(raw.retrieve_collection)
        self.retrieve_redirect = sync_raw(raw.retrieve_redirect)
        self.update_collection = sync_raw(raw.update_collection)
