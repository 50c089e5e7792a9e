# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.ticket_states``: the ticket_states resource of both clients, one method per operation.

``TicketStatesResource`` is the sync one (on ``Intercom``), ``AsyncTicketStatesResource`` the async one (on
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
    request_options,
    sync_raw,
)

if TYPE_CHECKING:
    from ...models.intercom_version import IntercomVersion
    from ...models.ticket_state_list import TicketStateList
    from ...types import TimeoutTypes

__all__ = ["AsyncTicketStatesResource", "TicketStatesResource"]


class AsyncTicketStatesResource(AsyncResource):
    """``client.ticket_states`` of AsyncIntercom: 1 operations."""

    @property
    def with_raw_response(self) -> AsyncTicketStatesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncTicketStatesRawResource(self)

    async def list(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TicketStateList:
        """List all ticket states

        You can get a list of all ticket states for a workspace.

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
            TicketStateList
        """

        from ...models.ticket_state_list import TicketStateList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/ticket_states",
            "extensions": {OPERATION: ("ticket_states.list", "/ticket_states")},
        }
        _kwargs["headers"] = headers

        parsed: TicketStateList = await self._request(
            _kwargs,
            {200: TicketStateList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncTicketStatesRawResource:
    """``client.ticket_states.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncTicketStatesResource) -> None:
        raw = AsyncTicketStatesResource(resource._client, raw=True)
        self.list = async_raw(raw.list)


class TicketStatesResource(SyncResource):
    """``client.ticket_states`` of Intercom: 1 operations."""

    @property
    def with_raw_response(self) -> TicketStatesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return TicketStatesRawResource(self)

    def list(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TicketStateList:
        """List all ticket states

        You can get a list of all ticket states for a workspace.

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
            TicketStateList
        """

        from ...models.ticket_state_list import TicketStateList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/ticket_states",
            "extensions": {OPERATION: ("ticket_states.list", "/ticket_states")},
        }
        _kwargs["headers"] = headers

        parsed: TicketStateList = self._request(
            _kwargs,
            {200: TicketStateList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class TicketStatesRawResource:
    """``client.ticket_states.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: TicketStatesResource) -> None:
        raw = TicketStatesResource(resource._client, raw=True)
        self.list = sync_raw(raw.list)
