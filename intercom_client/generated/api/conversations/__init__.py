# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.conversations``: the conversations resource of both clients, one method per operation.

``ConversationsResource`` is the sync one (on ``Intercom``), ``AsyncConversationsResource`` the async one (on
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
    to_jsonable,
)

if TYPE_CHECKING:
    from ...models.admin_reply_conversation_request import (
        AdminReplyConversationRequest,
        AdminReplyConversationRequestDict,
    )
    from ...models.assign_conversation_request import AssignConversationRequest, AssignConversationRequestDict
    from ...models.close_conversation_request import CloseConversationRequest, CloseConversationRequestDict
    from ...models.contact_reply_email_request import ContactReplyEmailRequest, ContactReplyEmailRequestDict
    from ...models.contact_reply_intercom_user_id_request import (
        ContactReplyIntercomUserIdRequest,
        ContactReplyIntercomUserIdRequestDict,
    )
    from ...models.contact_reply_user_id_request import ContactReplyUserIdRequest, ContactReplyUserIdRequestDict
    from ...models.conversation import Conversation
    from ...models.conversation_deleted import ConversationDeleted
    from ...models.conversation_list import ConversationList
    from ...models.convert_conversation_to_ticket_request import (
        ConvertConversationToTicketRequest,
        ConvertConversationToTicketRequestDict,
    )
    from ...models.create_conversation_request import CreateConversationRequest, CreateConversationRequestDict
    from ...models.create_conversation_request_from import CreateConversationRequestFromDict
    from ...models.deleted_conversation_item import DeletedConversationItem
    from ...models.deleted_conversation_list import DeletedConversationList
    from ...models.handling_event_list import HandlingEventList
    from ...models.intercom_version import IntercomVersion
    from ...models.merge_conversations_request import MergeConversationsRequest, MergeConversationsRequestDict
    from ...models.message import Message
    from ...models.open_conversation_request import OpenConversationRequest, OpenConversationRequestDict
    from ...models.search_request import SearchRequest, SearchRequestDict
    from ...models.side_conversation_list import SideConversationList
    from ...models.side_conversation_summary import SideConversationSummary
    from ...models.snooze_conversation_request import SnoozeConversationRequest, SnoozeConversationRequestDict
    from ...models.starting_after_paging import StartingAfterPagingDict
    from ...models.ticket import Ticket
    from ...models.update_conversation_request import UpdateConversationRequest, UpdateConversationRequestDict
    from ...models.update_conversation_request_priority import UpdateConversationRequestPriority
    from ...types import AsyncPaginator, Cursor, SearchQueryDict, SyncPaginator, TimeoutTypes

__all__ = ["AsyncConversationsResource", "ConversationsResource"]


