# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.audiences``: the audiences resource of both clients, one method per operation.

``AudiencesResource`` is the sync one (on ``Intercom``), ``AsyncAudiencesResource`` the async one (on
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
    from ...models.audience import Audience
    from ...models.audience_list import AudienceList
    from ...models.create_audience_request import CreateAudienceRequest, CreateAudienceRequestDict
    from ...models.intercom_version import IntercomVersion
    from ...models.predicate import PredicateDict
    from ...models.update_audience_request import UpdateAudienceRequest, UpdateAudienceRequestDict
    from ...types import AsyncPaginator, Cursor, SyncPaginator, TimeoutTypes

__all__ = ["AsyncAudiencesResource", "AudiencesResource"]


class AsyncAudiencesResource(AsyncResource):
    """``client.audiences`` of AsyncIntercom: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncAudiencesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncAudiencesRawResource(self)

    async def create(
        self,
        *,
        body: CreateAudienceRequest | CreateAudienceRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        name: str = NOT_GIVEN,
        predicates: Sequence[PredicateDict] = NOT_GIVEN,
        role_predicates: Sequence[PredicateDict] = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Audience:
        """Create an audience

        You can create a new audience by making a POST request to `https://api.intercom.io/audiences`.

        Args:
            body (CreateAudienceRequest | CreateAudienceRequestDict): The request payload for creating
                an audience.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            name (str): The body's field name (instead of body=). The name of the audience.
            predicates (Sequence[PredicateDict]): The body's field predicates (instead of body=). The
                predicates that define which contacts belong to the audience.
            role_predicates (Sequence[PredicateDict]): The body's field role_predicates (instead of
                body=). Role-based predicates that further filter audience membership by contact role.
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
            Audience
        """

        from ...models.audience import Audience
        from ...models.create_audience_request import CreateAudienceRequest

        body = cast(
            "CreateAudienceRequest",
            request_body(
                body_fields(
                    body,
                    {"name": name, "predicates": predicates, "role_predicates": role_predicates},
                    "CreateAudienceRequest",
                ),
                CreateAudienceRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/audiences",
            "extensions": {OPERATION: ("audiences.create", "/audiences")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Audience = await self._request(
            _kwargs,
            {201: Audience.from_dict},
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
        """Delete an audience

        You can delete a single audience by making a DELETE request to
        `https://api.intercom.io/audiences/{id}`.

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
            "url": "/audiences/{id}".format(
                id=path_segment("id", id, "DELETE /audiences/{id}"),
            ),
            "extensions": {OPERATION: ("audiences.delete", "/audiences/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: None = await self._request(
            _kwargs, {204: None}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
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
    ) -> AsyncPaginator[Audience, AudienceList]:
        """List all audiences

        You can fetch a list of all audiences for the workspace.

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
            AsyncPaginator[Audience, AudienceList]
        """

        from ...models.audience_list import AudienceList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/audiences",
            "extensions": {OPERATION: ("audiences.list", "/audiences")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.audiences.list_audiences"],
            _kwargs,
            {200: AudienceList.from_dict},
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
    ) -> Audience:
        """Retrieve an audience

        You can fetch the details of a single audience by making a GET request to
        `https://api.intercom.io/audiences/{id}`.

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
            Audience
        """

        from ...models.audience import Audience

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/audiences/{id}".format(
                id=path_segment("id", id, "GET /audiences/{id}"),
            ),
            "extensions": {OPERATION: ("audiences.retrieve", "/audiences/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Audience = await self._request(
            _kwargs,
            {200: Audience.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def update(
        self,
        id: str,
        *,
        body: UpdateAudienceRequest | UpdateAudienceRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        name: str = NOT_GIVEN,
        predicates: Sequence[PredicateDict] = NOT_GIVEN,
        role_predicates: Sequence[PredicateDict] = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Audience:
        """Update an audience

        You can update the details of a single audience by making a PUT request to
        `https://api.intercom.io/audiences/{id}`.

        Args:
            id (str):
            body (UpdateAudienceRequest | UpdateAudienceRequestDict | Unset): The request payload for
                updating an audience. All fields are optional — only provided fields will be updated.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            name (str): The body's field name (instead of body=). The name of the audience.
            predicates (Sequence[PredicateDict]): The body's field predicates (instead of body=). The
                predicates that define which contacts belong to the audience.
            role_predicates (Sequence[PredicateDict]): The body's field role_predicates (instead of
                body=). Role-based predicates that further filter audience membership by contact role.
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
            Audience
        """

        from ...models.audience import Audience
        from ...models.update_audience_request import UpdateAudienceRequest

        body = cast(
            "UpdateAudienceRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {"name": name, "predicates": predicates, "role_predicates": role_predicates},
                    "UpdateAudienceRequest",
                ),
                UpdateAudienceRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/audiences/{id}".format(
                id=path_segment("id", id, "PUT /audiences/{id}"),
            ),
            "extensions": {OPERATION: ("audiences.update", "/audiences/{id}")},
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Audience = await self._request(
            _kwargs,
            {200: Audience.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncAudiencesRawResource:
    """``client.audiences.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAudiencesResource) -> None:
        raw = AsyncAudiencesResource(resource._client, raw=True)
        self.create = async_raw(raw.create)
        self.delete = async_raw(raw.delete)
        self.retrieve = async_raw(raw.retrieve)
        self.update = async_raw(raw.update)


class AudiencesResource(SyncResource):
    """``client.audiences`` of Intercom: 5 operations."""

    @property
    def with_raw_response(self) -> AudiencesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AudiencesRawResource(self)

    def create(
        self,
        *,
        body: CreateAudienceRequest | CreateAudienceRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        name: str = NOT_GIVEN,
        predicates: Sequence[PredicateDict] = NOT_GIVEN,
        role_predicates: Sequence[PredicateDict] = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Audience:
        """Create an audience

        You can create a new audience by making a POST request to `https://api.intercom.io/audiences`.

        Args:
            body (CreateAudienceRequest | CreateAudienceRequestDict): The request payload for creating
                an audience.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            name (str): The body's field name (instead of body=). The name of the audience.
            predicates (Sequence[PredicateDict]): The body's field predicates (instead of body=). The
                predicates that define which contacts belong to the audience.
            role_predicates (Sequence[PredicateDict]): The body's field role_predicates (instead of
                body=). Role-based predicates that further filter audience membership by contact role.
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
            Audience
        """

        from ...models.audience import Audience
        from ...models.create_audience_request import CreateAudienceRequest

        body = cast(
            "CreateAudienceRequest",
            request_body(
                body_fields(
                    body,
                    {"name": name, "predicates": predicates, "role_predicates": role_predicates},
                    "CreateAudienceRequest",
                ),
                CreateAudienceRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/audiences",
            "extensions": {OPERATION: ("audiences.create", "/audiences")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Audience = self._request(
            _kwargs,
            {201: Audience.from_dict},
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
        """Delete an audience

        You can delete a single audience by making a DELETE request to
        `https://api.intercom.io/audiences/{id}`.

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
            "url": "/audiences/{id}".format(
                id=path_segment("id", id, "DELETE /audiences/{id}"),
            ),
            "extensions": {OPERATION: ("audiences.delete", "/audiences/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: None = self._request(
            _kwargs, {204: None}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
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
    ) -> SyncPaginator[Audience, AudienceList]:
        """List all audiences

        You can fetch a list of all audiences for the workspace.

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
            SyncPaginator[Audience, AudienceList]
        """

        from ...models.audience_list import AudienceList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/audiences",
            "extensions": {OPERATION: ("audiences.list", "/audiences")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.audiences.list_audiences"],
            _kwargs,
            {200: AudienceList.from_dict},
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
    ) -> Audience:
        """Retrieve an audience

        You can fetch the details of a single audience by making a GET request to
        `https://api.intercom.io/audiences/{id}`.

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
            Audience
        """

        from ...models.audience import Audience

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/audiences/{id}".format(
                id=path_segment("id", id, "GET /audiences/{id}"),
            ),
            "extensions": {OPERATION: ("audiences.retrieve", "/audiences/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Audience = self._request(
            _kwargs,
            {200: Audience.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def update(
        self,
        id: str,
        *,
        body: UpdateAudienceRequest | UpdateAudienceRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        name: str = NOT_GIVEN,
        predicates: Sequence[PredicateDict] = NOT_GIVEN,
        role_predicates: Sequence[PredicateDict] = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Audience:
        """Update an audience

        You can update the details of a single audience by making a PUT request to
        `https://api.intercom.io/audiences/{id}`.

        Args:
            id (str):
            body (UpdateAudienceRequest | UpdateAudienceRequestDict | Unset): The request payload for
                updating an audience. All fields are optional — only provided fields will be updated.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            name (str): The body's field name (instead of body=). The name of the audience.
            predicates (Sequence[PredicateDict]): The body's field predicates (instead of body=). The
                predicates that define which contacts belong to the audience.
            role_predicates (Sequence[PredicateDict]): The body's field role_predicates (instead of
                body=). Role-based predicates that further filter audience membership by contact role.
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
            Audience
        """

        from ...models.audience import Audience
        from ...models.update_audience_request import UpdateAudienceRequest

        body = cast(
            "UpdateAudienceRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {"name": name, "predicates": predicates, "role_predicates": role_predicates},
                    "UpdateAudienceRequest",
                ),
                UpdateAudienceRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/audiences/{id}".format(
                id=path_segment("id", id, "PUT /audiences/{id}"),
            ),
            "extensions": {OPERATION: ("audiences.update", "/audiences/{id}")},
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Audience = self._request(
            _kwargs,
            {200: Audience.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AudiencesRawResource:
    """``client.audiences.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AudiencesResource) -> None:
        raw = AudiencesResource(resource._client, raw=True)
        self.create = sync_raw(raw.create)
        self.delete = sync_raw(raw.delete)
        self.retrieve = sync_raw(raw.retrieve)
        self.update = sync_raw(raw.update)
