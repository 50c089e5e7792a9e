# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.admins``: the admins resource of both clients, one method per operation.

``AdminsResource`` is the sync one (on ``Intercom``), ``AsyncAdminsResource`` the async one (on
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
    READ_ONLY,
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
    from ...models.activity_log import ActivityLog
    from ...models.activity_log_event_type_list import ActivityLogEventTypeList
    from ...models.activity_log_list import ActivityLogList
    from ...models.admin import Admin
    from ...models.admin_list import AdminList
    from ...models.admin_with_app import AdminWithApp
    from ...models.intercom_version import IntercomVersion
    from ...models.search_activity_logs_body import SearchActivityLogsBody, SearchActivityLogsBodyDict
    from ...models.set_away_admin_body import SetAwayAdminBody, SetAwayAdminBodyDict
    from ...types import AsyncPaginator, Cursor, SyncPaginator, TimeoutTypes

__all__ = ["AdminsResource", "AsyncAdminsResource"]


class AsyncAdminsResource(AsyncResource):
    """``client.admins`` of AsyncIntercom: 7 operations."""

    @property
    def with_raw_response(self) -> AsyncAdminsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncAdminsRawResource(self)

    async def identify(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AdminWithApp:
        """Identify an admin

        You can view the currently authorised admin along with the embedded app object (a "workspace" in
        legacy terminology).

        > 🚧 Single Sign On
        >
        > If you are building a custom "Log in with Intercom" flow for your site, and you call the `/me`
        endpoint to identify the logged-in user, you should not accept any sign-ins from users with
        unverified email addresses as it poses a potential impersonation security risk.

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
            AdminWithApp
        """

        from ...models.admin_with_app import AdminWithApp

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/me",
            "extensions": {OPERATION: ("admins.identify", "/me")},
        }
        _kwargs["headers"] = headers

        parsed: AdminWithApp = await self._request(
            _kwargs,
            {200: AdminWithApp.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def list(
        self,
        *,
        display_avatar: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AdminList:
        """List all admins

        You can fetch a list of admins for a given workspace.

        Args:
            display_avatar (bool | Unset):
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
            AdminList
        """

        from ...models.admin_list import AdminList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["display_avatar"] = display_avatar
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/admins",
            "extensions": {OPERATION: ("admins.list", "/admins")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: AdminList = await self._request(
            _kwargs,
            {200: AdminList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def list_activity_log_event_types(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ActivityLogEventTypeList:
        """List all activity log event types

        You can get a list of all activity log event types. This is useful for discovering valid values to
        use with the `event_types` filter on the List all activity logs endpoint.

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
            ActivityLogEventTypeList
        """

        from ...models.activity_log_event_type_list import ActivityLogEventTypeList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/admins/activity_log_event_types",
            "extensions": {OPERATION: ("admins.list_activity_log_event_types", "/admins/activity_log_event_types")},
        }
        _kwargs["headers"] = headers

        parsed: ActivityLogEventTypeList = await self._request(
            _kwargs,
            {200: ActivityLogEventTypeList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list_activity_logs(
        self,
        *,
        created_at_after: str,
        created_at_before: str | Unset = UNSET,
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
    ) -> AsyncPaginator[ActivityLog, ActivityLogList]:
        """List all activity logs

        You can get a log of activities by all admins in an app.

        Args:
            created_at_after (str):
            created_at_before (str | Unset):
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
            AsyncPaginator[ActivityLog, ActivityLogList]
        """

        from ...models.activity_log_list import ActivityLogList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["created_at_after"] = created_at_after
        params["created_at_before"] = created_at_before
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/admins/activity_logs",
            "extensions": {OPERATION: ("admins.list_activity_logs", "/admins/activity_logs")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.admins.list_activity_logs"],
            _kwargs,
            {200: ActivityLogList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        id: int | str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Admin:
        """Retrieve an admin

        You can retrieve the details of a single admin.

        Args:
            id (int | str):
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
            Admin
        """

        from ...models.admin import Admin

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/admins/{id}".format(
                id=path_segment("id", id, "GET /admins/{id}"),
            ),
            "extensions": {OPERATION: ("admins.retrieve", "/admins/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Admin = await self._request(
            _kwargs,
            {200: Admin.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def search_activity_logs(
        self,
        *,
        body: SearchActivityLogsBody | SearchActivityLogsBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        created_at_after: int = NOT_GIVEN,
        created_at_before: int = NOT_GIVEN,
        event_types: Sequence[str] = NOT_GIVEN,
        page: int = NOT_GIVEN,
        per_page: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        start_cursor: Cursor | None = None,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[ActivityLog, ActivityLogList]:
        """Search activity logs

        Search and filter admin activity logs using a POST request with event type filter in the request
        body. You can find more details about the available event types in the List all activity log event
        types endpoint.

        Args:
            body (SearchActivityLogsBody | SearchActivityLogsBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            created_at_after (int): The body's field created_at_after (instead of body=). The start
                date that you request data for. It must be formatted as a UNIX timestamp.
            created_at_before (int): The body's field created_at_before (instead of body=). The end
                date that you request data for. It must be formatted as a UNIX timestamp.
            event_types (Sequence[str]): The body's field event_types (instead of body=). An optional
                list of event types to filter activity logs by. Use the list all activity log event types
                endpoint to retrieve available values.
            page (int): The body's field page (instead of body=). The page number of results to
                return.
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
            AsyncPaginator[ActivityLog, ActivityLogList]
        """

        from ...models.activity_log_list import ActivityLogList
        from ...models.search_activity_logs_body import SearchActivityLogsBody
        from ...pagination_table import PAGINATED_OPERATIONS

        body = cast(
            "SearchActivityLogsBody",
            request_body(
                body_fields(
                    body,
                    {
                        "created_at_after": created_at_after,
                        "created_at_before": created_at_before,
                        "event_types": event_types,
                        "page": page,
                    },
                    "SearchActivityLogsBody",
                ),
                SearchActivityLogsBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/admins/activity_logs/search",
            "extensions": {
                OPERATION: ("admins.search_activity_logs", "/admins/activity_logs/search"),
                READ_ONLY: True,
            },  # a search: retried like a GET
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.admins.search_activity_logs"],
            _kwargs,
            {200: ActivityLogList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def set_away(
        self,
        id: str,
        *,
        body: SetAwayAdminBody | SetAwayAdminBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        away_mode_enabled: bool = NOT_GIVEN,
        away_mode_reassign: bool = NOT_GIVEN,
        away_status_reason_id: int = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Admin:
        """Set an admin to away

        You can set an Admin as away for the Inbox.

        Args:
            id (str):
            body (SetAwayAdminBody | SetAwayAdminBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            away_mode_enabled (bool): The body's field away_mode_enabled (instead of body=). Set to
                "true" to change the status of the admin to away.
            away_mode_reassign (bool): The body's field away_mode_reassign (instead of body=). Set to
                "true" to assign any new conversation replies to your default inbox.
            away_status_reason_id (int): The body's field away_status_reason_id (instead of body=).
                The unique identifier of the away status reason
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
            Admin
        """

        from ...models.admin import Admin
        from ...models.set_away_admin_body import SetAwayAdminBody

        body = cast(
            "SetAwayAdminBody",
            request_body(
                body_fields(
                    body,
                    {
                        "away_mode_enabled": away_mode_enabled,
                        "away_mode_reassign": away_mode_reassign,
                        "away_status_reason_id": away_status_reason_id,
                    },
                    "SetAwayAdminBody",
                ),
                SetAwayAdminBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/admins/{id}/away".format(
                id=path_segment("id", id, "PUT /admins/{id}/away"),
            ),
            "extensions": {OPERATION: ("admins.set_away", "/admins/{id}/away")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Admin = await self._request(
            _kwargs,
            {200: Admin.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncAdminsRawResource:
    """``client.admins.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAdminsResource) -> None:
        raw = AsyncAdminsResource(resource._client, raw=True)
        self.identify = async_raw(raw.identify)
        self.list = async_raw(raw.list)
        self.list_activity_log_event_types = async_raw(raw.list_activity_log_event_types)
        self.retrieve = async_raw(raw.retrieve)
        self.set_away = async_raw(raw.set_away)


class AdminsResource(SyncResource):
    """``client.admins`` of Intercom: 7 operations."""

    @property
    def with_raw_response(self) -> AdminsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AdminsRawResource(self)

    def identify(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AdminWithApp:
        """Identify an admin

        You can view the currently authorised admin along with the embedded app object (a "workspace" in
        legacy terminology).

        > 🚧 Single Sign On
        >
        > If you are building a custom "Log in with Intercom" flow for your site, and you call the `/me`
        endpoint to identify the logged-in user, you should not accept any sign-ins from users with
        unverified email addresses as it poses a potential impersonation security risk.

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
            AdminWithApp
        """

        from ...models.admin_with_app import AdminWithApp

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/me",
            "extensions": {OPERATION: ("admins.identify", "/me")},
        }
        _kwargs["headers"] = headers

        parsed: AdminWithApp = self._request(
            _kwargs,
            {200: AdminWithApp.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list(
        self,
        *,
        display_avatar: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AdminList:
        """List all admins

        You can fetch a list of admins for a given workspace.

        Args:
            display_avatar (bool | Unset):
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
            AdminList
        """

        from ...models.admin_list import AdminList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["display_avatar"] = display_avatar
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/admins",
            "extensions": {OPERATION: ("admins.list", "/admins")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: AdminList = self._request(
            _kwargs,
            {200: AdminList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list_activity_log_event_types(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ActivityLogEventTypeList:
        """List all activity log event types

        You can get a list of all activity log event types. This is useful for discovering valid values to
        use with the `event_types` filter on the List all activity logs endpoint.

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
            ActivityLogEventTypeList
        """

        from ...models.activity_log_event_type_list import ActivityLogEventTypeList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/admins/activity_log_event_types",
            "extensions": {OPERATION: ("admins.list_activity_log_event_types", "/admins/activity_log_event_types")},
        }
        _kwargs["headers"] = headers

        parsed: ActivityLogEventTypeList = self._request(
            _kwargs,
            {200: ActivityLogEventTypeList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list_activity_logs(
        self,
        *,
        created_at_after: str,
        created_at_before: str | Unset = UNSET,
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
    ) -> SyncPaginator[ActivityLog, ActivityLogList]:
        """List all activity logs

        You can get a log of activities by all admins in an app.

        Args:
            created_at_after (str):
            created_at_before (str | Unset):
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
            SyncPaginator[ActivityLog, ActivityLogList]
        """

        from ...models.activity_log_list import ActivityLogList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["created_at_after"] = created_at_after
        params["created_at_before"] = created_at_before
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/admins/activity_logs",
            "extensions": {OPERATION: ("admins.list_activity_logs", "/admins/activity_logs")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.admins.list_activity_logs"],
            _kwargs,
            {200: ActivityLogList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        id: int | str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Admin:
        """Retrieve an admin

        You can retrieve the details of a single admin.

        Args:
            id (int | str):
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
            Admin
        """

        from ...models.admin import Admin

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/admins/{id}".format(
                id=path_segment("id", id, "GET /admins/{id}"),
            ),
            "extensions": {OPERATION: ("admins.retrieve", "/admins/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Admin = self._request(
            _kwargs,
            {200: Admin.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def search_activity_logs(
        self,
        *,
        body: SearchActivityLogsBody | SearchActivityLogsBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        created_at_after: int = NOT_GIVEN,
        created_at_before: int = NOT_GIVEN,
        event_types: Sequence[str] = NOT_GIVEN,
        page: int = NOT_GIVEN,
        per_page: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        start_cursor: Cursor | None = None,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[ActivityLog, ActivityLogList]:
        """Search activity logs

        Search and filter admin activity logs using a POST request with event type filter in the request
        body. You can find more details about the available event types in the List all activity log event
        types endpoint.

        Args:
            body (SearchActivityLogsBody | SearchActivityLogsBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            created_at_after (int): The body's field created_at_after (instead of body=). The start
                date that you request data for. It must be formatted as a UNIX timestamp.
            created_at_before (int): The body's field created_at_before (instead of body=). The end
                date that you request data for. It must be formatted as a UNIX timestamp.
            event_types (Sequence[str]): The body's field event_types (instead of body=). An optional
                list of event types to filter activity logs by. Use the list all activity log event types
                endpoint to retrieve available values.
            page (int): The body's field page (instead of body=). The page number of results to
                return.
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
            SyncPaginator[ActivityLog, ActivityLogList]
        """

        from ...models.activity_log_list import ActivityLogList
        from ...models.search_activity_logs_body import SearchActivityLogsBody
        from ...pagination_table import PAGINATED_OPERATIONS

        body = cast(
            "SearchActivityLogsBody",
            request_body(
                body_fields(
                    body,
                    {
                        "created_at_after": created_at_after,
                        "created_at_before": created_at_before,
                        "event_types": event_types,
                        "page": page,
                    },
                    "SearchActivityLogsBody",
                ),
                SearchActivityLogsBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/admins/activity_logs/search",
            "extensions": {
                OPERATION: ("admins.search_activity_logs", "/admins/activity_logs/search"),
                READ_ONLY: True,
            },  # a search: retried like a GET
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.admins.search_activity_logs"],
            _kwargs,
            {200: ActivityLogList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def set_away(
        self,
        id: str,
        *,
        body: SetAwayAdminBody | SetAwayAdminBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        away_mode_enabled: bool = NOT_GIVEN,
        away_mode_reassign: bool = NOT_GIVEN,
        away_status_reason_id: int = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Admin:
        """Set an admin to away

        You can set an Admin as away for the Inbox.

        Args:
            id (str):
            body (SetAwayAdminBody | SetAwayAdminBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            away_mode_enabled (bool): The body's field away_mode_enabled (instead of body=). Set to
                "true" to change the status of the admin to away.
            away_mode_reassign (bool): The body's field away_mode_reassign (instead of body=). Set to
                "true" to assign any new conversation replies to your default inbox.
            away_status_reason_id (int): The body's field away_status_reason_id (instead of body=).
                The unique identifier of the away status reason
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
            Admin
        """

        from ...models.admin import Admin
        from ...models.set_away_admin_body import SetAwayAdminBody

        body = cast(
            "SetAwayAdminBody",
            request_body(
                body_fields(
                    body,
                    {
                        "away_mode_enabled": away_mode_enabled,
                        "away_mode_reassign": away_mode_reassign,
                        "away_status_reason_id": away_status_reason_id,
                    },
                    "SetAwayAdminBody",
                ),
                SetAwayAdminBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/admins/{id}/away".format(
                id=path_segment("id", id, "PUT /admins/{id}/away"),
            ),
            "extensions": {OPERATION: ("admins.set_away", "/admins/{id}/away")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Admin = self._request(
            _kwargs,
            {200: Admin.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AdminsRawResource:
    """``client.admins.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AdminsResource) -> None:
        raw = AdminsResource(resource._client, raw=True)
        self.identify = sync_raw(raw.identify)
        self.list = sync_raw(raw.list)
        self.list_activity_log_event_types = sync_raw(raw.list_activity_log_event_types)
        self.retrieve = sync_raw(raw.retrieve)
        self.set_away = sync_raw(raw.set_away)