class AsyncConversationsResource(AsyncResource):
    """``client.conversations`` of AsyncIntercom: 13 operations."""

    @property
    def with_raw_response(self) -> AsyncConversationsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncConversationsRawResource(self)

    async def convert_to_ticket(
        self,
        id: str,
        *,
        body: ConvertConversationToTicketRequest | ConvertConversationToTicketRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        ticket_type_id: str = NOT_GIVEN,
        attributes: Mapping[str, Any] = NOT_GIVEN,
        ticket_state_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Ticket:
        """Convert a conversation to a ticket

        You can convert a conversation to a ticket.

        Args:
            id (str):
            body (ConvertConversationToTicketRequest | ConvertConversationToTicketRequestDict): You
                can convert a Conversation to a Ticket
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            ticket_type_id (str): The body's field ticket_type_id (instead of body=). The ID of the
                type of ticket you want to convert the conversation to
            attributes (Mapping[str, Any]): The body's field attributes (instead of body=). The
                attributes set on the ticket. When setting the default title and description attributes,
                the attribute keys that should be used are `_default_title_` and `_default_description_`.
                When setting ticket type attributes of the list attribute type, the key should be the
                attribute name and the value of the attribute should be the list item id, obtainable by
                [listing the ticket type](ref:get_ticket-types). For example, if the ticket type has an
                attribute called `priority` of type `list`, the key should be `priority` and the value of
                the attribute should be the guid of the list item (e.g.
                `de1825a0-0164-4070-8ca6-13e22462fa7e`).
            ticket_state_id (str): The body's field ticket_state_id (instead of body=). The ID of the
                ticket state associated with the ticket type.
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
            Ticket
        """

        from ...models.convert_conversation_to_ticket_request import ConvertConversationToTicketRequest
        from ...models.ticket import Ticket

        body = cast(
            "ConvertConversationToTicketRequest",
            request_body(
                body_fields(
                    body,
                    {"ticket_type_id": ticket_type_id, "attributes": attributes, "ticket_state_id": ticket_state_id},
                    "ConvertConversationToTicketRequest",
                ),
                ConvertConversationToTicketRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations/{id}/convert".format(
                id=path_segment("id", id, "POST /conversations/{id}/convert"),
            ),
            "extensions": {OPERATION: ("conversations.convert_to_ticket", "/conversations/{id}/convert")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Ticket = await self._request(
            _kwargs,
            {200: Ticket.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def create(
        self,
        *,
        body: CreateConversationRequest | CreateConversationRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        from_: CreateConversationRequestFromDict = NOT_GIVEN,
        attachment_urls: Sequence[str] = NOT_GIVEN,
        brand_id: str = NOT_GIVEN,
        created_at: int = NOT_GIVEN,
        subject: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Message:
        """Creates a conversation

        You can create a conversation that has been initiated by a contact (ie. user or lead).
        The conversation can be an in-app message only.

        Note: Sending for visitors
        You can also send a message from a visitor by specifying their `user_id` or `id` value in the `from`
        field, along with a `type` field value of `contact`.
        This visitor will be automatically converted to a contact with a lead role once the conversation is
        created.

        This will return the Message model that has been created.

        Args:
            body (CreateConversationRequest | CreateConversationRequestDict): Conversations are how
                you can communicate with users in Intercom. They are created when a contact replies to an
                outbound message, or when one admin directly sends a message to a single contact.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            from_ (CreateConversationRequestFromDict): The body's field from (instead of body=).
            attachment_urls (Sequence[str]): The body's field attachment_urls (instead of body=). A
                list of image URLs that will be added as attachments. You can include up to 10 URLs.
            brand_id (str): The body's field brand_id (instead of body=). The unique identifier of the
                brand to associate with this conversation.
            created_at (int): The body's field created_at (instead of body=). The time the
                conversation was created as a UTC Unix timestamp. If not provided, the current time will
                be used. This field is only recommneded for migrating past conversations from another
                source into Intercom.
            subject (str): The body's field subject (instead of body=). The title of the email. Only
                applicable if the message type is email.
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

        from ...models.create_conversation_request import CreateConversationRequest
        from ...models.message import Message

        body = cast(
            "CreateConversationRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "from": from_,
                        "attachment_urls": attachment_urls,
                        "brand_id": brand_id,
                        "created_at": created_at,
                        "subject": subject,
                    },
                    "CreateConversationRequest",
                ),
                CreateConversationRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations",
            "extensions": {OPERATION: ("conversations.create", "/conversations")},
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

    async def delete(
        self,
        id: str,
        *,
        retain_metrics: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConversationDeleted:
        """Delete a conversation

        Warning: Irreversible operation
        Deleting a conversation is permanent and cannot be reversed.

        You can delete a single conversation. The behavior depends on the `retain_metrics` parameter:

        - **With `retain_metrics=true` (default)**: Deletes the conversation while retaining reporting data.
        The conversation will still appear in reporting, though some data may be incomplete due to the
        deletion.

        - **With `retain_metrics=false`**: Deletes the conversation and all associated reporting data. The
        conversation will be completely removed from both the inbox and all reporting.

        Note: Required scope for retain_metrics=false
        Using `retain_metrics=false` requires the `delete_conversations_and_metrics` OAuth scope.

        For more info, see [this help center
        article](https://www.intercom.com/help/en/articles/13885146-deleting-a-conversation).

        Args:
            id (str):
            retain_metrics (bool | Unset):
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
            ConversationDeleted
        """

        from ...models.conversation_deleted import ConversationDeleted

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["retain_metrics"] = retain_metrics
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/conversations/{id}".format(
                id=path_segment("id", id, "DELETE /conversations/{id}"),
            ),
            "extensions": {OPERATION: ("conversations.delete", "/conversations/{id}")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: ConversationDeleted = await self._request(
            _kwargs,
            {200: ConversationDeleted.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list(
        self,
        *,
        include_monitors: bool | Unset = UNSET,
        include_scorecards: bool | Unset = UNSET,
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
    ) -> AsyncPaginator[Conversation, ConversationList]:
        """List all conversations

        You can fetch a list of all conversations.

        You can optionally request the result page size and the cursor to start after to fetch the result.

        Warning: Pagination
        You can use pagination to limit the number of results returned. The default is `20` results per
        page.
        See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
        more/rest-apis/pagination/#pagination-for-list-apis) for more details on how to use the
        `starting_after` param.

        Args:
            include_monitors (bool | Unset):
            include_scorecards (bool | Unset):
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
            AsyncPaginator[Conversation, ConversationList]
        """

        from ...models.conversation_list import ConversationList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["include_monitors"] = include_monitors
        params["include_scorecards"] = include_scorecards
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/conversations",
            "extensions": {OPERATION: ("conversations.list", "/conversations")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.conversations.list_conversations"],
            _kwargs,
            {200: ConversationList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_deleted_conversation_ids(
        self,
        *,
        order: str | Unset = UNSET,
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
    ) -> AsyncPaginator[DeletedConversationItem, DeletedConversationList]:
        """List all deleted conversation IDs

        List all deleted conversation IDs.

        Warning: Pagination
        You can use pagination to limit the number of results returned. The default is `20` results per
        page. You can navigate to next pages using the `page` param.

        Args:
            order (str | Unset):
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
            AsyncPaginator[DeletedConversationItem, DeletedConversationList]
        """

        from ...models.deleted_conversation_list import DeletedConversationList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["order"] = order
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/conversations/deleted",
            "extensions": {OPERATION: ("conversations.list_deleted_conversation_ids", "/conversations/deleted")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.conversations.list_deleted_conversation_ids"],
            _kwargs,
            {200: DeletedConversationList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def list_handling_events(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> HandlingEventList:
        """List handling events

        List all pause/resume events for a conversation. These events track when teammates paused or resumed
        handling a conversation.

        Requires the `read_conversations` OAuth scope.

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
            HandlingEventList
        """

        from ...models.handling_event_list import HandlingEventList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/conversations/{id}/handling_events".format(
                id=path_segment("id", id, "GET /conversations/{id}/handling_events"),
            ),
            "extensions": {OPERATION: ("conversations.list_handling_events", "/conversations/{id}/handling_events")},
        }
        _kwargs["headers"] = headers

        parsed: HandlingEventList = await self._request(
            _kwargs,
            {200: HandlingEventList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list_side_conversations(
        self,
        id: str,
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
    ) -> AsyncPaginator[SideConversationSummary, SideConversationList]:
        """List side conversations

        List side conversations for a given conversation. Side conversations are internal threads created by
        teammates from within a conversation.

        Each side conversation includes its conversation parts (messages). Results are paginated.

        Requires the `read_conversations` OAuth scope.

        Args:
            id (str):
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
            AsyncPaginator[SideConversationSummary, SideConversationList]
        """

        from ...models.side_conversation_list import SideConversationList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/conversations/{id}/side_conversations".format(
                id=path_segment("id", id, "GET /conversations/{id}/side_conversations"),
            ),
            "extensions": {
                OPERATION: ("conversations.list_side_conversations", "/conversations/{id}/side_conversations")
            },
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.conversations.list_side_conversations"],
            _kwargs,
            {200: SideConversationList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def manage(
        self,
        id: str,
        *,
        body: CloseConversationRequest
        | CloseConversationRequestDict
        | SnoozeConversationRequest
        | SnoozeConversationRequestDict
        | OpenConversationRequest
        | OpenConversationRequestDict
        | AssignConversationRequest
        | AssignConversationRequestDict,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Manage a conversation

        For managing conversations you can:
        - Close a conversation
        - Snooze a conversation to reopen on a future date
        - Open a conversation which is `snoozed` or `closed`
        - Assign a conversation to an admin and/or team.

        Args:
            id (str):
            body (CloseConversationRequest | CloseConversationRequestDict | SnoozeConversationRequest
                | SnoozeConversationRequestDict | OpenConversationRequest | OpenConversationRequestDict |
                AssignConversationRequest | AssignConversationRequestDict):
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
            Conversation
        """

        from ...models.assign_conversation_request import AssignConversationRequest
        from ...models.close_conversation_request import CloseConversationRequest
        from ...models.conversation import Conversation
        from ...models.open_conversation_request import OpenConversationRequest
        from ...models.snooze_conversation_request import SnoozeConversationRequest

        body = cast(
            "AssignConversationRequest | CloseConversationRequest | OpenConversationRequest | SnoozeConversationRequest",
            request_body(
                body,
                CloseConversationRequest,
                SnoozeConversationRequest,
                OpenConversationRequest,
                AssignConversationRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations/{id}/parts".format(
                id=path_segment("id", id, "POST /conversations/{id}/parts"),
            ),
            "extensions": {OPERATION: ("conversations.manage", "/conversations/{id}/parts")},
        }
        _kwargs["json"] = to_jsonable(body)

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Conversation = await self._request(
            _kwargs,
            {200: Conversation.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def merge(
        self,
        id: str,
        *,
        body: MergeConversationsRequest | MergeConversationsRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        merge_into_conversation_id: int = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Merge a conversation

        Merge a secondary (source) conversation into a primary (target) conversation.
        The secondary conversation is closed and linked to the primary, which
        becomes the surviving thread. Returns the primary conversation on success.

        Requires `write_conversations` OAuth scope. When the secondary is a ticket,
        `write_tickets` scope is also required.

        Args:
            id (str):
            body (MergeConversationsRequest | MergeConversationsRequestDict): Payload to merge a
                secondary conversation into a primary conversation.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            merge_into_conversation_id (int): The body's field merge_into_conversation_id (instead of
                body=). The ID of the primary (target) conversation to merge into.
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
            Conversation
        """

        from ...models.conversation import Conversation
        from ...models.merge_conversations_request import MergeConversationsRequest

        body = cast(
            "MergeConversationsRequest",
            request_body(
                body_fields(
                    body,
                    {"merge_into_conversation_id": merge_into_conversation_id},
                    "MergeConversationsRequest",
                ),
                MergeConversationsRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations/{id}/merge".format(
                id=path_segment("id", id, "POST /conversations/{id}/merge"),
            ),
            "extensions": {OPERATION: ("conversations.merge", "/conversations/{id}/merge")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Conversation = await self._request(
            _kwargs,
            {200: Conversation.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def reply(
        self,
        id: str,
        *,
        body: ContactReplyIntercomUserIdRequest
        | ContactReplyIntercomUserIdRequestDict
        | ContactReplyEmailRequest
        | ContactReplyEmailRequestDict
        | ContactReplyUserIdRequest
        | ContactReplyUserIdRequestDict
        | AdminReplyConversationRequest
        | AdminReplyConversationRequestDict,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Reply to a conversation

        You can reply to a conversation with a message from an admin or on behalf of a contact, or with a
        note for admins.

        Warning: Bot replies to inbound email
        By default, bot or Operator replies to an inbound email conversation aren't sent to your customer.
        The reply is stored as an unnotifiable bot comment, and no `seen` receipt is generated until an
        email is actually delivered.

        To send these replies as outbound emails, reach out to your accounts team to enable the email-reply
        feature flag for your workspace.

        Args:
            id (str):
            body (ContactReplyIntercomUserIdRequest | ContactReplyIntercomUserIdRequestDict |
                ContactReplyEmailRequest | ContactReplyEmailRequestDict | ContactReplyUserIdRequest |
                ContactReplyUserIdRequestDict | AdminReplyConversationRequest |
                AdminReplyConversationRequestDict):
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
            Conversation
        """

        from ...models.admin_reply_conversation_request import AdminReplyConversationRequest
        from ...models.contact_reply_email_request import ContactReplyEmailRequest
        from ...models.contact_reply_intercom_user_id_request import ContactReplyIntercomUserIdRequest
        from ...models.contact_reply_user_id_request import ContactReplyUserIdRequest
        from ...models.conversation import Conversation

        body = cast(
            "AdminReplyConversationRequest | ContactReplyEmailRequest | ContactReplyIntercomUserIdRequest | ContactReplyUserIdRequest",
            request_body(
                body,
                ContactReplyIntercomUserIdRequest,
                ContactReplyEmailRequest,
                ContactReplyUserIdRequest,
                AdminReplyConversationRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations/{id}/reply".format(
                id=path_segment("id", id, "POST /conversations/{id}/reply"),
            ),
            "extensions": {OPERATION: ("conversations.reply", "/conversations/{id}/reply")},
        }
        _kwargs["json"] = to_jsonable(body)

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Conversation = await self._request(
            _kwargs,
            {200: Conversation.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def retrieve(
        self,
        id: str,
        *,
        display_as: str | Unset = UNSET,
        include_translations: bool | Unset = UNSET,
        include_email_history: bool | Unset = UNSET,
        include_monitors: bool | Unset = UNSET,
        include_scorecards: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Retrieve a conversation

        You can fetch the details of a single conversation.

        This will return a single Conversation model with all its conversation parts.

        Warning: Hard limit of 500 parts
        The maximum number of conversation parts that can be returned via the API is 500. If you have more
        than that we will return the 500 most recent conversation parts.

        For AI agent conversation metadata, please note that you need to have the agent enabled in your
        workspace, which is a [paid feature](https://www.intercom.com/help/en/articles/8205718-fin-
        resolutions#h_97f8c2e671).

        Args:
            id (str):
            display_as (str | Unset):
            include_translations (bool | Unset):
            include_email_history (bool | Unset):
            include_monitors (bool | Unset):
            include_scorecards (bool | Unset):
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
            Conversation
        """

        from ...models.conversation import Conversation

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["display_as"] = display_as
        params["include_translations"] = include_translations
        params["include_email_history"] = include_email_history
        params["include_monitors"] = include_monitors
        params["include_scorecards"] = include_scorecards
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/conversations/{id}".format(
                id=path_segment("id", id, "GET /conversations/{id}"),
            ),
            "extensions": {OPERATION: ("conversations.retrieve", "/conversations/{id}")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: Conversation = await self._request(
            _kwargs,
            {200: Conversation.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def search(
        self,
        *,
        body: SearchRequest | SearchRequestDict = NOT_GIVEN,
        include_monitors: bool | Unset = UNSET,
        include_scorecards: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        query: SearchQueryDict = NOT_GIVEN,
        pagination: StartingAfterPagingDict | None = NOT_GIVEN,
        per_page: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        start_cursor: Cursor | None = None,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[Conversation, ConversationList]:
        """Search conversations

        You can search for multiple conversations by the value of their attributes in order to fetch exactly
        which ones you want.

        To search for conversations, you need to send a `POST` request to
        `https://api.intercom.io/conversations/search`.

        This will accept a query object in the body which will define your filters in order to search for
        conversations.

        Warning: Optimizing search queries
        Search queries can be complex, so optimizing them can help the performance of your search.
        Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and
        utilize
        pagination to limit the number of results returned. The default is `20` results per page and maximum
        is `150`.
        See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
        more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the
        `starting_after` param.

        ### Nesting & Limitations

        You can nest these filters in order to get even more granular insights that pinpoint exactly what
        you need. Example: (1 OR 2) AND (3 OR 4).
        There are some limitations to the amount of multiple's there can be:
        - There's a limit of max 2 nested filters
        - There's a limit of max 15 filters for each AND or OR group

        ### Accepted Fields

        Most keys listed in the conversation model are searchable, whether writeable or not. The value you
        search for has to match the accepted type, otherwise the query will fail (ie. as `created_at`
        accepts a date, the `value` cannot be a string such as `"foorbar"`).
        The `source.body` field is unique as the search will not be performed against the entire value, but
        instead against every element of the value separately. For example, when searching for a
        conversation with a `"I need support"` body - the query should contain a `=` operator with the value
        `"support"` for such conversation to be returned. A query with a `=` operator and a `"need support"`
        value will not yield a result.

        | Field                                     | Type
        |
        | :---------------------------------------- | :-----------------------------------------------------
        ------------------------------------------------------------------------------------------------ |
        | id                                        | String
        |
        | created_at                                | Date (UNIX timestamp)
        |
        | updated_at                                | Date (UNIX timestamp)
        |
        | source.type                               | String
        Accepted fields are `conversation`, `email`, `facebook`, `instagram`, `phone_call`, `phone_switch`,
        `push`, `sms`, `twitter` and `whatsapp`. |
        | source.id                                 | String
        |
        | source.delivered_as                       | String
        |
        | source.subject                            | String
        |
        | source.body                               | String
        |
        | source.author.id                          | String
        |
        | source.author.type                        | String
        |
        | source.author.name                        | String
        |
        | source.author.email                       | String
        |
        | source.url                                | String
        |
        | contact_ids                               | String
        |
        | teammate_ids                              | String
        |
        | admin_assignee_id                         | Integer
        |
        | team_assignee_id                          | Integer
        |
        | channel_initiated                         | String
        |
        | open                                      | Boolean
        |
        | read                                      | Boolean
        |
        | state                                     | String
        |
        | waiting_since                             | Date (UNIX timestamp)
        |
        | snoozed_until                             | Date (UNIX timestamp)
        |
        | tag_ids                                   | String
        |
        | priority                                  | String
        |
        | statistics.time_to_assignment             | Integer
        |
        | statistics.time_to_admin_reply            | Integer
        |
        | statistics.time_to_first_close            | Integer
        |
        | statistics.time_to_last_close             | Integer
        |
        | statistics.median_time_to_reply           | Integer
        |
        | statistics.first_contact_reply_at         | Date (UNIX timestamp)
        |
        | statistics.first_assignment_at            | Date (UNIX timestamp)
        |
        | statistics.first_admin_reply_at           | Date (UNIX timestamp)
        |
        | statistics.first_close_at                 | Date (UNIX timestamp)
        |
        | statistics.last_assignment_at             | Date (UNIX timestamp)
        |
        | statistics.last_assignment_admin_reply_at | Date (UNIX timestamp)
        |
        | statistics.last_contact_reply_at          | Date (UNIX timestamp)
        |
        | statistics.last_admin_reply_at            | Date (UNIX timestamp)
        |
        | statistics.last_close_at                  | Date (UNIX timestamp)
        |
        | statistics.last_closed_by_id              | String
        |
        | statistics.count_reopens                  | Integer
        |
        | statistics.count_assignments              | Integer
        |
        | statistics.count_conversation_parts       | Integer
        |
        | conversation_rating.requested_at          | Date (UNIX timestamp)
        |
        | conversation_rating.replied_at            | Date (UNIX timestamp)
        |
        | conversation_rating.score                 | Integer
        |
        | conversation_rating.remark                | String
        |
        | conversation_rating.contact_id            | String
        |
        | conversation_rating.admin_d               | String
        |
        | ai_agent_participated                     | Boolean
        |
        | ai_agent.resolution_state                 | String
        |
        | ai_agent.last_answer_type                 | String
        |
        | ai_agent.rating                           | Integer
        |
        | ai_agent.rating_remark                    | String
        |
        | ai_agent.source_type                      | String
        |
        | ai_agent.source_title                     | String
        |

        ### Accepted Operators

        The table below shows the operators you can use to define how you want to search for the value.  The
        operator should be put in as a string (`"="`). The operator has to be compatible with the field's
        type  (eg. you cannot search with `>` for a given string value as it's only compatible for integer's
        and dates).

        | Operator | Valid Types                    | Description
        |
        | :------- | :----------------------------- |
        :----------------------------------------------------------- |
        | =        | All                            | Equals
        |
        | !=       | All                            | Doesn't Equal
        |
        | IN       | All                            | In  Shortcut for `OR` queries  Values most be in Array
        |
        | NIN      | All                            | Not In  Shortcut for `OR !` queries  Values must be in
        Array |
        | >        | Integer  Date (UNIX Timestamp) | Greater (or equal) than
        |
        | <       | Integer  Date (UNIX Timestamp) | Lower (or equal) than
        |
        | ~        | String                         | Contains
        |
        | !~       | String                         | Doesn't Contain
        |
        | ^        | String                         | Starts With
        |
        | $        | String                         | Ends With
        |

        Args:
            body (SearchRequest | SearchRequestDict): Search using Intercoms Search APIs.
            include_monitors (bool | Unset):
            include_scorecards (bool | Unset):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            query (SearchQueryDict): The body's field query (instead of body=).
            pagination (StartingAfterPagingDict | None): The body's field pagination (instead of
                body=).
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
            AsyncPaginator[Conversation, ConversationList]
        """

        from ...models.conversation_list import ConversationList
        from ...models.search_request import SearchRequest
        from ...pagination_table import PAGINATED_OPERATIONS

        body = cast(
            "SearchRequest",
            request_body(
                body_fields(
                    body,
                    {"query": query, "pagination": pagination},
                    "SearchRequest",
                ),
                SearchRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["include_monitors"] = include_monitors
        params["include_scorecards"] = include_scorecards
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations/search",
            "extensions": {
                OPERATION: ("conversations.search", "/conversations/search"),
                READ_ONLY: True,
            },  # a search: retried like a GET
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.conversations.search_conversations"],
            _kwargs,
            {200: ConversationList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        id: str,
        *,
        body: UpdateConversationRequest | UpdateConversationRequestDict | Unset = UNSET,
        display_as: str | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_id: str = NOT_GIVEN,
        company_id: str = NOT_GIVEN,
        custom_attributes: Mapping[str, Any] = NOT_GIVEN,
        priority: UpdateConversationRequestPriority = NOT_GIVEN,
        read: bool = NOT_GIVEN,
        title: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Update a conversation

        You can update an existing conversation.

        Note: Replying and other actions
        If you want to reply to a coveration or take an action such as assign, unassign, open, close or
        snooze, take a look at the reply and manage endpoints.

        Note: This endpoint handles both **conversation updates** and **custom object associations**.

        See _`update a conversation with an association to a custom object instance`_ in the
        request/response examples to see the custom object association format.

        Warning: Breaking change: duplicate custom attribute names
        The `PUT /conversations/{id}` endpoint now returns a `400 INVALID_PARAMETER` error when the request
        includes `custom_attributes` and your workspace contains multiple non-archived conversation custom
        attributes with the same name. Previously, the update would silently apply to a non-deterministic
        attribute.

        To resolve, rename or archive the duplicate attribute so each name is unique, then retry the
        request. You can do this through:

        - The Conversation Attributes API — list with `GET /conversations/attributes`, then rename with `PUT
        /conversations/attributes/{id}` or archive with `DELETE /conversations/attributes/{id}`
        - Your workspace settings (Settings → Data → Conversations)

        Args:
            id (str):
            body (UpdateConversationRequest | UpdateConversationRequestDict | Unset): Payload of the
                request to update a conversation
            display_as (str | Unset):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_id (str): The body's field admin_id (instead of body=). The ID of the teammate to
                attribute the priority change to. Defaults to Operator when omitted, and is only used
                alongside priority.
            company_id (str): The body's field company_id (instead of body=). The ID of the company
                that the conversation is associated with. The unique identifier for the company which is
                given by Intercom. Set to nil to remove company.
            custom_attributes (Mapping[str, Any]): The body's field custom_attributes (instead of
                body=). An object containing the different custom attributes associated to the
                conversation as key-value pairs. For relationship attributes the value will be a list of
                custom object instance models. System-defined attributes such as "CX Score rating" and "CX
                Score explanation" may also be included.
            priority (UpdateConversationRequestPriority): The body's field priority (instead of
                body=). The priority level to set on the conversation. Accepts one of none, low, medium,
                high, or urgent. Set none to clear an existing priority.
            read (bool): The body's field read (instead of body=). Mark a conversation as read within
                Intercom.
            title (str): The body's field title (instead of body=). The title given to the
                conversation
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
            Conversation
        """

        from ...models.conversation import Conversation
        from ...models.update_conversation_request import UpdateConversationRequest

        body = cast(
            "UpdateConversationRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "admin_id": admin_id,
                        "company_id": company_id,
                        "custom_attributes": custom_attributes,
                        "priority": priority,
                        "read": read,
                        "title": title,
                    },
                    "UpdateConversationRequest",
                ),
                UpdateConversationRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["display_as"] = display_as
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/conversations/{id}".format(
                id=path_segment("id", id, "PUT /conversations/{id}"),
            ),
            "extensions": {OPERATION: ("conversations.update", "/conversations/{id}")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Conversation = await self._request(
            _kwargs,
            {200: Conversation.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncConversationsRawResource:
    """``client.conversations.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncConversationsResource) -> None:
        raw = AsyncConversationsResource(resource._client, raw=True)
        self.convert_to_ticket = async_raw(raw.convert_to_ticket)
        self.create = async_raw(raw.create)
        self.delete = async_raw(raw.delete)
        self.list_handling_events = async_raw(raw.list_handling_events)
        self.manage = async_raw(raw.manage)
        self.merge = async_raw(raw.merge)
        self.reply = async_raw(raw.reply)
        self.retrieve = async_raw(raw.retrieve)
        self.update = async_raw(raw.update)


class ConversationsResource(SyncResource):
    """``client.conversations`` of Intercom: 13 operations."""

    @property
    def with_raw_response(self) -> ConversationsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return ConversationsRawResource(self)

    def convert_to_ticket(
        self,
        id: str,
        *,
        body: ConvertConversationToTicketRequest | ConvertConversationToTicketRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        ticket_type_id: str = NOT_GIVEN,
        attributes: Mapping[str, Any] = NOT_GIVEN,
        ticket_state_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Ticket:
        """Convert a conversation to a ticket

        You can convert a conversation to a ticket.

        Args:
            id (str):
            body (ConvertConversationToTicketRequest | ConvertConversationToTicketRequestDict): You
                can convert a Conversation to a Ticket
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            ticket_type_id (str): The body's field ticket_type_id (instead of body=). The ID of the
                type of ticket you want to convert the conversation to
            attributes (Mapping[str, Any]): The body's field attributes (instead of body=). The
                attributes set on the ticket. When setting the default title and description attributes,
                the attribute keys that should be used are `_default_title_` and `_default_description_`.
                When setting ticket type attributes of the list attribute type, the key should be the
                attribute name and the value of the attribute should be the list item id, obtainable by
                [listing the ticket type](ref:get_ticket-types). For example, if the ticket type has an
                attribute called `priority` of type `list`, the key should be `priority` and the value of
                the attribute should be the guid of the list item (e.g.
                `de1825a0-0164-4070-8ca6-13e22462fa7e`).
            ticket_state_id (str): The body's field ticket_state_id (instead of body=). The ID of the
                ticket state associated with the ticket type.
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
            Ticket
        """

        from ...models.convert_conversation_to_ticket_request import ConvertConversationToTicketRequest
        from ...models.ticket import Ticket

        body = cast(
            "ConvertConversationToTicketRequest",
            request_body(
                body_fields(
                    body,
                    {"ticket_type_id": ticket_type_id, "attributes": attributes, "ticket_state_id": ticket_state_id},
                    "ConvertConversationToTicketRequest",
                ),
                ConvertConversationToTicketRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations/{id}/convert".format(
                id=path_segment("id", id, "POST /conversations/{id}/convert"),
            ),
            "extensions": {OPERATION: ("conversations.convert_to_ticket", "/conversations/{id}/convert")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Ticket = self._request(
            _kwargs,
            {200: Ticket.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def create(
        self,
        *,
        body: CreateConversationRequest | CreateConversationRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        from_: CreateConversationRequestFromDict = NOT_GIVEN,
        attachment_urls: Sequence[str] = NOT_GIVEN,
        brand_id: str = NOT_GIVEN,
        created_at: int = NOT_GIVEN,
        subject: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Message:
        """Creates a conversation

        You can create a conversation that has been initiated by a contact (ie. user or lead).
        The conversation can be an in-app message only.

        Note: Sending for visitors
        You can also send a message from a visitor by specifying their `user_id` or `id` value in the `from`
        field, along with a `type` field value of `contact`.
        This visitor will be automatically converted to a contact with a lead role once the conversation is
        created.

        This will return the Message model that has been created.

        Args:
            body (CreateConversationRequest | CreateConversationRequestDict): Conversations are how
                you can communicate with users in Intercom. They are created when a contact replies to an
                outbound message, or when one admin directly sends a message to a single contact.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            from_ (CreateConversationRequestFromDict): The body's field from (instead of body=).
            attachment_urls (Sequence[str]): The body's field attachment_urls (instead of body=). A
                list of image URLs that will be added as attachments. You can include up to 10 URLs.
            brand_id (str): The body's field brand_id (instead of body=). The unique identifier of the
                brand to associate with this conversation.
            created_at (int): The body's field created_at (instead of body=). The time the
                conversation was created as a UTC Unix timestamp. If not provided, the current time will
                be used. This field is only recommneded for migrating past conversations from another
                source into Intercom.
            subject (str): The body's field subject (instead of body=). The title of the email. Only
                applicable if the message type is email.
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

        from ...models.create_conversation_request import CreateConversationRequest
        from ...models.message import Message

        body = cast(
            "CreateConversationRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "from": from_,
                        "attachment_urls": attachment_urls,
                        "brand_id": brand_id,
                        "created_at": created_at,
                        "subject": subject,
                    },
                    "CreateConversationRequest",
                ),
                CreateConversationRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations",
            "extensions": {OPERATION: ("conversations.create", "/conversations")},
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

    def delete(
        self,
        id: str,
        *,
        retain_metrics: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConversationDeleted:
        """Delete a conversation

        Warning: Irreversible operation
        Deleting a conversation is permanent and cannot be reversed.

        You can delete a single conversation. The behavior depends on the `retain_metrics` parameter:

        - **With `retain_metrics=true` (default)**: Deletes the conversation while retaining reporting data.
        The conversation will still appear in reporting, though some data may be incomplete due to the
        deletion.

        - **With `retain_metrics=false`**: Deletes the conversation and all associated reporting data. The
        conversation will be completely removed from both the inbox and all reporting.

        Note: Required scope for retain_metrics=false
        Using `retain_metrics=false` requires the `delete_conversations_and_metrics` OAuth scope.

        For more info, see [this help center
        article](https://www.intercom.com/help/en/articles/13885146-deleting-a-conversation).

        Args:
            id (str):
            retain_metrics (bool | Unset):
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
            ConversationDeleted
        """

        from ...models.conversation_deleted import ConversationDeleted

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["retain_metrics"] = retain_metrics
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/conversations/{id}".format(
                id=path_segment("id", id, "DELETE /conversations/{id}"),
            ),
            "extensions": {OPERATION: ("conversations.delete", "/conversations/{id}")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: ConversationDeleted = self._request(
            _kwargs,
            {200: ConversationDeleted.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list(
        self,
        *,
        include_monitors: bool | Unset = UNSET,
        include_scorecards: bool | Unset = UNSET,
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
    ) -> SyncPaginator[Conversation, ConversationList]:
        """List all conversations

        You can fetch a list of all conversations.

        You can optionally request the result page size and the cursor to start after to fetch the result.

        Warning: Pagination
        You can use pagination to limit the number of results returned. The default is `20` results per
        page.
        See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
        more/rest-apis/pagination/#pagination-for-list-apis) for more details on how to use the
        `starting_after` param.

        Args:
            include_monitors (bool | Unset):
            include_scorecards (bool | Unset):
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
            SyncPaginator[Conversation, ConversationList]
        """

        from ...models.conversation_list import ConversationList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["include_monitors"] = include_monitors
        params["include_scorecards"] = include_scorecards
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/conversations",
            "extensions": {OPERATION: ("conversations.list", "/conversations")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.conversations.list_conversations"],
            _kwargs,
            {200: ConversationList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_deleted_conversation_ids(
        self,
        *,
        order: str | Unset = UNSET,
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
    ) -> SyncPaginator[DeletedConversationItem, DeletedConversationList]:
        """List all deleted conversation IDs

        List all deleted conversation IDs.

        Warning: Pagination
        You can use pagination to limit the number of results returned. The default is `20` results per
        page. You can navigate to next pages using the `page` param.

        Args:
            order (str | Unset):
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
            SyncPaginator[DeletedConversationItem, DeletedConversationList]
        """

        from ...models.deleted_conversation_list import DeletedConversationList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["order"] = order
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/conversations/deleted",
            "extensions": {OPERATION: ("conversations.list_deleted_conversation_ids", "/conversations/deleted")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.conversations.list_deleted_conversation_ids"],
            _kwargs,
            {200: DeletedConversationList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_handling_events(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> HandlingEventList:
        """List handling events

        List all pause/resume events for a conversation. These events track when teammates paused or resumed
        handling a conversation.

        Requires the `read_conversations` OAuth scope.

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
            HandlingEventList
        """

        from ...models.handling_event_list import HandlingEventList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/conversations/{id}/handling_events".format(
                id=path_segment("id", id, "GET /conversations/{id}/handling_events"),
            ),
            "extensions": {OPERATION: ("conversations.list_handling_events", "/conversations/{id}/handling_events")},
        }
        _kwargs["headers"] = headers

        parsed: HandlingEventList = self._request(
            _kwargs,
            {200: HandlingEventList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list_side_conversations(
        self,
        id: str,
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
    ) -> SyncPaginator[SideConversationSummary, SideConversationList]:
        """List side conversations

        List side conversations for a given conversation. Side conversations are internal threads created by
        teammates from within a conversation.

        Each side conversation includes its conversation parts (messages). Results are paginated.

        Requires the `read_conversations` OAuth scope.

        Args:
            id (str):
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
            SyncPaginator[SideConversationSummary, SideConversationList]
        """

        from ...models.side_conversation_list import SideConversationList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/conversations/{id}/side_conversations".format(
                id=path_segment("id", id, "GET /conversations/{id}/side_conversations"),
            ),
            "extensions": {
                OPERATION: ("conversations.list_side_conversations", "/conversations/{id}/side_conversations")
            },
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.conversations.list_side_conversations"],
            _kwargs,
            {200: SideConversationList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def manage(
        self,
        id: str,
        *,
        body: CloseConversationRequest
        | CloseConversationRequestDict
        | SnoozeConversationRequest
        | SnoozeConversationRequestDict
        | OpenConversationRequest
        | OpenConversationRequestDict
        | AssignConversationRequest
        | AssignConversationRequestDict,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Manage a conversation

        For managing conversations you can:
        - Close a conversation
        - Snooze a conversation to reopen on a future date
        - Open a conversation which is `snoozed` or `closed`
        - Assign a conversation to an admin and/or team.

        Args:
            id (str):
            body (CloseConversationRequest | CloseConversationRequestDict | SnoozeConversationRequest
                | SnoozeConversationRequestDict | OpenConversationRequest | OpenConversationRequestDict |
                AssignConversationRequest | AssignConversationRequestDict):
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
            Conversation
        """

        from ...models.assign_conversation_request import AssignConversationRequest
        from ...models.close_conversation_request import CloseConversationRequest
        from ...models.conversation import Conversation
        from ...models.open_conversation_request import OpenConversationRequest
        from ...models.snooze_conversation_request import SnoozeConversationRequest

        body = cast(
            "AssignConversationRequest | CloseConversationRequest | OpenConversationRequest | SnoozeConversationRequest",
            request_body(
                body,
                CloseConversationRequest,
                SnoozeConversationRequest,
                OpenConversationRequest,
                AssignConversationRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations/{id}/parts".format(
                id=path_segment("id", id, "POST /conversations/{id}/parts"),
            ),
            "extensions": {OPERATION: ("conversations.manage", "/conversations/{id}/parts")},
        }
        _kwargs["json"] = to_jsonable(body)

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Conversation = self._request(
            _kwargs,
            {200: Conversation.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def merge(
        self,
        id: str,
        *,
        body: MergeConversationsRequest | MergeConversationsRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        merge_into_conversation_id: int = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Merge a conversation

        Merge a secondary (source) conversation into a primary (target) conversation.
        The secondary conversation is closed and linked to the primary, which
        becomes the surviving thread. Returns the primary conversation on success.

        Requires `write_conversations` OAuth scope. When the secondary is a ticket,
        `write_tickets` scope is also required.

        Args:
            id (str):
            body (MergeConversationsRequest | MergeConversationsRequestDict): Payload to merge a
                secondary conversation into a primary conversation.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            merge_into_conversation_id (int): The body's field merge_into_conversation_id (instead of
                body=). The ID of the primary (target) conversation to merge into.
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
            Conversation
        """

        from ...models.conversation import Conversation
        from ...models.merge_conversations_request import MergeConversationsRequest

        body = cast(
            "MergeConversationsRequest",
            request_body(
                body_fields(
                    body,
                    {"merge_into_conversation_id": merge_into_conversation_id},
                    "MergeConversationsRequest",
                ),
                MergeConversationsRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations/{id}/merge".format(
                id=path_segment("id", id, "POST /conversations/{id}/merge"),
            ),
            "extensions": {OPERATION: ("conversations.merge", "/conversations/{id}/merge")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Conversation = self._request(
            _kwargs,
            {200: Conversation.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def reply(
        self,
        id: str,
        *,
        body: ContactReplyIntercomUserIdRequest
        | ContactReplyIntercomUserIdRequestDict
        | ContactReplyEmailRequest
        | ContactReplyEmailRequestDict
        | ContactReplyUserIdRequest
        | ContactReplyUserIdRequestDict
        | AdminReplyConversationRequest
        | AdminReplyConversationRequestDict,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Reply to a conversation

        You can reply to a conversation with a message from an admin or on behalf of a contact, or with a
        note for admins.

        Warning: Bot replies to inbound email
        By default, bot or Operator replies to an inbound email conversation aren't sent to your customer.
        The reply is stored as an unnotifiable bot comment, and no `seen` receipt is generated until an
        email is actually delivered.

        To send these replies as outbound emails, reach out to your accounts team to enable the email-reply
        feature flag for your workspace.

        Args:
            id (str):
            body (ContactReplyIntercomUserIdRequest | ContactReplyIntercomUserIdRequestDict |
                ContactReplyEmailRequest | ContactReplyEmailRequestDict | ContactReplyUserIdRequest |
                ContactReplyUserIdRequestDict | AdminReplyConversationRequest |
                AdminReplyConversationRequestDict):
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
            Conversation
        """

        from ...models.admin_reply_conversation_request import AdminReplyConversationRequest
        from ...models.contact_reply_email_request import ContactReplyEmailRequest
        from ...models.contact_reply_intercom_user_id_request import ContactReplyIntercomUserIdRequest
        from ...models.contact_reply_user_id_request import ContactReplyUserIdRequest
        from ...models.conversation import Conversation

        body = cast(
            "AdminReplyConversationRequest | ContactReplyEmailRequest | ContactReplyIntercomUserIdRequest | ContactReplyUserIdRequest",
            request_body(
                body,
                ContactReplyIntercomUserIdRequest,
                ContactReplyEmailRequest,
                ContactReplyUserIdRequest,
                AdminReplyConversationRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations/{id}/reply".format(
                id=path_segment("id", id, "POST /conversations/{id}/reply"),
            ),
            "extensions": {OPERATION: ("conversations.reply", "/conversations/{id}/reply")},
        }
        _kwargs["json"] = to_jsonable(body)

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Conversation = self._request(
            _kwargs,
            {200: Conversation.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def retrieve(
        self,
        id: str,
        *,
        display_as: str | Unset = UNSET,
        include_translations: bool | Unset = UNSET,
        include_email_history: bool | Unset = UNSET,
        include_monitors: bool | Unset = UNSET,
        include_scorecards: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Retrieve a conversation

        You can fetch the details of a single conversation.

        This will return a single Conversation model with all its conversation parts.

        Warning: Hard limit of 500 parts
        The maximum number of conversation parts that can be returned via the API is 500. If you have more
        than that we will return the 500 most recent conversation parts.

        For AI agent conversation metadata, please note that you need to have the agent enabled in your
        workspace, which is a [paid feature](https://www.intercom.com/help/en/articles/8205718-fin-
        resolutions#h_97f8c2e671).

        Args:
            id (str):
            display_as (str | Unset):
            include_translations (bool | Unset):
            include_email_history (bool | Unset):
            include_monitors (bool | Unset):
            include_scorecards (bool | Unset):
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
            Conversation
        """

        from ...models.conversation import Conversation

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["display_as"] = display_as
        params["include_translations"] = include_translations
        params["include_email_history"] = include_email_history
        params["include_monitors"] = include_monitors
        params["include_scorecards"] = include_scorecards
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/conversations/{id}".format(
                id=path_segment("id", id, "GET /conversations/{id}"),
            ),
            "extensions": {OPERATION: ("conversations.retrieve", "/conversations/{id}")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: Conversation = self._request(
            _kwargs,
            {200: Conversation.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def search(
        self,
        *,
        body: SearchRequest | SearchRequestDict = NOT_GIVEN,
        include_monitors: bool | Unset = UNSET,
        include_scorecards: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        query: SearchQueryDict = NOT_GIVEN,
        pagination: StartingAfterPagingDict | None = NOT_GIVEN,
        per_page: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        start_cursor: Cursor | None = None,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[Conversation, ConversationList]:
        """Search conversations

        You can search for multiple conversations by the value of their attributes in order to fetch exactly
        which ones you want.

        To search for conversations, you need to send a `POST` request to
        `https://api.intercom.io/conversations/search`.

        This will accept a query object in the body which will define your filters in order to search for
        conversations.

        Warning: Optimizing search queries
        Search queries can be complex, so optimizing them can help the performance of your search.
        Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and
        utilize
        pagination to limit the number of results returned. The default is `20` results per page and maximum
        is `150`.
        See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
        more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the
        `starting_after` param.

        ### Nesting & Limitations

        You can nest these filters in order to get even more granular insights that pinpoint exactly what
        you need. Example: (1 OR 2) AND (3 OR 4).
        There are some limitations to the amount of multiple's there can be:
        - There's a limit of max 2 nested filters
        - There's a limit of max 15 filters for each AND or OR group

        ### Accepted Fields

        Most keys listed in the conversation model are searchable, whether writeable or not. The value you
        search for has to match the accepted type, otherwise the query will fail (ie. as `created_at`
        accepts a date, the `value` cannot be a string such as `"foorbar"`).
        The `source.body` field is unique as the search will not be performed against the entire value, but
        instead against every element of the value separately. For example, when searching for a
        conversation with a `"I need support"` body - the query should contain a `=` operator with the value
        `"support"` for such conversation to be returned. A query with a `=` operator and a `"need support"`
        value will not yield a result.

        | Field                                     | Type
        |
        | :---------------------------------------- | :-----------------------------------------------------
        ------------------------------------------------------------------------------------------------ |
        | id                                        | String
        |
        | created_at                                | Date (UNIX timestamp)
        |
        | updated_at                                | Date (UNIX timestamp)
        |
        | source.type                               | String
        Accepted fields are `conversation`, `email`, `facebook`, `instagram`, `phone_call`, `phone_switch`,
        `push`, `sms`, `twitter` and `whatsapp`. |
        | source.id                                 | String
        |
        | source.delivered_as                       | String
        |
        | source.subject                            | String
        |
        | source.body                               | String
        |
        | source.author.id                          | String
        |
        | source.author.type                        | String
        |
        | source.author.name                        | String
        |
        | source.author.email                       | String
        |
        | source.url                                | String
        |
        | contact_ids                               | String
        |
        | teammate_ids                              | String
        |
        | admin_assignee_id                         | Integer
        |
        | team_assignee_id                          | Integer
        |
        | channel_initiated                         | String
        |
        | open                                      | Boolean
        |
        | read                                      | Boolean
        |
        | state                                     | String
        |
        | waiting_since                             | Date (UNIX timestamp)
        |
        | snoozed_until                             | Date (UNIX timestamp)
        |
        | tag_ids                                   | String
        |
        | priority                                  | String
        |
        | statistics.time_to_assignment             | Integer
        |
        | statistics.time_to_admin_reply            | Integer
        |
        | statistics.time_to_first_close            | Integer
        |
        | statistics.time_to_last_close             | Integer
        |
        | statistics.median_time_to_reply           | Integer
        |
        | statistics.first_contact_reply_at         | Date (UNIX timestamp)
        |
        | statistics.first_assignment_at            | Date (UNIX timestamp)
        |
        | statistics.first_admin_reply_at           | Date (UNIX timestamp)
        |
        | statistics.first_close_at                 | Date (UNIX timestamp)
        |
        | statistics.last_assignment_at             | Date (UNIX timestamp)
        |
        | statistics.last_assignment_admin_reply_at | Date (UNIX timestamp)
        |
        | statistics.last_contact_reply_at          | Date (UNIX timestamp)
        |
        | statistics.last_admin_reply_at            | Date (UNIX timestamp)
        |
        | statistics.last_close_at                  | Date (UNIX timestamp)
        |
        | statistics.last_closed_by_id              | String
        |
        | statistics.count_reopens                  | Integer
        |
        | statistics.count_assignments              | Integer
        |
        | statistics.count_conversation_parts       | Integer
        |
        | conversation_rating.requested_at          | Date (UNIX timestamp)
        |
        | conversation_rating.replied_at            | Date (UNIX timestamp)
        |
        | conversation_rating.score                 | Integer
        |
        | conversation_rating.remark                | String
        |
        | conversation_rating.contact_id            | String
        |
        | conversation_rating.admin_d               | String
        |
        | ai_agent_participated                     | Boolean
        |
        | ai_agent.resolution_state                 | String
        |
        | ai_agent.last_answer_type                 | String
        |
        | ai_agent.rating                           | Integer
        |
        | ai_agent.rating_remark                    | String
        |
        | ai_agent.source_type                      | String
        |
        | ai_agent.source_title                     | String
        |

        ### Accepted Operators

        The table below shows the operators you can use to define how you want to search for the value.  The
        operator should be put in as a string (`"="`). The operator has to be compatible with the field's
        type  (eg. you cannot search with `>` for a given string value as it's only compatible for integer's
        and dates).

        | Operator | Valid Types                    | Description
        |
        | :------- | :----------------------------- |
        :----------------------------------------------------------- |
        | =        | All                            | Equals
        |
        | !=       | All                            | Doesn't Equal
        |
        | IN       | All                            | In  Shortcut for `OR` queries  Values most be in Array
        |
        | NIN      | All                            | Not In  Shortcut for `OR !` queries  Values must be in
        Array |
        | >        | Integer  Date (UNIX Timestamp) | Greater (or equal) than
        |
        | <       | Integer  Date (UNIX Timestamp) | Lower (or equal) than
        |
        | ~        | String                         | Contains
        |
        | !~       | String                         | Doesn't Contain
        |
        | ^        | String                         | Starts With
        |
        | $        | String                         | Ends With
        |

        Args:
            body (SearchRequest | SearchRequestDict): Search using Intercoms Search APIs.
            include_monitors (bool | Unset):
            include_scorecards (bool | Unset):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            query (SearchQueryDict): The body's field query (instead of body=).
            pagination (StartingAfterPagingDict | None): The body's field pagination (instead of
                body=).
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
            SyncPaginator[Conversation, ConversationList]
        """

        from ...models.conversation_list import ConversationList
        from ...models.search_request import SearchRequest
        from ...pagination_table import PAGINATED_OPERATIONS

        body = cast(
            "SearchRequest",
            request_body(
                body_fields(
                    body,
                    {"query": query, "pagination": pagination},
                    "SearchRequest",
                ),
                SearchRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["include_monitors"] = include_monitors
        params["include_scorecards"] = include_scorecards
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations/search",
            "extensions": {
                OPERATION: ("conversations.search", "/conversations/search"),
                READ_ONLY: True,
            },  # a search: retried like a GET
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.conversations.search_conversations"],
            _kwargs,
            {200: ConversationList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        id: str,
        *,
        body: UpdateConversationRequest | UpdateConversationRequestDict | Unset = UNSET,
        display_as: str | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_id: str = NOT_GIVEN,
        company_id: str = NOT_GIVEN,
        custom_attributes: Mapping[str, Any] = NOT_GIVEN,
        priority: UpdateConversationRequestPriority = NOT_GIVEN,
        read: bool = NOT_GIVEN,
        title: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Update a conversation

        You can update an existing conversation.

        Note: Replying and other actions
        If you want to reply to a coveration or take an action such as assign, unassign, open, close or
        snooze, take a look at the reply and manage endpoints.

        Note: This endpoint handles both **conversation updates** and **custom object associations**.

        See _`update a conversation with an association to a custom object instance`_ in the
        request/response examples to see the custom object association format.

        Warning: Breaking change: duplicate custom attribute names
        The `PUT /conversations/{id}` endpoint now returns a `400 INVALID_PARAMETER` error when the request
        includes `custom_attributes` and your workspace contains multiple non-archived conversation custom
        attributes with the same name. Previously, the update would silently apply to a non-deterministic
        attribute.

        To resolve, rename or archive the duplicate attribute so each name is unique, then retry the
        request. You can do this through:

        - The Conversation Attributes API — list with `GET /conversations/attributes`, then rename with `PUT
        /conversations/attributes/{id}` or archive with `DELETE /conversations/attributes/{id}`
        - Your workspace settings (Settings → Data → Conversations)

        Args:
            id (str):
            body (UpdateConversationRequest | UpdateConversationRequestDict | Unset): Payload of the
                request to update a conversation
            display_as (str | Unset):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_id (str): The body's field admin_id (instead of body=). The ID of the teammate to
                attribute the priority change to. Defaults to Operator when omitted, and is only used
                alongside priority.
            company_id (str): The body's field company_id (instead of body=). The ID of the company
                that the conversation is associated with. The unique identifier for the company which is
                given by Intercom. Set to nil to remove company.
            custom_attributes (Mapping[str, Any]): The body's field custom_attributes (instead of
                body=). An object containing the different custom attributes associated to the
                conversation as key-value pairs. For relationship attributes the value will be a list of
                custom object instance models. System-defined attributes such as "CX Score rating" and "CX
                Score explanation" may also be included.
            priority (UpdateConversationRequestPriority): The body's field priority (instead of
                body=). The priority level to set on the conversation. Accepts one of none, low, medium,
                high, or urgent. Set none to clear an existing priority.
            read (bool): The body's field read (instead of body=). Mark a conversation as read within
                Intercom.
            title (str): The body's field title (instead of body=). The title given to the
                conversation
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
            Conversation
        """

        from ...models.conversation import Conversation
        from ...models.update_conversation_request import UpdateConversationRequest

        body = cast(
            "UpdateConversationRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "admin_id": admin_id,
                        "company_id": company_id,
                        "custom_attributes": custom_attributes,
                        "priority": priority,
                        "read": read,
                        "title": title,
                    },
                    "UpdateConversationRequest",
                ),
                UpdateConversationRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["display_as"] = display_as
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/conversations/{id}".format(
                id=path_segment("id", id, "PUT /conversations/{id}"),
            ),
            "extensions": {OPERATION: ("conversations.update", "/conversations/{id}")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Conversation = self._request(
            _kwargs,
            {200: Conversation.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class ConversationsRawResource:
    """``client.conversations.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ConversationsResource) -> None:
        raw = ConversationsResource(resource._client, raw=True)
        self.convert_to_ticket = sync_raw(raw.convert_to_ticket)
        self.create = sync_raw(raw.create)
        self.delete = sync_raw(raw.delete)
        self.list_handling_events = sync_raw(raw.list_handling_events)
        self.manage = sync_raw(raw.manage)
        self.merge = sync_raw(raw.merge)
        self.reply = sync_raw(raw.reply)
        self.retrieve = sync_raw(raw.retrieve)
        self.update = sync_raw(raw.update)
