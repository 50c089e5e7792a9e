# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.custom_object_instances``: the custom_object_instances resource of both clients, one method per operation.

``CustomObjectInstancesResource`` is the sync one (on ``Intercom``), ``AsyncCustomObjectInstancesResource`` the async one (on
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
    from ...models.create_or_update_custom_object_instance_request import (
        CreateOrUpdateCustomObjectInstanceRequest,
        CreateOrUpdateCustomObjectInstanceRequestDict,
    )
    from ...models.custom_object_instance import CustomObjectInstance
    from ...models.custom_object_instance_deleted import CustomObjectInstanceDeleted
    from ...models.custom_object_instances_paginated_list import CustomObjectInstancesPaginatedList
    from ...models.intercom_version import IntercomVersion
    from ...types import AsyncPaginator, Cursor, SyncPaginator, TimeoutTypes

__all__ = ["AsyncCustomObjectInstancesResource", "CustomObjectInstancesResource"]


class AsyncCustomObjectInstancesResource(AsyncResource):
    """``client.custom_object_instances`` of AsyncIntercom: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncCustomObjectInstancesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncCustomObjectInstancesRawResource(self)

    async def create(
        self,
        custom_object_type_identifier: str,
        *,
        body: CreateOrUpdateCustomObjectInstanceRequest | CreateOrUpdateCustomObjectInstanceRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        custom_attributes: Mapping[str, Any] | None = NOT_GIVEN,
        external_created_at: int | None = NOT_GIVEN,
        external_id: str = NOT_GIVEN,
        external_updated_at: int | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CustomObjectInstance:
        """Create or Update a Custom Object Instance

        Create or update a custom object instance

        Args:
            custom_object_type_identifier (str):
            body (CreateOrUpdateCustomObjectInstanceRequest |
                CreateOrUpdateCustomObjectInstanceRequestDict | Unset): Payload to create or update a
                Custom Object instance
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            custom_attributes (Mapping[str, Any] | None): The body's field custom_attributes (instead
                of body=).
            external_created_at (int | None): The body's field external_created_at (instead of body=).
                The time when the Custom Object instance was created in the external system it originated
                from.
            external_id (str): The body's field external_id (instead of body=). A unique identifier
                for the Custom Object instance in the external system it originated from.
            external_updated_at (int | None): The body's field external_updated_at (instead of body=).
                The time when the Custom Object instance was last updated in the external system it
                originated from.
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
            CustomObjectInstance
        """

        from ...models.create_or_update_custom_object_instance_request import CreateOrUpdateCustomObjectInstanceRequest
        from ...models.custom_object_instance import CustomObjectInstance

        body = cast(
            "CreateOrUpdateCustomObjectInstanceRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "custom_attributes": custom_attributes,
                        "external_created_at": external_created_at,
                        "external_id": external_id,
                        "external_updated_at": external_updated_at,
                    },
                    "CreateOrUpdateCustomObjectInstanceRequest",
                ),
                CreateOrUpdateCustomObjectInstanceRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/custom_object_instances/{custom_object_type_identifier}".format(
                custom_object_type_identifier=path_segment(
                    "custom_object_type_identifier",
                    custom_object_type_identifier,
                    "POST /custom_object_instances/{custom_object_type_identifier}",
                ),
            ),
            "extensions": {
                OPERATION: (
                    "custom_object_instances.create",
                    "/custom_object_instances/{custom_object_type_identifier}",
                )
            },
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: CustomObjectInstance = await self._request(
            _kwargs,
            {200: CustomObjectInstance.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def delete(
        self,
        custom_object_type_identifier: str,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CustomObjectInstanceDeleted:
        """Delete a Custom Object Instance by ID

        Delete a single Custom Object instance using the Intercom defined id.

        Args:
            custom_object_type_identifier (str):
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
            CustomObjectInstanceDeleted
        """

        from ...models.custom_object_instance_deleted import CustomObjectInstanceDeleted

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/custom_object_instances/{custom_object_type_identifier}/{id}".format(
                custom_object_type_identifier=path_segment(
                    "custom_object_type_identifier",
                    custom_object_type_identifier,
                    "DELETE /custom_object_instances/{custom_object_type_identifier}/{id}",
                ),
                id=path_segment("id", id, "DELETE /custom_object_instances/{custom_object_type_identifier}/{id}"),
            ),
            "extensions": {
                OPERATION: (
                    "custom_object_instances.delete",
                    "/custom_object_instances/{custom_object_type_identifier}/{id}",
                )
            },
        }
        _kwargs["headers"] = headers

        parsed: CustomObjectInstanceDeleted = await self._request(
            _kwargs,
            {200: CustomObjectInstanceDeleted.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def delete_by_external_id(
        self,
        custom_object_type_identifier: str,
        *,
        external_id: str | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CustomObjectInstanceDeleted:
        """Delete a Custom Object Instance by External ID

        Delete a single Custom Object instance by external_id.

        Args:
            custom_object_type_identifier (str):
            external_id (str | Unset):
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
            CustomObjectInstanceDeleted
        """

        from ...models.custom_object_instance_deleted import CustomObjectInstanceDeleted

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["external_id"] = external_id
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/custom_object_instances/{custom_object_type_identifier}".format(
                custom_object_type_identifier=path_segment(
                    "custom_object_type_identifier",
                    custom_object_type_identifier,
                    "DELETE /custom_object_instances/{custom_object_type_identifier}",
                ),
            ),
            "extensions": {
                OPERATION: (
                    "custom_object_instances.delete_by_external_id",
                    "/custom_object_instances/{custom_object_type_identifier}",
                )
            },
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: CustomObjectInstanceDeleted = await self._request(
            _kwargs,
            {200: CustomObjectInstanceDeleted.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list(
        self,
        custom_object_type_identifier: str,
        *,
        references_contact_id: str | Unset = UNSET,
        references_conversation_id: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
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
    ) -> AsyncPaginator[CustomObjectInstance, CustomObjectInstancesPaginatedList]:
        """List Custom Object Instances

        List instances of a custom object type. Three modes are supported:
        - **No filter** — returns all instances for the type.
        - **`references_contact_id`** — returns instances associated with the given contact.
        - **`references_conversation_id`** — returns instances associated with the given conversation.

        When **`external_id`** is provided, returns a single matching instance (not a list).

        Args:
            custom_object_type_identifier (str):
            references_contact_id (str | Unset):
            references_conversation_id (str | Unset):
            external_id (str | Unset):
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
            AsyncPaginator[CustomObjectInstance, CustomObjectInstancesPaginatedList]
        """

        from ...models.custom_object_instances_paginated_list import CustomObjectInstancesPaginatedList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["references_contact_id"] = references_contact_id
        params["references_conversation_id"] = references_conversation_id
        params["external_id"] = external_id
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/custom_object_instances/{custom_object_type_identifier}".format(
                custom_object_type_identifier=path_segment(
                    "custom_object_type_identifier",
                    custom_object_type_identifier,
                    "GET /custom_object_instances/{custom_object_type_identifier}",
                ),
            ),
            "extensions": {
                OPERATION: ("custom_object_instances.list", "/custom_object_instances/{custom_object_type_identifier}")
            },
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.custom_object_instances.list_custom_object_instances"],
            _kwargs,
            {200: CustomObjectInstancesPaginatedList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        custom_object_type_identifier: str,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CustomObjectInstance:
        """Get Custom Object Instance by ID

        Fetch a Custom Object Instance by id.

        Args:
            custom_object_type_identifier (str):
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
            CustomObjectInstance
        """

        from ...models.custom_object_instance import CustomObjectInstance

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/custom_object_instances/{custom_object_type_identifier}/{id}".format(
                custom_object_type_identifier=path_segment(
                    "custom_object_type_identifier",
                    custom_object_type_identifier,
                    "GET /custom_object_instances/{custom_object_type_identifier}/{id}",
                ),
                id=path_segment("id", id, "GET /custom_object_instances/{custom_object_type_identifier}/{id}"),
            ),
            "extensions": {
                OPERATION: (
                    "custom_object_instances.retrieve",
                    "/custom_object_instances/{custom_object_type_identifier}/{id}",
                )
            },
        }
        _kwargs["headers"] = headers

        parsed: CustomObjectInstance = await self._request(
            _kwargs,
            {200: CustomObjectInstance.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncCustomObjectInstancesRawResource:
    """``client.custom_object_instances.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncCustomObjectInstancesResource) -> None:
        raw = AsyncCustomObjectInstancesResource(resource._client, raw=True)
        self.create = async_raw(raw.create)
        self.delete = async_raw(raw.delete)
        self.delete_by_external_id = async_raw(raw.delete_by_external_id)
        self.retrieve = async_raw(raw.retrieve)


