# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.messages``: the messages resource of both clients, one method per operation.

``MessagesResource`` is the sync one (on ``Intercom``), ``AsyncMessagesResource`` the async one (on
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
    from ...models.create_message_request import CreateMessageRequest, CreateMessageRequestDict
    from ...models.create_message_request_from import CreateMessageRequestFromDict
    from ...models.create_message_request_message_type import CreateMessageRequestMessageType
    from ...models.intercom_version import IntercomVersion
    from ...models.message import Message
    from ...models.recipient import RecipientDict
    from ...models.whatsapp_message_status import WhatsappMessageStatus
    from ...models.whatsapp_message_status_list import WhatsappMessageStatusList
    from ...models.whatsapp_message_status_list_events_item import WhatsappMessageStatusListEventsItem
    from ...types import AsyncPaginator, Cursor, SyncPaginator, TimeoutTypes

__all__ = ["AsyncMessagesResource", "MessagesResource"]


class AsyncMessagesResource(AsyncResource):
    """``client.messages`` of AsyncIntercom: 3 operations."""

    @property
    def with_raw_response(self) -> AsyncMessagesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncMessagesRawResource(self)

    async def create(
        self,
        *,
        body: CreateMessageRequest | CreateMessageRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        bcc: RecipientDict | Sequence[RecipientDict] = NOT_GIVEN,
        cc: RecipientDict | Sequence[RecipientDict] = NOT_GIVEN,
        create_conversation_without_contact_reply: bool = NOT_GIVEN,
        created_at: int = NOT_GIVEN,
        from_: CreateMessageRequestFromDict = NOT_GIVEN,
        message_type: CreateMessageRequestMessageType = NOT_GIVEN,
        subject: str = NOT_GIVEN,
        template: str = NOT_GIVEN,
        to: RecipientDict | Sequence[RecipientDict] = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Message:
        """Create a message

        You can create a message that has been initiated by an admin. The conversation can be either an in-
        app message, an email, sms or whatsapp.

        > 🚧 Sending for visitors
        >
        > There can be a short delay between when a contact is created and when a contact becomes available
        to be messaged through the API. A 404 Not Found error will be returned in this case.

        This will return the Message model that has been created.

        > 🚧 Retrieving Associated Conversations
        >
        > As this is a message, there will be no conversation present until the contact responds. Once they
        do, you will have to search for a contact's conversations with the id of the message.

        Args:
            body (CreateMessageRequest | CreateMessageRequestDict): You can create a message
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            bcc (RecipientDict | Sequence[RecipientDict]): The body's field bcc (instead of body=).
            cc (RecipientDict | Sequence[RecipientDict]): The body's field cc (instead of body=).
            create_conversation_without_contact_reply (bool): The body's field
                create_conversation_without_contact_reply (instead of body=). Whether a conversation
                should be opened in the inbox for the message without the contact replying. Defaults to
                false if not provided.
            created_at (int): The body's field created_at (instead of body=). The time the message was
                created. If not provided, the current time will be used.
            from_ (CreateMessageRequestFromDict): The body's field from (instead of body=). The sender
                of the message. If not provided, the default sender will be used.
            message_type (CreateMessageRequestMessageType): The body's field message_type (instead of
                body=). The kind of message being created. Values: `in_app`, `email`, `sms` or `whatsapp`.
            subject (str): The body's field subject (instead of body=). The title of the email.
            template (str): The body's field template (instead of body=). The style of the outgoing
                message. Possible values `plain` or `personal`.
            to (RecipientDict | Sequence[RecipientDict]): The body's field to (instead of body=).
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
            Message
        """

        from ...models.create_message_request import CreateMessageRequest
        from ...models.message import Message

        body = cast(
            "CreateMessageRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "bcc": bcc,
                        "cc": cc,
                        "create_conversation_without_contact_reply": create_conversation_without_contact_reply,
                        "created_at": created_at,
                        "from": from_,
                        "message_type": message_type,
                        "subject": subject,
                        "template": template,
                        "to": to,
                    },
                    "CreateMessageRequest",
                ),
                CreateMessageRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/messages",
            "extensions": {OPERATION: ("messages.create", "/messages")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Message = await self._request(
            _kwargs,
            {200: Message.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list_whatsapp_statuses(
        self,
        *,
        ruleset_id: str,
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
    ) -> AsyncPaginator[WhatsappMessageStatusListEventsItem, WhatsappMessageStatusList]:
        """Get statuses of all messages sent based on the specified ruleset_id

        Retrieves statuses of messages sent from the Outbound module. Currently, this API only supports
        WhatsApp messages.

        This endpoint returns paginated status events for WhatsApp messages sent via the Outbound module,
        providing
        information about delivery state and related message details.

        Args:
            ruleset_id (str):
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
            AsyncPaginator[WhatsappMessageStatusListEventsItem, WhatsappMessageStatusList]
        """

        from ...models.whatsapp_message_status_list import WhatsappMessageStatusList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["ruleset_id"] = ruleset_id
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/messages/status",
            "extensions": {OPERATION: ("messages.list_whatsapp_statuses", "/messages/status")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.messages.get_whats_app_message_status"],
            _kwargs,
            {200: WhatsappMessageStatusList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def retrieve_whatsapp_status(
        self,
        *,
        message_id: str,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> WhatsappMessageStatus:
        """Retrieve WhatsApp message delivery status

        Retrieves the delivery status of a specific WhatsApp message by its message ID.

        Returns the current status, conversation details, and any error information if the message failed to
        deliver.

        Args:
            message_id (str):
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
            WhatsappMessageStatus
        """

        from ...models.whatsapp_message_status import WhatsappMessageStatus

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["message_id"] = message_id
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/messages/whatsapp/status",
            "extensions": {OPERATION: ("messages.retrieve_whatsapp_status", "/messages/whatsapp/status")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: WhatsappMessageStatus = await self._request(
            _kwargs,
            {200: WhatsappMessageStatus.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncMessagesRawResource:
    """``client.messages.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncMessagesResource) -> None:
        raw = AsyncMessagesResource(resource._client, raw=True)
        self.create = async_raw(raw.create)
        self.retrieve_whatsapp_status = async_raw(raw.retrieve_whatsapp_status)


class MessagesResource(SyncResource):
    """``client.messages`` of Intercom: 3 operations."""

    @property
    def with_raw_response(self) -> MessagesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return MessagesRawResource(self)

    def create(
        self,
        *,
        body: CreateMessageRequest | CreateMessageRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        bcc: RecipientDict | Sequence[RecipientDict] = NOT_GIVEN,
        cc: RecipientDict | Sequence[RecipientDict] = NOT_GIVEN,
        create_conversation_without_contact_reply: bool = NOT_GIVEN,
        created_at: int = NOT_GIVEN,
        from_: CreateMessageRequestFromDict = NOT_GIVEN,
        message_type: CreateMessageRequestMessageType = NOT_GIVEN,
        subject: str = NOT_GIVEN,
        template: str = NOT_GIVEN,
        to: RecipientDict | Sequence[RecipientDict] = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Message:
        """Create a message

        You can create a message that has been initiated by an admin. The conversation can be either an in-
        app message, an email, sms or whatsapp.

        > 🚧 Sending for visitors
        >
        > There can be a short delay between when a contact is created and when a contact becomes available
        to be messaged through the API. A 404 Not Found error will be returned in this case.

        This will return the Message model that has been created.

        > 🚧 Retrieving Associated Conversations
        >
        > As this is a message, there will be no conversation present until the contact responds. Once they
        do, you will have to search for a contact's conversations with the id of the message.

        Args:
            body (CreateMessageRequest | CreateMessageRequestDict): You can create a message
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            bcc (RecipientDict | Sequence[RecipientDict]): The body's field bcc (instead of body=).
            cc (RecipientDict | Sequence[RecipientDict]): The body's field cc (instead of body=).
            create_conversation_without_contact_reply (bool): The body's field
                create_conversation_without_contact_reply (instead of body=). Whether a conversation
                should be opened in the inbox for the message without the contact replying. Defaults to
                false if not provided.
            created_at (int): The body's field created_at (instead of body=). The time the message was
                created. If not provided, the current time will be used.
            from_ (CreateMessageRequestFromDict): The body's field from (instead of body=). The sender
                of the message. If not provided, the default sender will be used.
            message_type (CreateMessageRequestMessageType): The body's field message_type (instead of
                body=). The kind of message being created. Values: `in_app`, `email`, `sms` or `whatsapp`.
            subject (str): The body's field subject (instead of body=). The title of the email.
            template (str): The body's field template (instead of body=). The style of the outgoing
                message. Possible values `plain` or `personal`.
            to (RecipientDict | Sequence[RecipientDict]): The body's field to (instead of body=).
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
            Message
        """

        from ...models.create_message_request import CreateMessageRequest
        from ...models.message import Message

        body = cast(
            "CreateMessageRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "bcc": bcc,
                        "cc": cc,
                        "create_conversation_without_contact_reply": create_conversation_without_contact_reply,
                        "created_at": created_at,
                        "from": from_,
                        "message_type": message_type,
                        "subject": subject,
                        "template": template,
                        "to": to,
                    },
                    "CreateMessageRequest",
                ),
                CreateMessageRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/messages",
            "extensions": {OPERATION: ("messages.create", "/messages")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Message = self._request(
            _kwargs,
            {200: Message.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list_whatsapp_statuses(
        self,
        *,
        ruleset_id: str,
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
    ) -> SyncPaginator[WhatsappMessageStatusListEventsItem, WhatsappMessageStatusList]:
        """Get statuses of all messages sent based on the specified ruleset_id

        Retrieves statuses of messages sent from the Outbound module. Currently, this API only supports
        WhatsApp messages.

        This endpoint returns paginated status events for WhatsApp messages sent via the Outbound module,
        providing
        information about delivery state and related message details.

        Args:
            ruleset_id (str):
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
            SyncPaginator[WhatsappMessageStatusListEventsItem, WhatsappMessageStatusList]
        """

        from ...models.whatsapp_message_status_list import WhatsappMessageStatusList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["ruleset_id"] = ruleset_id
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/messages/status",
            "extensions": {OPERATION: ("messages.list_whatsapp_statuses", "/messages/status")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.messages.get_whats_app_message_status"],
            _kwargs,
            {200: WhatsappMessageStatusList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def retrieve_whatsapp_status(
        self,
        *,
        message_id: str,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> WhatsappMessageStatus:
        """Retrieve WhatsApp message delivery status

        Retrieves the delivery status of a specific WhatsApp message by its message ID.

        Returns the current status, conversation details, and any error information if the message failed to
        deliver.

        Args:
            message_id (str):
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
            WhatsappMessageStatus
        """

        from ...models.whatsapp_message_status import WhatsappMessageStatus

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["message_id"] = message_id
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/messages/whatsapp/status",
            "extensions": {OPERATION: ("messages.retrieve_whatsapp_status", "/messages/whatsapp/status")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: WhatsappMessageStatus = self._request(
            _kwargs,
            {200: WhatsappMessageStatus.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class MessagesRawResource:
    """``client.messages.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: MessagesResource) -> None:
        raw = MessagesResource(resource._client, raw=True)
        self.create = sync_raw(raw.create)
        self.retrieve_whatsapp_status = sync_raw(raw.retrieve_whatsapp_status)
