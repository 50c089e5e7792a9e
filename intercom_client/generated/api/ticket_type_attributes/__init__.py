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
    from ...models.create_ticket_type_attribute_request import (
        CreateTicketTypeAttributeRequest,
        CreateTicketTypeAttributeRequestDict,
    )
    from ...models.create_ticket_type_attribute_request_data_type import CreateTicketTypeAttributeRequestDataType
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
        body: CreateTicketTypeAttributeRequest | CreateTicketTypeAttributeRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        data_type: CreateTicketTypeAttributeRequestDataType = NOT_GIVEN,
        description: str = NOT_GIVEN,
        name: str = NOT_GIVEN,
        allow_multiple_values: bool = NOT_GIVEN,
        list_items: str = NOT_GIVEN,
        multiline: bool = NOT_GIVEN,
        required_to_create: bool = NOT_GIVEN,
        required_to_create_for_contacts: bool = NOT_GIVEN,
        visible_on_create: bool = NOT_GIVEN,
        visible_to_contacts: bool = NOT_GIVEN,
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
            body (CreateTicketTypeAttributeRequest | CreateTicketTypeAttributeRequestDict): You can
                create a Ticket Type Attribute
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            data_type (CreateTicketTypeAttributeRequestDataType): The body's field data_type (instead
                of body=). The data type of the attribute
            description (str): The body's field description (instead of body=). The description of the
                attribute presented to the teammate or contact
            name (str): The body's field name (instead of body=). The name of the ticket type
                attribute
            allow_multiple_values (bool): The body's field allow_multiple_values (instead of body=).
                Whether the attribute allows multiple files to be attached to it (only applicable to file
                attributes)
            list_items (str): The body's field list_items (instead of body=). A comma delimited list
                of items for the attribute value (only applicable to list attributes)
            multiline (bool): The body's field multiline (instead of body=). Whether the attribute
                allows multiple lines of text (only applicable to string attributes)
            required_to_create (bool): The body's field required_to_create (instead of body=). Whether
                the attribute is required to be filled in when teammates are creating the ticket in Inbox.
            required_to_create_for_contacts (bool): The body's field required_to_create_for_contacts
                (instead of body=). Whether the attribute is required to be filled in when contacts are
                creating the ticket in Messenger.
            visible_on_create (bool): The body's field visible_on_create (instead of body=). Whether
                the attribute is visible to teammates when creating a ticket in Inbox.
            visible_to_contacts (bool): The body's field visible_to_contacts (instead of body=).
                Whether the attribute is visible to contacts when creating a ticket in Messenger.
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

        body = cast(
            "CreateTicketTypeAttributeRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "data_type": data_type,
                        "description": description,
                        "name": name,
                        "allow_multiple_values": allow_multiple_values,
                        "list_items": list_items,
                        "multiline": multiline,
                        "required_to_create": required_to_create,
                        "required_to_create_for_contacts": required_to_create_for_contacts,
                        "visible_on_create": visible_on_create,
                        "visible_to_contacts": visible_to_contacts,
                    },
                    "CreateTicketTypeAttributeRequest",
                ),
                CreateTicketTypeAttributeRequest,
            ),
        )
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
            "extensions": {OPERATION: ("ticket_type_attributes.create", "/ticket_types/{ticket_type_id}/attributes")},
        }
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
        allow_multiple_values: bool = NOT_GIVEN,
        archived: bool = NOT_GIVEN,
        description: str = NOT_GIVEN,
        list_items: str = NOT_GIVEN,
        multiline: bool = NOT_GIVEN,
        name: str = NOT_GIVEN,
        required_to_create: bool = NOT_GIVEN,
        required_to_create_for_contacts: bool = NOT_GIVEN,
        visible_on_create: bool = NOT_GIVEN,
        visible_to_contacts: bool = NOT_GIVEN,
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
            allow_multiple_values (bool): The body's field allow_multiple_values (instead of body=).
                Whether the attribute allows multiple files to be attached to it (only applicable to file
                attributes)
            archived (bool): The body's field archived (instead of body=). Whether the attribute
                should be archived and not shown during creation of the ticket (it will still be present
                on previously created tickets)
            description (str): The body's field description (instead of body=). The description of the
                attribute presented to the teammate or contact
            list_items (str): The body's field list_items (instead of body=). A comma delimited list
                of items for the attribute value (only applicable to list attributes)
            multiline (bool): The body's field multiline (instead of body=). Whether the attribute
                allows multiple lines of text (only applicable to string attributes)
            name (str): The body's field name (instead of body=). The name of the ticket type
                attribute
            required_to_create (bool): The body's field required_to_create (instead of body=). Whether
                the attribute is required to be filled in when teammates are creating the ticket in Inbox.
            required_to_create_for_contacts (bool): The body's field required_to_create_for_contacts
                (instead of body=). Whether the attribute is required to be filled in when contacts are
                creating the ticket in Messenger.
            visible_on_create (bool): The body's field visible_on_create (instead of body=). Whether
                the attribute is visible to teammates when creating a ticket in Inbox.
            visible_to_contacts (bool): The body's field visible_to_contacts (instead of body=).
                Whether the attribute is visible to contacts when creating a ticket in Messenger.
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

        body = cast(
            "UpdateTicketTypeAttributeRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "allow_multiple_values": allow_multiple_values,
                        "archived": archived,
                        "description": description,
                        "list_items": list_items,
                        "multiline": multiline,
                        "name": name,
                        "required_to_create": required_to_create,
                        "required_to_create_for_contacts": required_to_create_for_contacts,
                        "visible_on_create": visible_on_create,
                        "visible_to_contacts": visible_to_contacts,
                    },
                    "UpdateTicketTypeAttributeRequest",
                ),
                UpdateTicketTypeAttributeRequest,
            ),
        )
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
            "extensions": {
                OPERATION: ("ticket_type_attributes.update", "/ticket_types/{ticket_type_id}/attributes/{id}")
            },
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
        body: CreateTicketTypeAttributeRequest | CreateTicketTypeAttributeRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        data_type: CreateTicketTypeAttributeRequestDataType = NOT_GIVEN,
        description: str = NOT_GIVEN,
        name: str = NOT_GIVEN,
        allow_multiple_values: bool = NOT_GIVEN,
        list_items: str = NOT_GIVEN,
        multiline: bool = NOT_GIVEN,
        required_to_create: bool = NOT_GIVEN,
        required_to_create_for_contacts: bool = NOT_GIVEN,
        visible_on_create: bool = NOT_GIVEN,
        visible_to_contacts: bool = NOT_GIVEN,
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
            body (CreateTicketTypeAttributeRequest | CreateTicketTypeAttributeRequestDict): You can
                create a Ticket Type Attribute
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            data_type (CreateTicketTypeAttributeRequestDataType): The body's field data_type (instead
                of body=). The data type of the attribute
            description (str): The body's field description (instead of body=). The description of the
                attribute presented to the teammate or contact
            name (str): The body's field name (instead of body=). The name of the ticket type
                attribute
            allow_multiple_values (bool): The body's field allow_multiple_values (instead of body=).
                Whether the attribute allows multiple files to be attached to it (only applicable to file
                attributes)
            list_items (str): The body's field list_items (instead of body=). A comma delimited list
                of items for the attribute value (only applicable to list attributes)
            multiline (bool): The body's field multiline (instead of body=). Whether the attribute
                allows multiple lines of text (only applicable to string attributes)
            required_to_create (bool): The body's field required_to_create (instead of body=). Whether
                the attribute is required to be filled in when teammates are creating the ticket in Inbox.
            required_to_create_for_contacts (bool): The body's field required_to_create_for_contacts
                (instead of body=). Whether the attribute is required to be filled in when contacts are
                creating the ticket in Messenger.
            visible_on_create (bool): The body's field visible_on_create (instead of body=). Whether
                the attribute is visible to teammates when creating a ticket in Inbox.
            visible_to_contacts (bool): The body's field visible_to_contacts (instead of body=).
                Whether the attribute is visible to contacts when creating a ticket in Messenger.
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

        body = cast(
            "CreateTicketTypeAttributeRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "data_type": data_type,
                        "description": description,
                        "name": name,
                        "allow_multiple_values": allow_multiple_values,
                        "list_items": list_items,
                        "multiline": multiline,
                        "required_to_create": required_to_create,
                        "required_to_create_for_contacts": required_to_create_for_contacts,
                        "visible_on_create": visible_on_create,
                        "visible_to_contacts": visible_to_contacts,
                    },
                    "CreateTicketTypeAttributeRequest",
                ),
                CreateTicketTypeAttributeRequest,
            ),
        )
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
            "extensions": {OPERATION: ("ticket_type_attributes.create", "/ticket_types/{ticket_type_id}/attributes")},
        }
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
        allow_multiple_values: bool = NOT_GIVEN,
        archived: bool = NOT_GIVEN,
        description: str = NOT_GIVEN,
        list_items: str = NOT_GIVEN,
        multiline: bool = NOT_GIVEN,
        name: str = NOT_GIVEN,
        required_to_create: bool = NOT_GIVEN,
        required_to_create_for_contacts: bool = NOT_GIVEN,
        visible_on_create: bool = NOT_GIVEN,
        visible_to_contacts: bool = NOT_GIVEN,
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
            allow_multiple_values (bool): The body's field allow_multiple_values (instead of body=).
                Whether the attribute allows multiple files to be attached to it (only applicable to file
                attributes)
            archived (bool): The body's field archived (instead of body=). Whether the attribute
                should be archived and not shown during creation of the ticket (it will still be present
                on previously created tickets)
            description (str): The body's field description (instead of body=). The description of the
                attribute presented to the teammate or contact
            list_items (str): The body's field list_items (instead of body=). A comma delimited list
                of items for the attribute value (only applicable to list attributes)
            multiline (bool): The body's field multiline (instead of body=). Whether the attribute
                allows multiple lines of text (only applicable to string attributes)
            name (str): The body's field name (instead of body=). The name of the ticket type
                attribute
            required_to_create (bool): The body's field required_to_create (instead of body=). Whether
                the attribute is required to be filled in when teammates are creating the ticket in Inbox.
            required_to_create_for_contacts (bool): The body's field required_to_create_for_contacts
                (instead of body=). Whether the attribute is required to be filled in when contacts are
                creating the ticket in Messenger.
            visible_on_create (bool): The body's field visible_on_create (instead of body=). Whether
                the attribute is visible to teammates when creating a ticket in Inbox.
            visible_to_contacts (bool): The body's field visible_to_contacts (instead of body=).
                Whether the attribute is visible to contacts when creating a ticket in Messenger.
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

        body = cast(
            "UpdateTicketTypeAttributeRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "allow_multiple_values": allow_multiple_values,
                        "archived": archived,
                        "description": description,
                        "list_items": list_items,
                        "multiline": multiline,
                        "name": name,
                        "required_to_create": required_to_create,
                        "required_to_create_for_contacts": required_to_create_for_contacts,
                        "visible_on_create": visible_on_create,
                        "visible_to_contacts": visible_to_contacts,
                    },
                    "UpdateTicketTypeAttributeRequest",
                ),
                UpdateTicketTypeAttributeRequest,
            ),
        )
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
            "extensions": {
                OPERATION: ("ticket_type_attributes.update", "/ticket_types/{ticket_type_id}/attributes/{id}")
            },
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
