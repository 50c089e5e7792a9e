# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.ticket_types``: the ticket_types resource of both clients, one method per operation.

``TicketTypesResource`` is the sync one (on ``Intercom``), ``AsyncTicketTypesResource`` the async one (on
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
    from ...models.create_ticket_type_request import CreateTicketTypeRequest, CreateTicketTypeRequestDict
    from ...models.create_ticket_type_request_category import CreateTicketTypeRequestCategory
    from ...models.intercom_version import IntercomVersion
    from ...models.ticket_type import TicketType
    from ...models.ticket_type_list import TicketTypeList
    from ...models.update_ticket_type_request import UpdateTicketTypeRequest, UpdateTicketTypeRequestDict
    from ...models.update_ticket_type_request_category import UpdateTicketTypeRequestCategory
    from ...types import TimeoutTypes

__all__ = ["AsyncTicketTypesResource", "TicketTypesResource"]


class AsyncTicketTypesResource(AsyncResource):
    """``client.ticket_types`` of AsyncIntercom: 4 operations."""

    @property
    def with_raw_response(self) -> AsyncTicketTypesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncTicketTypesRawResource(self)

    async def create(
        self,
        *,
        body: CreateTicketTypeRequest | CreateTicketTypeRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        name: str = NOT_GIVEN,
        category: CreateTicketTypeRequestCategory = NOT_GIVEN,
        description: str = NOT_GIVEN,
        icon: str = NOT_GIVEN,
        is_internal: bool = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TicketType:
        """Create a ticket type

        You can create a new ticket type.
        > 📘 Creating ticket types.
        >
        > Every ticket type will be created with two default attributes: _default_title_ and
        _default_description_.
        > For the `icon` propery, use an emoji from [Twemoji Cheatsheet](https://twemoji-
        cheatsheet.vercel.app/)

        Args:
            body (CreateTicketTypeRequest | CreateTicketTypeRequestDict): The request payload for
                creating a ticket type.
                  You can copy the `icon` property for your ticket type from [Twemoji
                Cheatsheet](https://twemoji-cheatsheet.vercel.app/)
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            name (str): The body's field name (instead of body=). The name of the ticket type.
            category (CreateTicketTypeRequestCategory): The body's field category (instead of body=).
                Category of the Ticket Type.
            description (str): The body's field description (instead of body=). The description of the
                ticket type.
            icon (str): The body's field icon (instead of body=). The icon of the ticket type.
            is_internal (bool): The body's field is_internal (instead of body=). Whether the tickets
                associated with this ticket type are intended for internal use only or will be shared with
                customers. This is currently a limited attribute.
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
            TicketType
        """

        from ...models.create_ticket_type_request import CreateTicketTypeRequest
        from ...models.ticket_type import TicketType

        body = cast(
            "CreateTicketTypeRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "name": name,
                        "category": category,
                        "description": description,
                        "icon": icon,
                        "is_internal": is_internal,
                    },
                    "CreateTicketTypeRequest",
                ),
                CreateTicketTypeRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/ticket_types",
            "extensions": {OPERATION: ("ticket_types.create", "/ticket_types")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: TicketType = await self._request(
            _kwargs,
            {200: TicketType.from_dict},
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
    ) -> TicketTypeList:
        """List all ticket types

        You can get a list of all ticket types for a workspace.

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
            TicketTypeList
        """

        from ...models.ticket_type_list import TicketTypeList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/ticket_types",
            "extensions": {OPERATION: ("ticket_types.list", "/ticket_types")},
        }
        _kwargs["headers"] = headers

        parsed: TicketTypeList = await self._request(
            _kwargs,
            {200: TicketTypeList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

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
    ) -> TicketType:
        """Retrieve a ticket type

        You can fetch the details of a single ticket type.

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
            TicketType
        """

        from ...models.ticket_type import TicketType

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/ticket_types/{id}".format(
                id=path_segment("id", id, "GET /ticket_types/{id}"),
            ),
            "extensions": {OPERATION: ("ticket_types.retrieve", "/ticket_types/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: TicketType = await self._request(
            _kwargs,
            {200: TicketType.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def update(
        self,
        id: str,
        *,
        body: UpdateTicketTypeRequest | UpdateTicketTypeRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        archived: bool = NOT_GIVEN,
        category: UpdateTicketTypeRequestCategory = NOT_GIVEN,
        description: str = NOT_GIVEN,
        icon: str = NOT_GIVEN,
        is_internal: bool = NOT_GIVEN,
        name: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TicketType:
        """Update a ticket type

        You can update a ticket type.

        > 📘 Updating a ticket type.
        >
        > For the `icon` propery, use an emoji from [Twemoji Cheatsheet](https://twemoji-
        cheatsheet.vercel.app/)

        Args:
            id (str):
            body (UpdateTicketTypeRequest | UpdateTicketTypeRequestDict | Unset): The request payload
                for updating a ticket type.
                You can copy the `icon` property for your ticket type from [Twemoji
                Cheatsheet](https://twemoji-cheatsheet.vercel.app/)
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            archived (bool): The body's field archived (instead of body=). The archived status of the
                ticket type.
            category (UpdateTicketTypeRequestCategory): The body's field category (instead of body=).
                Category of the Ticket Type.
            description (str): The body's field description (instead of body=). The description of the
                ticket type.
            icon (str): The body's field icon (instead of body=). The icon of the ticket type.
            is_internal (bool): The body's field is_internal (instead of body=). Whether the tickets
                associated with this ticket type are intended for internal use only or will be shared with
                customers. This is currently a limited attribute.
            name (str): The body's field name (instead of body=). The name of the ticket type.
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
            TicketType
        """

        from ...models.ticket_type import TicketType
        from ...models.update_ticket_type_request import UpdateTicketTypeRequest

        body = cast(
            "UpdateTicketTypeRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "archived": archived,
                        "category": category,
                        "description": description,
                        "icon": icon,
                        "is_internal": is_internal,
                        "name": name,
                    },
                    "UpdateTicketTypeRequest",
                ),
                UpdateTicketTypeRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/ticket_types/{id}".format(
                id=path_segment("id", id, "PUT /ticket_types/{id}"),
            ),
            "extensions": {OPERATION: ("ticket_types.update", "/ticket_types/{id}")},
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: TicketType = await self._request(
            _kwargs,
            {200: TicketType.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncTicketTypesRawResource:
    """``client.ticket_types.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncTicketTypesResource) -> None:
        raw = AsyncTicketTypesResource(resource._client, raw=True)
        self.create = async_raw(raw.create)
        self.list = async_raw(raw.list)
        self.retrieve = async_raw(raw.retrieve)
        self.update = async_raw(raw.update)


class TicketTypesResource(SyncResource):
    """``client.ticket_types`` of Intercom: 4 operations."""

    @property
    def with_raw_response(self) -> TicketTypesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return TicketTypesRawResource(self)

    def create(
        self,
        *,
        body: CreateTicketTypeRequest | CreateTicketTypeRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        name: str = NOT_GIVEN,
        category: CreateTicketTypeRequestCategory = NOT_GIVEN,
        description: str = NOT_GIVEN,
        icon: str = NOT_GIVEN,
        is_internal: bool = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TicketType:
        """Create a ticket type

        You can create a new ticket type.
        > 📘 Creating ticket types.
        >
        > Every ticket type will be created with two default attributes: _default_title_ and
        _default_description_.
        > For the `icon` propery, use an emoji from [Twemoji Cheatsheet](https://twemoji-
        cheatsheet.vercel.app/)

        Args:
            body (CreateTicketTypeRequest | CreateTicketTypeRequestDict): The request payload for
                creating a ticket type.
                  You can copy the `icon` property for your ticket type from [Twemoji
                Cheatsheet](https://twemoji-cheatsheet.vercel.app/)
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            name (str): The body's field name (instead of body=). The name of the ticket type.
            category (CreateTicketTypeRequestCategory): The body's field category (instead of body=).
                Category of the Ticket Type.
            description (str): The body's field description (instead of body=). The description of the
                ticket type.
            icon (str): The body's field icon (instead of body=). The icon of the ticket type.
            is_internal (bool): The body's field is_internal (instead of body=). Whether the tickets
                associated with this ticket type are intended for internal use only or will be shared with
                customers. This is currently a limited attribute.
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
            TicketType
        """

        from ...models.create_ticket_type_request import CreateTicketTypeRequest
        from ...models.ticket_type import TicketType

        body = cast(
            "CreateTicketTypeRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "name": name,
                        "category": category,
                        "description": description,
                        "icon": icon,
                        "is_internal": is_internal,
                    },
                    "CreateTicketTypeRequest",
                ),
                CreateTicketTypeRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/ticket_types",
            "extensions": {OPERATION: ("ticket_types.create", "/ticket_types")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: TicketType = self._request(
            _kwargs,
            {200: TicketType.from_dict},
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
    ) -> TicketTypeList:
        """List all ticket types

        You can get a list of all ticket types for a workspace.

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
            TicketTypeList
        """

        from ...models.ticket_type_list import TicketTypeList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/ticket_types",
            "extensions": {OPERATION: ("ticket_types.list", "/ticket_types")},
        }
        _kwargs["headers"] = headers

        parsed: TicketTypeList = self._request(
            _kwargs,
            {200: TicketTypeList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

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
    ) -> TicketType:
        """Retrieve a ticket type

        You can fetch the details of a single ticket type.

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
            TicketType
        """

        from ...models.ticket_type import TicketType

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/ticket_types/{id}".format(
                id=path_segment("id", id, "GET /ticket_types/{id}"),
            ),
            "extensions": {OPERATION: ("ticket_types.retrieve", "/ticket_types/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: TicketType = self._request(
            _kwargs,
            {200: TicketType.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def update(
        self,
        id: str,
        *,
        body: UpdateTicketTypeRequest | UpdateTicketTypeRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        archived: bool = NOT_GIVEN,
        category: UpdateTicketTypeRequestCategory = NOT_GIVEN,
        description: str = NOT_GIVEN,
        icon: str = NOT_GIVEN,
        is_internal: bool = NOT_GIVEN,
        name: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TicketType:
        """Update a ticket type

        You can update a ticket type.

        > 📘 Updating a ticket type.
        >
        > For the `icon` propery, use an emoji from [Twemoji Cheatsheet](https://twemoji-
        cheatsheet.vercel.app/)

        Args:
            id (str):
            body (UpdateTicketTypeRequest | UpdateTicketTypeRequestDict | Unset): The request payload
                for updating a ticket type.
                You can copy the `icon` property for your ticket type from [Twemoji
                Cheatsheet](https://twemoji-cheatsheet.vercel.app/)
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            archived (bool): The body's field archived (instead of body=). The archived status of the
                ticket type.
            category (UpdateTicketTypeRequestCategory): The body's field category (instead of body=).
                Category of the Ticket Type.
            description (str): The body's field description (instead of body=). The description of the
                ticket type.
            icon (str): The body's field icon (instead of body=). The icon of the ticket type.
            is_internal (bool): The body's field is_internal (instead of body=). Whether the tickets
                associated with this ticket type are intended for internal use only or will be shared with
                customers. This is currently a limited attribute.
            name (str): The body's field name (instead of body=). The name of the ticket type.
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
            TicketType
        """

        from ...models.ticket_type import TicketType
        from ...models.update_ticket_type_request import UpdateTicketTypeRequest

        body = cast(
            "UpdateTicketTypeRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "archived": archived,
                        "category": category,
                        "description": description,
                        "icon": icon,
                        "is_internal": is_internal,
                        "name": name,
                    },
                    "UpdateTicketTypeRequest",
                ),
                UpdateTicketTypeRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/ticket_types/{id}".format(
                id=path_segment("id", id, "PUT /ticket_types/{id}"),
            ),
            "extensions": {OPERATION: ("ticket_types.update", "/ticket_types/{id}")},
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: TicketType = self._request(
            _kwargs,
            {200: TicketType.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class TicketTypesRawResource:
    """``client.ticket_types.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: TicketTypesResource) -> None:
        raw = TicketTypesResource(resource._client, raw=True)
        self.create = sync_raw(raw.create)
        self.list = sync_raw(raw.list)
        self.retrieve = sync_raw(raw.retrieve)
        self.update = sync_raw(raw.update)
