# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.ticket_type_attributes``: the ticket_type_attributes resource of both clients, one method per operation.

``TicketTypeAttributesResource`` is the sync one (on ``Intercom``), ``AsyncTicketTypeAttributesResource`` the async one (on
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
    from ...models.create_ticket_type_attribute_request import (
        CreateTicketTypeAttributeRequest,
        CreateTicketTypeAttributeRequestDict,
    )
    from ...models.intercom_version import IntercomVersion
    from ...models.ticket_type_attribute import TicketTypeAttribute
    from ...models.update_ticket_type_attribute_request import (
        UpdateTicketTypeAttributeRequest,
        UpdateTicketTypeAttributeRequestDict,
    )
    from ...types import TimeoutTypes

__all__ = ["AsyncTicketTypeAttributesResource", "TicketTypeAttributesResource"]


class AsyncTicketTypeAttributesResource(AsyncResource):
    """``client.ticket_type_attributes`` of AsyncIntercom: 2 operations."""

    @property
    def with_raw_response(self) -> AsyncTicketTypeAttributesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncTicketTypeAttributesRawResource(self)

    async def create(
        self,
        ticket_type_id: str,
        *,
        body: CreateTicketTypeAttributeRequest | CreateTicketTypeAttributeRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TicketTypeAttribute:
        """Create a new attribute for a ticket type

        You can create a new attribute for a ticket type.

        Args:
            ticket_type_id (str):
            body (CreateTicketTypeAttributeRequest | CreateTicketTypeAttributeRequestDict | Unset):
                You can create a Ticket Type Attribute
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
            TicketTypeAttribute
        """

        from ...models.create_ticket_type_attribute_request import CreateTicketTypeAttributeRequest
        from ...models.ticket_type_attribute import TicketTypeAttribute

        body = cast("CreateTicketTypeAttributeRequest | Unset", request_body(body, CreateTicketTypeAttributeRequest))
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/ticket_types/{ticket_type_id}/attributes".format(
                ticket_type_id=path_segment(
                    "ticket_type_id", ticket_type_id, "POST /ticket_types/{ticket_type_id}/attributes"
                ),
            ),
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: TicketTypeAttribute = await self._request(
            _kwargs,
            {200: TicketTypeAttribute.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def update(
        self,
        ticket_type_id: str,
        id: str,
        *,
        body: UpdateTicketTypeAttributeRequest | UpdateTicketTypeAttributeRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TicketTypeAttribute:
        """Update an existing attribute for a ticket type

        You can update an existing attribute for a ticket type.

        Args:
            ticket_type_id (str):
            id (str):
            body (UpdateTicketTypeAttributeRequest | UpdateTicketTypeAttributeRequestDict | Unset):
                You can update a Ticket Type Attribute
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
            TicketTypeAttribute
        """

        from ...models.ticket_type_attribute import TicketTypeAttribute
        from ...models.update_ticket_type_attribute_request import UpdateTicketTypeAttributeRequest

        body = cast("UpdateTicketTypeAttributeRequest | Unset", request_body(body, UpdateTicketTypeAttributeRequest))
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/ticket_types/{ticket_type_id}/attributes/{id}".format(
                ticket_type_id=path_segment(
                    "ticket_type_id", ticket_type_id, "PUT /ticket_types/{ticket_type_id}/attributes/{id}"
                ),
                id=path_segment("id", id, "PUT /ticket_types/{ticket_type_id}/attributes/{id}"),
            ),
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: TicketTypeAttribute = await self._request(
            _kwargs,
            {200: TicketTypeAttribute.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncTicketTypeAttributesRawResource:
    """``client.ticket_type_attributes.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncTicketTypeAttributesResource) -> None:
        raw = AsyncTicketTypeAttributesResource(resource._client, raw=True)
        self.create = async_raw(raw.create)
        self.update = async_raw(raw.update)


class TicketTypeAttributesResource(SyncResource):
    """``client.ticket_type_attributes`` of Intercom: 2 operations."""

    @property
    def with_raw_response(self) -> TicketTypeAttributesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return TicketTypeAttributesRawResource(self)

    def create(
        self,
        ticket_type_id: str,
        *,
        body: CreateTicketTypeAttributeRequest | CreateTicketTypeAttributeRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TicketTypeAttribute:
        """Create a new attribute for a ticket type

        You can create a new attribute for a ticket type.

        Args:
            ticket_type_id (str):
            body (CreateTicketTypeAttributeRequest | CreateTicketTypeAttributeRequestDict | Unset):
                You can create a Ticket Type Attribute
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
            TicketTypeAttribute
        """

        from ...models.create_ticket_type_attribute_request import CreateTicketTypeAttributeRequest
        from ...models.ticket_type_attribute import TicketTypeAttribute

        body = cast("CreateTicketTypeAttributeRequest | Unset", request_body(body, CreateTicketTypeAttributeRequest))
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/ticket_types/{ticket_type_id}/attributes".format(
                ticket_type_id=path_segment(
                    "ticket_type_id", ticket_type_id, "POST /ticket_types/{ticket_type_id}/attributes"
                ),
            ),
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: TicketTypeAttribute = self._request(
            _kwargs,
            {200: TicketTypeAttribute.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def update(
        self,
        ticket_type_id: str,
        id: str,
        *,
        body: UpdateTicketTypeAttributeRequest | UpdateTicketTypeAttributeRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TicketTypeAttribute:
        """Update an existing attribute for a ticket type

        You can update an existing attribute for a ticket type.

        Args:
            ticket_type_id (str):
            id (str):
            body (UpdateTicketTypeAttributeRequest | UpdateTicketTypeAttributeRequestDict | Unset):
                You can update a Ticket Type Attribute
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
            TicketTypeAttribute
        """

        from ...models.ticket_type_attribute import TicketTypeAttribute
        from ...models.update_ticket_type_attribute_request import UpdateTicketTypeAttributeRequest

        body = cast("UpdateTicketTypeAttributeRequest | Unset", request_body(body, UpdateTicketTypeAttributeRequest))
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/ticket_types/{ticket_type_id}/attributes/{id}".format(
                ticket_type_id=path_segment(
                    "ticket_type_id", ticket_type_id, "PUT /ticket_types/{ticket_type_id}/attributes/{id}"
                ),
                id=path_segment("id", id, "PUT /ticket_types/{ticket_type_id}/attributes/{id}"),
            ),
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: TicketTypeAttribute = self._request(
            _kwargs,
            {200: TicketTypeAttribute.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class TicketTypeAttributesRawResource:
    """``client.ticket_type_attributes.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: TicketTypeAttributesResource) -> None:
        raw = TicketTypeAttributesResource(resource._client, raw=True)
        self.create = sync_raw(raw.create)
        self.update = sync_raw(raw.update)
