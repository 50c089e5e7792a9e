# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.macros``: the macros resource of both clients, one method per operation.

``MacrosResource`` is the sync one (on ``Intercom``), ``AsyncMacrosResource`` the async one (on
``AsyncIntercom``). Each method is its operation: it builds the request (method, path, query, headers,
body), names how each documented response decodes, and hands both to the runtime (``_resource.py``),
which sends, retries and decodes. The models a method needs are imported on its first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import (
    NOT_GIVEN,
    OPERATION,
    UNSET,
    AsyncResource,
    SyncResource,
    Unset,
    async_raw,
    path_segment,
    request_options,
    sync_raw,
)

if TYPE_CHECKING:
    from ...models.intercom_version import IntercomVersion
    from ...models.macro import Macro
    from ...models.macro_list import MacroList
    from ...types import AsyncPaginator, Cursor, SyncPaginator, TimeoutTypes

__all__ = ["AsyncMacrosResource", "MacrosResource"]


class AsyncMacrosResource(AsyncResource):
    """``client.macros`` of AsyncIntercom: 2 operations."""

    @property
    def with_raw_response(self) -> AsyncMacrosRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncMacrosRawResource(self)

    def list(
        self,
        *,
        updated_since: int | Unset = UNSET,
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
    ) -> AsyncPaginator[Macro, MacroList]:
        """List all macros

        You can fetch a list of all macros (saved replies) in your workspace for use in automating
        responses.

        The macros are returned in descending order by updated_at.

        **Pagination**

        This endpoint uses cursor-based pagination via the `starting_after` parameter. The cursor is a
        Base64-encoded JSON array containing `[updated_at, id]` of the last item from the previous page.

        **Placeholder Transformation**

        The API transforms Intercom placeholders to a more standard XML-like format:
        - From: `{{user.name | fallback: 'there'}}`
        - To: `<attribute key="user.name" default="there"/>`

        Args:
            updated_since (int | Unset):
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
            AsyncPaginator[Macro, MacroList]
        """

        from ...models.macro_list import MacroList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["updated_since"] = updated_since
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/macros",
            "extensions": {OPERATION: ("macros.list", "/macros")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.macros.list_macros"],
            _kwargs,
            {200: MacroList.from_dict},
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
    ) -> Macro:
        """Retrieve a macro

        You can fetch a single macro (saved reply) by its ID. The macro will only be returned if it is
        visible to the authenticated user based on its visibility settings.

        **Visibility Rules**

        A macro is returned based on its `visible_to` setting:
        - `everyone`: Always visible to all team members
        - `specific_teams`: Only visible if the authenticated user belongs to one of the teams specified in
        `visible_to_team_ids`

        If a macro exists but is not visible to the authenticated user, a 404 error is returned.

        **Placeholder Transformation**

        The API transforms Intercom placeholders to a more standard XML-like format in the `body` field:
        - From: `{{user.name | fallback: 'there'}}`
        - To: `<attribute key="user.name" default="there"/>`

        Default values in placeholders are HTML-escaped for security.

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
            Macro
        """

        from ...models.macro import Macro

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/macros/{id}".format(
                id=path_segment("id", id, "GET /macros/{id}"),
            ),
            "extensions": {OPERATION: ("macros.retrieve", "/macros/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Macro = await self._request(
            _kwargs,
            {200: Macro.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncMacrosRawResource:
    """``client.macros.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncMacrosResource) -> None:
        raw = AsyncMacrosResource(resource._client, raw=True)
        self.retrieve = async_raw(raw.retrieve)


class MacrosResource(SyncResource):
    """``client.macros`` of Intercom: 2 operations."""

    @property
    def with_raw_response(self) -> MacrosRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return MacrosRawResource(self)

    def list(
        self,
        *,
        updated_since: int | Unset = UNSET,
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
    ) -> SyncPaginator[Macro, MacroList]:
        """List all macros

        You can fetch a list of all macros (saved replies) in your workspace for use in automating
        responses.

        The macros are returned in descending order by updated_at.

        **Pagination**

        This endpoint uses cursor-based pagination via the `starting_after` parameter. The cursor is a
        Base64-encoded JSON array containing `[updated_at, id]` of the last item from the previous page.

        **Placeholder Transformation**

        The API transforms Intercom placeholders to a more standard XML-like format:
        - From: `{{user.name | fallback: 'there'}}`
        - To: `<attribute key="user.name" default="there"/>`

        Args:
            updated_since (int | Unset):
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
            SyncPaginator[Macro, MacroList]
        """

        from ...models.macro_list import MacroList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["updated_since"] = updated_since
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/macros",
            "extensions": {OPERATION: ("macros.list", "/macros")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.macros.list_macros"],
            _kwargs,
            {200: MacroList.from_dict},
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
    ) -> Macro:
        """Retrieve a macro

        You can fetch a single macro (saved reply) by its ID. The macro will only be returned if it is
        visible to the authenticated user based on its visibility settings.

        **Visibility Rules**

        A macro is returned based on its `visible_to` setting:
        - `everyone`: Always visible to all team members
        - `specific_teams`: Only visible if the authenticated user belongs to one of the teams specified in
        `visible_to_team_ids`

        If a macro exists but is not visible to the authenticated user, a 404 error is returned.

        **Placeholder Transformation**

        The API transforms Intercom placeholders to a more standard XML-like format in the `body` field:
        - From: `{{user.name | fallback: 'there'}}`
        - To: `<attribute key="user.name" default="there"/>`

        Default values in placeholders are HTML-escaped for security.

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
            Macro
        """

        from ...models.macro import Macro

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/macros/{id}".format(
                id=path_segment("id", id, "GET /macros/{id}"),
            ),
            "extensions": {OPERATION: ("macros.retrieve", "/macros/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Macro = self._request(
            _kwargs,
            {200: Macro.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class MacrosRawResource:
    """``client.macros.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: MacrosResource) -> None:
        raw = MacrosResource(resource._client, raw=True)
        self.retrieve = sync_raw(raw.retrieve)