class CustomObjectInstancesResource(SyncResource):
    """``client.custom_object_instances`` of Intercom: 5 operations."""

    @property
    def with_raw_response(self) -> CustomObjectInstancesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return CustomObjectInstancesRawResource(self)

    def create(
        self,
        custom_object_type_identifier: str,
        *,
        body: CreateOrUpdateCustomObjectInstanceRequest | CreateOrUpdateCustomObjectInstanceRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        custom_attributes: Mapping[str, Any] | None = NOT_GIVEN,
        external_created_at: int | None = NOT_GIVEN,
        external_id: str = NOT_GIVEN,
        external_updated_at: int | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CustomObjectInstance:
        """Create or Update a Custom Object Instance

        Create or update a custom object instance

        Args:
            custom_object_type_identifier (str):
            body (CreateOrUpdateCustomObjectInstanceRequest |
                CreateOrUpdateCustomObjectInstanceRequestDict | Unset): Payload to create or update a
                Custom Object instance
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            custom_attributes (Mapping[str, Any] | None): The body's field custom_attributes (instead
                of body=).
            external_created_at (int | None): The body's field external_created_at (instead of body=).
                The time when the Custom Object instance was created in the external system it originated
                from.
            external_id (str): The body's field external_id (instead of body=). A unique identifier
                for the Custom Object instance in the external system it originated from.
            external_updated_at (int | None): The body's field external_updated_at (instead of body=).
                The time when the Custom Object instance was last updated in the external system it
                originated from.
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
            CustomObjectInstance
        """

        from ...models.create_or_update_custom_object_instance_request import CreateOrUpdateCustomObjectInstanceRequest
        from ...models.custom_object_instance import CustomObjectInstance

        body = cast(
            "CreateOrUpdateCustomObjectInstanceRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "custom_attributes": custom_attributes,
                        "external_created_at": external_created_at,
                        "external_id": external_id,
                        "external_updated_at": external_updated_at,
                    },
                    "CreateOrUpdateCustomObjectInstanceRequest",
                ),
                CreateOrUpdateCustomObjectInstanceRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/custom_object_instances/{custom_object_type_identifier}".format(
                custom_object_type_identifier=path_segment(
                    "custom_object_type_identifier",
                    custom_object_type_identifier,
                    "POST /custom_object_instances/{custom_object_type_identifier}",
                ),
            ),
            "extensions": {
                OPERATION: (
                    "custom_object_instances.create",
                    "/custom_object_instances/{custom_object_type_identifier}",
                )
            },
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: CustomObjectInstance = self._request(
            _kwargs,
            {200: CustomObjectInstance.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def delete(
        self,
        custom_object_type_identifier: str,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CustomObjectInstanceDeleted:
        """Delete a Custom Object Instance by ID

        Delete a single Custom Object instance using the Intercom defined id.

        Args:
            custom_object_type_identifier (str):
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
            CustomObjectInstanceDeleted
        """

        from ...models.custom_object_instance_deleted import CustomObjectInstanceDeleted

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/custom_object_instances/{custom_object_type_identifier}/{id}".format(
                custom_object_type_identifier=path_segment(
                    "custom_object_type_identifier",
                    custom_object_type_identifier,
                    "DELETE /custom_object_instances/{custom_object_type_identifier}/{id}",
                ),
                id=path_segment("id", id, "DELETE /custom_object_instances/{custom_object_type_identifier}/{id}"),
            ),
            "extensions": {
                OPERATION: (
                    "custom_object_instances.delete",
                    "/custom_object_instances/{custom_object_type_identifier}/{id}",
                )
            },
        }
        _kwargs["headers"] = headers

        parsed: CustomObjectInstanceDeleted = self._request(
            _kwargs,
            {200: CustomObjectInstanceDeleted.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def delete_by_external_id(
        self,
        custom_object_type_identifier: str,
        *,
        external_id: str | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CustomObjectInstanceDeleted:
        """Delete a Custom Object Instance by External ID

        Delete a single Custom Object instance by external_id.

        Args:
            custom_object_type_identifier (str):
            external_id (str | Unset):
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
            CustomObjectInstanceDeleted
        """

        from ...models.custom_object_instance_deleted import CustomObjectInstanceDeleted

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["external_id"] = external_id
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/custom_object_instances/{custom_object_type_identifier}".format(
                custom_object_type_identifier=path_segment(
                    "custom_object_type_identifier",
                    custom_object_type_identifier,
                    "DELETE /custom_object_instances/{custom_object_type_identifier}",
                ),
            ),
            "extensions": {
                OPERATION: (
                    "custom_object_instances.delete_by_external_id",
                    "/custom_object_instances/{custom_object_type_identifier}",
                )
            },
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: CustomObjectInstanceDeleted = self._request(
            _kwargs,
            {200: CustomObjectInstanceDeleted.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list(
        self,
        custom_object_type_identifier: str,
        *,
        references_contact_id: str | Unset = UNSET,
        references_conversation_id: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
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
    ) -> SyncPaginator[CustomObjectInstance, CustomObjectInstancesPaginatedList]:
        """List Custom Object Instances

        List instances of a custom object type. Three modes are supported:
        - **No filter** — returns all instances for the type.
        - **`references_contact_id`** — returns instances associated with the given contact.
        - **`references_conversation_id`** — returns instances associated with the given conversation.

        When **`external_id`** is provided, returns a single matching instance (not a list).

        Args:
            custom_object_type_identifier (str):
            references_contact_id (str | Unset):
            references_conversation_id (str | Unset):
            external_id (str | Unset):
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
            SyncPaginator[CustomObjectInstance, CustomObjectInstancesPaginatedList]
        """

        from ...models.custom_object_instances_paginated_list import CustomObjectInstancesPaginatedList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["references_contact_id"] = references_contact_id
        params["references_conversation_id"] = references_conversation_id
        params["external_id"] = external_id
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/custom_object_instances/{custom_object_type_identifier}".format(
                custom_object_type_identifier=path_segment(
                    "custom_object_type_identifier",
                    custom_object_type_identifier,
                    "GET /custom_object_instances/{custom_object_type_identifier}",
                ),
            ),
            "extensions": {
                OPERATION: ("custom_object_instances.list", "/custom_object_instances/{custom_object_type_identifier}")
            },
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.custom_object_instances.list_custom_object_instances"],
            _kwargs,
            {200: CustomObjectInstancesPaginatedList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        custom_object_type_identifier: str,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CustomObjectInstance:
        """Get Custom Object Instance by ID

        Fetch a Custom Object Instance by id.

        Args:
            custom_object_type_identifier (str):
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
            CustomObjectInstance
        """

        from ...models.custom_object_instance import CustomObjectInstance

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/custom_object_instances/{custom_object_type_identifier}/{id}".format(
                custom_object_type_identifier=path_segment(
                    "custom_object_type_identifier",
                    custom_object_type_identifier,
                    "GET /custom_object_instances/{custom_object_type_identifier}/{id}",
                ),
                id=path_segment("id", id, "GET /custom_object_instances/{custom_object_type_identifier}/{id}"),
            ),
            "extensions": {
                OPERATION: (
                    "custom_object_instances.retrieve",
                    "/custom_object_instances/{custom_object_type_identifier}/{id}",
                )
            },
        }
        _kwargs["headers"] = headers

        parsed: CustomObjectInstance = self._request(
            _kwargs,
            {200: CustomObjectInstance.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class CustomObjectInstancesRawResource:
    """``client.custom_object_instances.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: CustomObjectInstancesResource) -> None:
        raw = CustomObjectInstancesResource(resource._client, raw=True)
        self.create = sync_raw(raw.create)
        self.delete = sync_raw(raw.delete)
        self.delete_by_external_id = sync_raw(raw.delete_by_external_id)
        self.retrieve = sync_raw(raw.retrieve)
