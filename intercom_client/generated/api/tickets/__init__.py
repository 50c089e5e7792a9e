# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.tickets``: the tickets resource of both clients, one method per operation.

``TicketsResource`` is the sync one (on ``Intercom``), ``AsyncTicketsResource`` the async one (on
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
    from ...models.change_ticket_type_request import ChangeTicketTypeRequest, ChangeTicketTypeRequestDict
    from ...models.conversation import Conversation
    from ...models.create_ticket_body import CreateTicketBody, CreateTicketBodyDict
    from ...models.create_ticket_request_assignment import CreateTicketRequestAssignmentDict
    from ...models.create_ticket_request_contact_with_email import CreateTicketRequestContactWithEmailDict
    from ...models.create_ticket_request_contact_with_external_id import CreateTicketRequestContactWithExternalIdDict
    from ...models.create_ticket_request_contact_with_id import CreateTicketRequestContactWithIdDict
    from ...models.enqueue_create_ticket_body import EnqueueCreateTicketBody, EnqueueCreateTicketBodyDict
    from ...models.intercom_version import IntercomVersion
    from ...models.jobs import Jobs
    from ...models.link_conversation_to_ticket_body import (
        LinkConversationToTicketBody,
        LinkConversationToTicketBodyDict,
    )
    from ...models.reply_ticket_request_admin_reply_ticket_request import (
        ReplyTicketRequestAdminReplyTicketRequest,
        ReplyTicketRequestAdminReplyTicketRequestDict,
    )
    from ...models.reply_ticket_request_contact_reply_ticket_email_request import (
        ReplyTicketRequestContactReplyTicketEmailRequest,
        ReplyTicketRequestContactReplyTicketEmailRequestDict,
    )
    from ...models.reply_ticket_request_contact_reply_ticket_intercom_user_id_request import (
        ReplyTicketRequestContactReplyTicketIntercomUserIdRequest,
        ReplyTicketRequestContactReplyTicketIntercomUserIdRequestDict,
    )
    from ...models.reply_ticket_request_contact_reply_ticket_user_id_request import (
        ReplyTicketRequestContactReplyTicketUserIdRequest,
        ReplyTicketRequestContactReplyTicketUserIdRequestDict,
    )
    from ...models.search_request import SearchRequest, SearchRequestDict
    from ...models.starting_after_paging import StartingAfterPagingDict
    from ...models.ticket import Ticket
    from ...models.ticket_deleted import TicketDeleted
    from ...models.ticket_list import TicketList
    from ...models.ticket_reply import TicketReply
    from ...models.update_ticket_body import UpdateTicketBody, UpdateTicketBodyDict
    from ...types import AsyncPaginator, Cursor, SearchQueryDict, SyncPaginator, TimeoutTypes

__all__ = ["AsyncTicketsResource", "TicketsResource"]


class AsyncTicketsResource(AsyncResource):
    """``client.tickets`` of AsyncIntercom: 10 operations."""

    @property
    def with_raw_response(self) -> AsyncTicketsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncTicketsRawResource(self)

    async def change_type(
        self,
        ticket_id: str,
        *,
        body: ChangeTicketTypeRequest | ChangeTicketTypeRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        ticket_state_id: str = NOT_GIVEN,
        ticket_type_id: str = NOT_GIVEN,
        ticket_attributes: Mapping[str, Any] = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Ticket:
        """Change ticket type

        You can change the type of a ticket. The new ticket type must be in the same category as the current
        type. Attributes matching by name and type are automatically transferred from the old type; values
        provided in ticket_attributes override transferred values.

        Args:
            ticket_id (str):
            body (ChangeTicketTypeRequest | ChangeTicketTypeRequestDict): You can change the type of a
                Ticket
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            ticket_state_id (str): The body's field ticket_state_id (instead of body=). The ID of the
                ticket state for the new ticket type.
            ticket_type_id (str): The body's field ticket_type_id (instead of body=). The ID of the
                new ticket type. Must be in the same category as the current type.
            ticket_attributes (Mapping[str, Any]): The body's field ticket_attributes (instead of
                body=). The attributes to set on the ticket for the new type. Attributes matching by name
                and type are transferred automatically from the old type; values provided here override
                the transferred values.
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

        from ...models.change_ticket_type_request import ChangeTicketTypeRequest
        from ...models.ticket import Ticket

        body = cast(
            "ChangeTicketTypeRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "ticket_state_id": ticket_state_id,
                        "ticket_type_id": ticket_type_id,
                        "ticket_attributes": ticket_attributes,
                    },
                    "ChangeTicketTypeRequest",
                ),
                ChangeTicketTypeRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/tickets/{ticket_id}/change_type".format(
                ticket_id=path_segment("ticket_id", ticket_id, "POST /tickets/{ticket_id}/change_type"),
            ),
            "extensions": {OPERATION: ("tickets.change_type", "/tickets/{ticket_id}/change_type")},
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
        body: CreateTicketBody | CreateTicketBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        contacts: Sequence[
            CreateTicketRequestContactWithIdDict
            | CreateTicketRequestContactWithExternalIdDict
            | CreateTicketRequestContactWithEmailDict
        ] = NOT_GIVEN,
        ticket_type_id: str = NOT_GIVEN,
        assignment: CreateTicketRequestAssignmentDict = NOT_GIVEN,
        company_id: str = NOT_GIVEN,
        conversation_to_link_id: str = NOT_GIVEN,
        created_at: int = NOT_GIVEN,
        ticket_attributes: Mapping[str, Any] = NOT_GIVEN,
        skip_notifications: bool = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Ticket:
        """Create a ticket

        You can create a new ticket.

        Args:
            body (CreateTicketBody | CreateTicketBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            contacts (Sequence[CreateTicketRequestContactWithIdDict |
                CreateTicketRequestContactWithExternalIdDict | CreateTicketRequestContactWithEmailDict]):
                The body's field contacts (instead of body=). The list of contacts (users or leads)
                affected by this ticket. Currently only one is allowed
            ticket_type_id (str): The body's field ticket_type_id (instead of body=). The ID of the
                type of ticket you want to create
            assignment (CreateTicketRequestAssignmentDict): The body's field assignment (instead of
                body=).
            company_id (str): The body's field company_id (instead of body=). The ID of the company
                that the ticket is associated with. The unique identifier for the company which is given
                by Intercom
            conversation_to_link_id (str): The body's field conversation_to_link_id (instead of
                body=). The ID of the conversation you want to link to the ticket. Here are the valid ways
                of linking two tickets:
                 - conversation | back-office ticket
                 - customer tickets | non-shared back-office ticket
                 - conversation | tracker ticket
                 - customer ticket | tracker ticket
            created_at (int): The body's field created_at (instead of body=). The time the ticket was
                created. If not provided, the current time will be used.
            ticket_attributes (Mapping[str, Any]): The body's field ticket_attributes (instead of
                body=). The attributes set on the ticket. When setting the default title and description
                attributes, the attribute keys that should be used are `_default_title_` and
                `_default_description_`. When setting ticket type attributes of the list attribute type,
                the key should be the attribute name and the value of the attribute should be the list
                item id, obtainable by [listing the ticket type](ref:get_ticket-types). For example, if
                the ticket type has an attribute called `priority` of type `list`, the key should be
                `priority` and the value of the attribute should be the guid of the list item (e.g.
                `de1825a0-0164-4070-8ca6-13e22462fa7e`).
            skip_notifications (bool): The body's field skip_notifications (instead of body=). Option
                to disable notifications when a Ticket is created.
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

        from ...models.create_ticket_body import CreateTicketBody
        from ...models.ticket import Ticket

        body = cast(
            "CreateTicketBody",
            request_body(
                body_fields(
                    body,
                    {
                        "contacts": contacts,
                        "ticket_type_id": ticket_type_id,
                        "assignment": assignment,
                        "company_id": company_id,
                        "conversation_to_link_id": conversation_to_link_id,
                        "created_at": created_at,
                        "ticket_attributes": ticket_attributes,
                        "skip_notifications": skip_notifications,
                    },
                    "CreateTicketBody",
                ),
                CreateTicketBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/tickets",
            "extensions": {OPERATION: ("tickets.create", "/tickets")},
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
    ) -> TicketDeleted:
        """Delete a ticket

        Warning: Irreversible operation
        Deleting a ticket is permanent and cannot be reversed.

        Deleting a ticket permanently removes it from the inbox. All sensitive data is deleted, including
        admin and user replies, ticket attributes, uploads, and related content. The ticket will still
        appear in reporting, though some data may be incomplete due to the deletion.

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
            TicketDeleted
        """

        from ...models.ticket_deleted import TicketDeleted

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/tickets/{id}".format(
                id=path_segment("id", id, "DELETE /tickets/{id}"),
            ),
            "extensions": {OPERATION: ("tickets.delete", "/tickets/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: TicketDeleted = await self._request(
            _kwargs,
            {200: TicketDeleted.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def enqueue_create(
        self,
        *,
        body: EnqueueCreateTicketBody | EnqueueCreateTicketBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        contacts: Sequence[
            CreateTicketRequestContactWithIdDict
            | CreateTicketRequestContactWithExternalIdDict
            | CreateTicketRequestContactWithEmailDict
        ] = NOT_GIVEN,
        ticket_type_id: str = NOT_GIVEN,
        assignment: CreateTicketRequestAssignmentDict = NOT_GIVEN,
        company_id: str = NOT_GIVEN,
        conversation_to_link_id: str = NOT_GIVEN,
        created_at: int = NOT_GIVEN,
        ticket_attributes: Mapping[str, Any] = NOT_GIVEN,
        skip_notifications: bool = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Jobs:
        """Enqueue create ticket

        Enqueues ticket creation for asynchronous processing, returning if the job was enqueued successfully
        to be processed. We attempt to perform a best-effort validation on inputs before tasks are enqueued.
        If the given parameters are incorrect, we won't enqueue the job.

        Args:
            body (EnqueueCreateTicketBody | EnqueueCreateTicketBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            contacts (Sequence[CreateTicketRequestContactWithIdDict |
                CreateTicketRequestContactWithExternalIdDict | CreateTicketRequestContactWithEmailDict]):
                The body's field contacts (instead of body=). The list of contacts (users or leads)
                affected by this ticket. Currently only one is allowed
            ticket_type_id (str): The body's field ticket_type_id (instead of body=). The ID of the
                type of ticket you want to create
            assignment (CreateTicketRequestAssignmentDict): The body's field assignment (instead of
                body=).
            company_id (str): The body's field company_id (instead of body=). The ID of the company
                that the ticket is associated with. The unique identifier for the company which is given
                by Intercom
            conversation_to_link_id (str): The body's field conversation_to_link_id (instead of
                body=). The ID of the conversation you want to link to the ticket. Here are the valid ways
                of linking two tickets:
                 - conversation | back-office ticket
                 - customer tickets | non-shared back-office ticket
                 - conversation | tracker ticket
                 - customer ticket | tracker ticket
            created_at (int): The body's field created_at (instead of body=). The time the ticket was
                created. If not provided, the current time will be used.
            ticket_attributes (Mapping[str, Any]): The body's field ticket_attributes (instead of
                body=). The attributes set on the ticket. When setting the default title and description
                attributes, the attribute keys that should be used are `_default_title_` and
                `_default_description_`. When setting ticket type attributes of the list attribute type,
                the key should be the attribute name and the value of the attribute should be the list
                item id, obtainable by [listing the ticket type](ref:get_ticket-types). For example, if
                the ticket type has an attribute called `priority` of type `list`, the key should be
                `priority` and the value of the attribute should be the guid of the list item (e.g.
                `de1825a0-0164-4070-8ca6-13e22462fa7e`).
            skip_notifications (bool): The body's field skip_notifications (instead of body=). Option
                to disable notifications when a Ticket is created.
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
            Jobs
        """

        from ...models.enqueue_create_ticket_body import EnqueueCreateTicketBody
        from ...models.jobs import Jobs

        body = cast(
            "EnqueueCreateTicketBody",
            request_body(
                body_fields(
                    body,
                    {
                        "contacts": contacts,
                        "ticket_type_id": ticket_type_id,
                        "assignment": assignment,
                        "company_id": company_id,
                        "conversation_to_link_id": conversation_to_link_id,
                        "created_at": created_at,
                        "ticket_attributes": ticket_attributes,
                        "skip_notifications": skip_notifications,
                    },
                    "EnqueueCreateTicketBody",
                ),
                EnqueueCreateTicketBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/tickets/enqueue",
            "extensions": {OPERATION: ("tickets.enqueue_create", "/tickets/enqueue")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Jobs = await self._request(
            _kwargs,
            {200: Jobs.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def link_conversation(
        self,
        ticket_id: str,
        *,
        body: LinkConversationToTicketBody | LinkConversationToTicketBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        conversation_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Link a conversation to a ticket

        Link a conversation to an existing tracker ticket. The conversation can be
        a regular conversation or one that has been converted into a customer ticket.

        Use this when related conversations surface after a tracker ticket has
        already been created. The ticket in the path must be a tracker ticket, and
        `conversation_id` in the body is the conversation (or customer ticket) to
        link to it. This returns the linked conversation.

        A tracker ticket can have up to 2,500 linked conversations; once that
        limit is reached, further requests return `linked_conversation_limit_exceeded`.

        Requires the `write_tickets` OAuth scope.

        Args:
            ticket_id (str):
            body (LinkConversationToTicketBody | LinkConversationToTicketBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            conversation_id (str): The body's field conversation_id (instead of body=). The unique
                identifier (given by Intercom) for the conversation or customer ticket to link to the
                tracker ticket.
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
        from ...models.link_conversation_to_ticket_body import LinkConversationToTicketBody

        body = cast(
            "LinkConversationToTicketBody",
            request_body(
                body_fields(
                    body,
                    {"conversation_id": conversation_id},
                    "LinkConversationToTicketBody",
                ),
                LinkConversationToTicketBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/tickets/{ticket_id}/linked_conversations".format(
                ticket_id=path_segment("ticket_id", ticket_id, "POST /tickets/{ticket_id}/linked_conversations"),
            ),
            "extensions": {OPERATION: ("tickets.link_conversation", "/tickets/{ticket_id}/linked_conversations")},
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
        body: ReplyTicketRequestContactReplyTicketIntercomUserIdRequest
        | ReplyTicketRequestContactReplyTicketIntercomUserIdRequestDict
        | ReplyTicketRequestContactReplyTicketUserIdRequest
        | ReplyTicketRequestContactReplyTicketUserIdRequestDict
        | ReplyTicketRequestContactReplyTicketEmailRequest
        | ReplyTicketRequestContactReplyTicketEmailRequestDict
        | ReplyTicketRequestAdminReplyTicketRequest
        | ReplyTicketRequestAdminReplyTicketRequestDict,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TicketReply:
        """Reply to a ticket

        You can reply to a ticket with a message from an admin or on behalf of a contact, or with a note for
        admins.

        Args:
            id (str): The id of the ticket to target.

                Note: Not the Inbox ticket ID
                This is the internal `id` field from the API response, not the `ticket_id` displayed in
                the Intercom Inbox (e.g., #12345). Use the `id` value from the ticket object returned by
                the API. Example: 123.
            body (ReplyTicketRequestContactReplyTicketIntercomUserIdRequest |
                ReplyTicketRequestContactReplyTicketIntercomUserIdRequestDict |
                ReplyTicketRequestContactReplyTicketUserIdRequest |
                ReplyTicketRequestContactReplyTicketUserIdRequestDict |
                ReplyTicketRequestContactReplyTicketEmailRequest |
                ReplyTicketRequestContactReplyTicketEmailRequestDict |
                ReplyTicketRequestAdminReplyTicketRequest |
                ReplyTicketRequestAdminReplyTicketRequestDict):
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
            TicketReply
        """

        from ...models.reply_ticket_request_admin_reply_ticket_request import ReplyTicketRequestAdminReplyTicketRequest
        from ...models.reply_ticket_request_contact_reply_ticket_email_request import (
            ReplyTicketRequestContactReplyTicketEmailRequest,
        )
        from ...models.reply_ticket_request_contact_reply_ticket_intercom_user_id_request import (
            ReplyTicketRequestContactReplyTicketIntercomUserIdRequest,
        )
        from ...models.reply_ticket_request_contact_reply_ticket_user_id_request import (
            ReplyTicketRequestContactReplyTicketUserIdRequest,
        )
        from ...models.ticket_reply import TicketReply

        body = cast(
            "ReplyTicketRequestAdminReplyTicketRequest | ReplyTicketRequestContactReplyTicketEmailRequest | ReplyTicketRequestContactReplyTicketIntercomUserIdRequest | ReplyTicketRequestContactReplyTicketUserIdRequest",
            request_body(
                body,
                ReplyTicketRequestContactReplyTicketIntercomUserIdRequest,
                ReplyTicketRequestContactReplyTicketUserIdRequest,
                ReplyTicketRequestContactReplyTicketEmailRequest,
                ReplyTicketRequestAdminReplyTicketRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/tickets/{id}/reply".format(
                id=path_segment("id", id, "POST /tickets/{id}/reply"),
            ),
            "extensions": {OPERATION: ("tickets.reply", "/tickets/{id}/reply")},
        }
        _kwargs["json"] = to_jsonable(body)

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: TicketReply = await self._request(
            _kwargs,
            {200: TicketReply.from_dict},
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
    ) -> Ticket:
        """Retrieve a ticket

        You can fetch the details of a single ticket.

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
            Ticket
        """

        from ...models.ticket import Ticket

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/tickets/{id}".format(
                id=path_segment("id", id, "GET /tickets/{id}"),
            ),
            "extensions": {OPERATION: ("tickets.retrieve", "/tickets/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Ticket = await self._request(
            _kwargs,
            {200: Ticket.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def search(
        self,
        *,
        body: SearchRequest | SearchRequestDict = NOT_GIVEN,
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
    ) -> AsyncPaginator[Ticket, TicketList]:
        """Search tickets

        You can search for multiple tickets by the value of their attributes in order to fetch exactly which
        ones you want.

        To search for tickets, you send a `POST` request to `https://api.intercom.io/tickets/search`.

        This will accept a query object in the body which will define your filters.

        Warning: Optimizing search queries
        Search queries can be complex, so optimizing them can help the performance of your search.
        Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and
        utilize
        pagination to limit the number of results returned. The default is `20` results per page.
        See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
        more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the
        `starting_after` param.

        ### Nesting & Limitations

        You can nest these filters in order to get even more granular insights that pinpoint exactly what
        you need. Example: (1 OR 2) AND (3 OR 4).
        There are some limitations to the amount of multiples there can be:
        - There's a limit of max 2 nested filters
        - There's a limit of max 15 filters for each AND or OR group

        ### Accepted Fields

        Most keys listed as part of the Ticket model are searchable, whether writeable or not. The value you
        search for has to match the accepted type, otherwise the query will fail (ie. as `created_at`
        accepts a date, the `value` cannot be a string such as `"foobar"`).
        The `source.body` field is unique as the search will not be performed against the entire value, but
        instead against every element of the value separately. For example, when searching for a
        conversation with a `"I need support"` body - the query should contain a `=` operator with the value
        `"support"` for such conversation to be returned. A query with a `=` operator and a `"need support"`
        value will not yield a result.

        | Field                                     | Type
        |
        | :---------------------------------------- |
        :--------------------------------------------------------------------------------------- |
        | id                                        | String
        |
        | created_at                                | Date (UNIX timestamp)
        |
        | updated_at                                | Date (UNIX timestamp)
        |
        | title                           | String
        |
        | description                     | String
        |
        | category                                  | String
        |
        | ticket_type_id                            | String
        |
        | contact_ids                               | String
        |
        | teammate_ids                              | String
        |
        | admin_assignee_id                         | Integer
        |
        | team_assignee_id                          | Integer
        |
        | open                                      | Boolean
        |
        | state                                     | String
        |
        | snoozed_until                             | Date (UNIX timestamp)
        |
        | ticket_attribute.{id}                     | String or Boolean or Date (UNIX timestamp) or Float or
        Integer                           |

        Note: Searching by Category
        When searching for tickets by the **`category`** field, specific terms must be used instead of the
        category names:
        * For **Customer** category tickets, use the term `request`.
        * For **Back-office** category tickets, use the term `task`.
        * For **Tracker** category tickets, use the term `tracker`.

        ### Accepted Operators

        Note: Searching based on `created_at`
        You may use the `<=` or `>=` operators to search by `created_at`.

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
            AsyncPaginator[Ticket, TicketList]
        """

        from ...models.search_request import SearchRequest
        from ...models.ticket_list import TicketList
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

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/tickets/search",
            "extensions": {
                OPERATION: ("tickets.search", "/tickets/search"),
                READ_ONLY: True,
            },  # a search: retried like a GET
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.tickets.search_tickets"],
            _kwargs,
            {200: TicketList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def unlink_conversation(
        self,
        ticket_id: str,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Unlink a conversation from a ticket

        Unlink a conversation (or converted customer ticket) from a tracker ticket
        it is currently linked to. The ticket in the path must be a tracker ticket.
        This returns the conversation that was unlinked.

        Requires the `write_tickets` OAuth scope.

        Args:
            ticket_id (str):
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
            Conversation
        """

        from ...models.conversation import Conversation

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/tickets/{ticket_id}/linked_conversations/{id}".format(
                ticket_id=path_segment("ticket_id", ticket_id, "DELETE /tickets/{ticket_id}/linked_conversations/{id}"),
                id=path_segment("id", id, "DELETE /tickets/{ticket_id}/linked_conversations/{id}"),
            ),
            "extensions": {
                OPERATION: ("tickets.unlink_conversation", "/tickets/{ticket_id}/linked_conversations/{id}")
            },
        }
        _kwargs["headers"] = headers

        parsed: Conversation = await self._request(
            _kwargs,
            {200: Conversation.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def update(
        self,
        id: str,
        *,
        body: UpdateTicketBody | UpdateTicketBodyDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_id: int = NOT_GIVEN,
        assignee_id: str = NOT_GIVEN,
        company_id: str = NOT_GIVEN,
        is_shared: bool = NOT_GIVEN,
        open: bool = NOT_GIVEN,
        snoozed_until: int = NOT_GIVEN,
        ticket_attributes: Mapping[str, Any] = NOT_GIVEN,
        ticket_state_id: str = NOT_GIVEN,
        skip_notifications: bool = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Ticket:
        """Update a ticket

        You can update a ticket.

        Args:
            id (str):
            body (UpdateTicketBody | UpdateTicketBodyDict | Unset):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_id (int): The body's field admin_id (instead of body=). The ID of the admin
                performing ticket update. Needed for workflows execution and attributing actions to
                specific admins.
            assignee_id (str): The body's field assignee_id (instead of body=). The ID of the admin or
                team to which the ticket is assigned. Set this 0 to unassign it.
            company_id (str): The body's field company_id (instead of body=). The ID of the company
                that the ticket is associated with. The unique identifier for the company which is given
                by Intercom. Set to nil to remove company.
            is_shared (bool): The body's field is_shared (instead of body=). Specify whether the
                ticket is visible to users.
            open (bool): The body's field open (instead of body=). Specify if a ticket is open. Set to
                false to close a ticket. Closing a ticket will also unsnooze it.
            snoozed_until (int): The body's field snoozed_until (instead of body=). The time you want
                the ticket to reopen.
            ticket_attributes (Mapping[str, Any]): The body's field ticket_attributes (instead of
                body=). The attributes set on the ticket.
            ticket_state_id (str): The body's field ticket_state_id (instead of body=). The ID of the
                ticket state associated with the ticket type.
            skip_notifications (bool): The body's field skip_notifications (instead of body=). Option
                to disable notifications when a Ticket is updated.
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

        from ...models.ticket import Ticket
        from ...models.update_ticket_body import UpdateTicketBody

        body = cast(
            "UpdateTicketBody | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "admin_id": admin_id,
                        "assignee_id": assignee_id,
                        "company_id": company_id,
                        "is_shared": is_shared,
                        "open": open,
                        "snoozed_until": snoozed_until,
                        "ticket_attributes": ticket_attributes,
                        "ticket_state_id": ticket_state_id,
                        "skip_notifications": skip_notifications,
                    },
                    "UpdateTicketBody",
                ),
                UpdateTicketBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/tickets/{id}".format(
                id=path_segment("id", id, "PUT /tickets/{id}"),
            ),
            "extensions": {OPERATION: ("tickets.update", "/tickets/{id}")},
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Ticket = await self._request(
            _kwargs,
            {200: Ticket.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncTicketsRawResource:
    """``client.tickets.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncTicketsResource) -> None:
        raw = AsyncTicketsResource(resource._client, raw=True)
        self.change_type = async_raw(raw.change_type)
        self.create = async_raw(raw.create)
        self.delete = async_raw(raw.delete)
        self.enqueue_create = async_raw(raw.enqueue_create)
        self.link_conversation = async_raw(raw.link_conversation)
        self.reply = async_raw(raw.reply)
        self.retrieve = async_raw(raw.retrieve)
        self.unlink_conversation = async_raw(raw.unlink_conversation)
        self.update = async_raw(raw.update)


class TicketsResource(SyncResource):
    """``client.tickets`` of Intercom: 10 operations."""

    @property
    def with_raw_response(self) -> TicketsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return TicketsRawResource(self)

    def change_type(
        self,
        ticket_id: str,
        *,
        body: ChangeTicketTypeRequest | ChangeTicketTypeRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        ticket_state_id: str = NOT_GIVEN,
        ticket_type_id: str = NOT_GIVEN,
        ticket_attributes: Mapping[str, Any] = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Ticket:
        """Change ticket type

        You can change the type of a ticket. The new ticket type must be in the same category as the current
        type. Attributes matching by name and type are automatically transferred from the old type; values
        provided in ticket_attributes override transferred values.

        Args:
            ticket_id (str):
            body (ChangeTicketTypeRequest | ChangeTicketTypeRequestDict): You can change the type of a
                Ticket
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            ticket_state_id (str): The body's field ticket_state_id (instead of body=). The ID of the
                ticket state for the new ticket type.
            ticket_type_id (str): The body's field ticket_type_id (instead of body=). The ID of the
                new ticket type. Must be in the same category as the current type.
            ticket_attributes (Mapping[str, Any]): The body's field ticket_attributes (instead of
                body=). The attributes to set on the ticket for the new type. Attributes matching by name
                and type are transferred automatically from the old type; values provided here override
                the transferred values.
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

        from ...models.change_ticket_type_request import ChangeTicketTypeRequest
        from ...models.ticket import Ticket

        body = cast(
            "ChangeTicketTypeRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "ticket_state_id": ticket_state_id,
                        "ticket_type_id": ticket_type_id,
                        "ticket_attributes": ticket_attributes,
                    },
                    "ChangeTicketTypeRequest",
                ),
                ChangeTicketTypeRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/tickets/{ticket_id}/change_type".format(
                ticket_id=path_segment("ticket_id", ticket_id, "POST /tickets/{ticket_id}/change_type"),
            ),
            "extensions": {OPERATION: ("tickets.change_type", "/tickets/{ticket_id}/change_type")},
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
        body: CreateTicketBody | CreateTicketBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        contacts: Sequence[
            CreateTicketRequestContactWithIdDict
            | CreateTicketRequestContactWithExternalIdDict
            | CreateTicketRequestContactWithEmailDict
        ] = NOT_GIVEN,
        ticket_type_id: str = NOT_GIVEN,
        assignment: CreateTicketRequestAssignmentDict = NOT_GIVEN,
        company_id: str = NOT_GIVEN,
        conversation_to_link_id: str = NOT_GIVEN,
        created_at: int = NOT_GIVEN,
        ticket_attributes: Mapping[str, Any] = NOT_GIVEN,
        skip_notifications: bool = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Ticket:
        """Create a ticket

        You can create a new ticket.

        Args:
            body (CreateTicketBody | CreateTicketBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            contacts (Sequence[CreateTicketRequestContactWithIdDict |
                CreateTicketRequestContactWithExternalIdDict | CreateTicketRequestContactWithEmailDict]):
                The body's field contacts (instead of body=). The list of contacts (users or leads)
                affected by this ticket. Currently only one is allowed
            ticket_type_id (str): The body's field ticket_type_id (instead of body=). The ID of the
                type of ticket you want to create
            assignment (CreateTicketRequestAssignmentDict): The body's field assignment (instead of
                body=).
            company_id (str): The body's field company_id (instead of body=). The ID of the company
                that the ticket is associated with. The unique identifier for the company which is given
                by Intercom
            conversation_to_link_id (str): The body's field conversation_to_link_id (instead of
                body=). The ID of the conversation you want to link to the ticket. Here are the valid ways
                of linking two tickets:
                 - conversation | back-office ticket
                 - customer tickets | non-shared back-office ticket
                 - conversation | tracker ticket
                 - customer ticket | tracker ticket
            created_at (int): The body's field created_at (instead of body=). The time the ticket was
                created. If not provided, the current time will be used.
            ticket_attributes (Mapping[str, Any]): The body's field ticket_attributes (instead of
                body=). The attributes set on the ticket. When setting the default title and description
                attributes, the attribute keys that should be used are `_default_title_` and
                `_default_description_`. When setting ticket type attributes of the list attribute type,
                the key should be the attribute name and the value of the attribute should be the list
                item id, obtainable by [listing the ticket type](ref:get_ticket-types). For example, if
                the ticket type has an attribute called `priority` of type `list`, the key should be
                `priority` and the value of the attribute should be the guid of the list item (e.g.
                `de1825a0-0164-4070-8ca6-13e22462fa7e`).
            skip_notifications (bool): The body's field skip_notifications (instead of body=). Option
                to disable notifications when a Ticket is created.
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

        from ...models.create_ticket_body import CreateTicketBody
        from ...models.ticket import Ticket

        body = cast(
            "CreateTicketBody",
            request_body(
                body_fields(
                    body,
                    {
                        "contacts": contacts,
                        "ticket_type_id": ticket_type_id,
                        "assignment": assignment,
                        "company_id": company_id,
                        "conversation_to_link_id": conversation_to_link_id,
                        "created_at": created_at,
                        "ticket_attributes": ticket_attributes,
                        "skip_notifications": skip_notifications,
                    },
                    "CreateTicketBody",
                ),
                CreateTicketBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/tickets",
            "extensions": {OPERATION: ("tickets.create", "/tickets")},
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
    ) -> TicketDeleted:
        """Delete a ticket

        Warning: Irreversible operation
        Deleting a ticket is permanent and cannot be reversed.

        Deleting a ticket permanently removes it from the inbox. All sensitive data is deleted, including
        admin and user replies, ticket attributes, uploads, and related content. The ticket will still
        appear in reporting, though some data may be incomplete due to the deletion.

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
            TicketDeleted
        """

        from ...models.ticket_deleted import TicketDeleted

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/tickets/{id}".format(
                id=path_segment("id", id, "DELETE /tickets/{id}"),
            ),
            "extensions": {OPERATION: ("tickets.delete", "/tickets/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: TicketDeleted = self._request(
            _kwargs,
            {200: TicketDeleted.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def enqueue_create(
        self,
        *,
        body: EnqueueCreateTicketBody | EnqueueCreateTicketBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        contacts: Sequence[
            CreateTicketRequestContactWithIdDict
            | CreateTicketRequestContactWithExternalIdDict
            | CreateTicketRequestContactWithEmailDict
        ] = NOT_GIVEN,
        ticket_type_id: str = NOT_GIVEN,
        assignment: CreateTicketRequestAssignmentDict = NOT_GIVEN,
        company_id: str = NOT_GIVEN,
        conversation_to_link_id: str = NOT_GIVEN,
        created_at: int = NOT_GIVEN,
        ticket_attributes: Mapping[str, Any] = NOT_GIVEN,
        skip_notifications: bool = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Jobs:
        """Enqueue create ticket

        Enqueues ticket creation for asynchronous processing, returning if the job was enqueued successfully
        to be processed. We attempt to perform a best-effort validation on inputs before tasks are enqueued.
        If the given parameters are incorrect, we won't enqueue the job.

        Args:
            body (EnqueueCreateTicketBody | EnqueueCreateTicketBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            contacts (Sequence[CreateTicketRequestContactWithIdDict |
                CreateTicketRequestContactWithExternalIdDict | CreateTicketRequestContactWithEmailDict]):
                The body's field contacts (instead of body=). The list of contacts (users or leads)
                affected by this ticket. Currently only one is allowed
            ticket_type_id (str): The body's field ticket_type_id (instead of body=). The ID of the
                type of ticket you want to create
            assignment (CreateTicketRequestAssignmentDict): The body's field assignment (instead of
                body=).
            company_id (str): The body's field company_id (instead of body=). The ID of the company
                that the ticket is associated with. The unique identifier for the company which is given
                by Intercom
            conversation_to_link_id (str): The body's field conversation_to_link_id (instead of
                body=). The ID of the conversation you want to link to the ticket. Here are the valid ways
                of linking two tickets:
                 - conversation | back-office ticket
                 - customer tickets | non-shared back-office ticket
                 - conversation | tracker ticket
                 - customer ticket | tracker ticket
            created_at (int): The body's field created_at (instead of body=). The time the ticket was
                created. If not provided, the current time will be used.
            ticket_attributes (Mapping[str, Any]): The body's field ticket_attributes (instead of
                body=). The attributes set on the ticket. When setting the default title and description
                attributes, the attribute keys that should be used are `_default_title_` and
                `_default_description_`. When setting ticket type attributes of the list attribute type,
                the key should be the attribute name and the value of the attribute should be the list
                item id, obtainable by [listing the ticket type](ref:get_ticket-types). For example, if
                the ticket type has an attribute called `priority` of type `list`, the key should be
                `priority` and the value of the attribute should be the guid of the list item (e.g.
                `de1825a0-0164-4070-8ca6-13e22462fa7e`).
            skip_notifications (bool): The body's field skip_notifications (instead of body=). Option
                to disable notifications when a Ticket is created.
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
            Jobs
        """

        from ...models.enqueue_create_ticket_body import EnqueueCreateTicketBody
        from ...models.jobs import Jobs

        body = cast(
            "EnqueueCreateTicketBody",
            request_body(
                body_fields(
                    body,
                    {
                        "contacts": contacts,
                        "ticket_type_id": ticket_type_id,
                        "assignment": assignment,
                        "company_id": company_id,
                        "conversation_to_link_id": conversation_to_link_id,
                        "created_at": created_at,
                        "ticket_attributes": ticket_attributes,
                        "skip_notifications": skip_notifications,
                    },
                    "EnqueueCreateTicketBody",
                ),
                EnqueueCreateTicketBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/tickets/enqueue",
            "extensions": {OPERATION: ("tickets.enqueue_create", "/tickets/enqueue")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Jobs = self._request(
            _kwargs,
            {200: Jobs.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def link_conversation(
        self,
        ticket_id: str,
        *,
        body: LinkConversationToTicketBody | LinkConversationToTicketBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        conversation_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Link a conversation to a ticket

        Link a conversation to an existing tracker ticket. The conversation can be
        a regular conversation or one that has been converted into a customer ticket.

        Use this when related conversations surface after a tracker ticket has
        already been created. The ticket in the path must be a tracker ticket, and
        `conversation_id` in the body is the conversation (or customer ticket) to
        link to it. This returns the linked conversation.

        A tracker ticket can have up to 2,500 linked conversations; once that
        limit is reached, further requests return `linked_conversation_limit_exceeded`.

        Requires the `write_tickets` OAuth scope.

        Args:
            ticket_id (str):
            body (LinkConversationToTicketBody | LinkConversationToTicketBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            conversation_id (str): The body's field conversation_id (instead of body=). The unique
                identifier (given by Intercom) for the conversation or customer ticket to link to the
                tracker ticket.
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
        from ...models.link_conversation_to_ticket_body import LinkConversationToTicketBody

        body = cast(
            "LinkConversationToTicketBody",
            request_body(
                body_fields(
                    body,
                    {"conversation_id": conversation_id},
                    "LinkConversationToTicketBody",
                ),
                LinkConversationToTicketBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/tickets/{ticket_id}/linked_conversations".format(
                ticket_id=path_segment("ticket_id", ticket_id, "POST /tickets/{ticket_id}/linked_conversations"),
            ),
            "extensions": {OPERATION: ("tickets.link_conversation", "/tickets/{ticket_id}/linked_conversations")},
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
        body: ReplyTicketRequestContactReplyTicketIntercomUserIdRequest
        | ReplyTicketRequestContactReplyTicketIntercomUserIdRequestDict
        | ReplyTicketRequestContactReplyTicketUserIdRequest
        | ReplyTicketRequestContactReplyTicketUserIdRequestDict
        | ReplyTicketRequestContactReplyTicketEmailRequest
        | ReplyTicketRequestContactReplyTicketEmailRequestDict
        | ReplyTicketRequestAdminReplyTicketRequest
        | ReplyTicketRequestAdminReplyTicketRequestDict,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TicketReply:
        """Reply to a ticket

        You can reply to a ticket with a message from an admin or on behalf of a contact, or with a note for
        admins.

        Args:
            id (str): The id of the ticket to target.

                Note: Not the Inbox ticket ID
                This is the internal `id` field from the API response, not the `ticket_id` displayed in
                the Intercom Inbox (e.g., #12345). Use the `id` value from the ticket object returned by
                the API. Example: 123.
            body (ReplyTicketRequestContactReplyTicketIntercomUserIdRequest |
                ReplyTicketRequestContactReplyTicketIntercomUserIdRequestDict |
                ReplyTicketRequestContactReplyTicketUserIdRequest |
                ReplyTicketRequestContactReplyTicketUserIdRequestDict |
                ReplyTicketRequestContactReplyTicketEmailRequest |
                ReplyTicketRequestContactReplyTicketEmailRequestDict |
                ReplyTicketRequestAdminReplyTicketRequest |
                ReplyTicketRequestAdminReplyTicketRequestDict):
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
            TicketReply
        """

        from ...models.reply_ticket_request_admin_reply_ticket_request import ReplyTicketRequestAdminReplyTicketRequest
        from ...models.reply_ticket_request_contact_reply_ticket_email_request import (
            ReplyTicketRequestContactReplyTicketEmailRequest,
        )
        from ...models.reply_ticket_request_contact_reply_ticket_intercom_user_id_request import (
            ReplyTicketRequestContactReplyTicketIntercomUserIdRequest,
        )
        from ...models.reply_ticket_request_contact_reply_ticket_user_id_request import (
            ReplyTicketRequestContactReplyTicketUserIdRequest,
        )
        from ...models.ticket_reply import TicketReply

        body = cast(
            "ReplyTicketRequestAdminReplyTicketRequest | ReplyTicketRequestContactReplyTicketEmailRequest | ReplyTicketRequestContactReplyTicketIntercomUserIdRequest | ReplyTicketRequestContactReplyTicketUserIdRequest",
            request_body(
                body,
                ReplyTicketRequestContactReplyTicketIntercomUserIdRequest,
                ReplyTicketRequestContactReplyTicketUserIdRequest,
                ReplyTicketRequestContactReplyTicketEmailRequest,
                ReplyTicketRequestAdminReplyTicketRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/tickets/{id}/reply".format(
                id=path_segment("id", id, "POST /tickets/{id}/reply"),
            ),
            "extensions": {OPERATION: ("tickets.reply", "/tickets/{id}/reply")},
        }
        _kwargs["json"] = to_jsonable(body)

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: TicketReply = self._request(
            _kwargs,
            {200: TicketReply.from_dict},
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
    ) -> Ticket:
        """Retrieve a ticket

        You can fetch the details of a single ticket.

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
            Ticket
        """

        from ...models.ticket import Ticket

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/tickets/{id}".format(
                id=path_segment("id", id, "GET /tickets/{id}"),
            ),
            "extensions": {OPERATION: ("tickets.retrieve", "/tickets/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Ticket = self._request(
            _kwargs,
            {200: Ticket.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def search(
        self,
        *,
        body: SearchRequest | SearchRequestDict = NOT_GIVEN,
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
    ) -> SyncPaginator[Ticket, TicketList]:
        """Search tickets

        You can search for multiple tickets by the value of their attributes in order to fetch exactly which
        ones you want.

        To search for tickets, you send a `POST` request to `https://api.intercom.io/tickets/search`.

        This will accept a query object in the body which will define your filters.

        Warning: Optimizing search queries
        Search queries can be complex, so optimizing them can help the performance of your search.
        Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and
        utilize
        pagination to limit the number of results returned. The default is `20` results per page.
        See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
        more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the
        `starting_after` param.

        ### Nesting & Limitations

        You can nest these filters in order to get even more granular insights that pinpoint exactly what
        you need. Example: (1 OR 2) AND (3 OR 4).
        There are some limitations to the amount of multiples there can be:
        - There's a limit of max 2 nested filters
        - There's a limit of max 15 filters for each AND or OR group

        ### Accepted Fields

        Most keys listed as part of the Ticket model are searchable, whether writeable or not. The value you
        search for has to match the accepted type, otherwise the query will fail (ie. as `created_at`
        accepts a date, the `value` cannot be a string such as `"foobar"`).
        The `source.body` field is unique as the search will not be performed against the entire value, but
        instead against every element of the value separately. For example, when searching for a
        conversation with a `"I need support"` body - the query should contain a `=` operator with the value
        `"support"` for such conversation to be returned. A query with a `=` operator and a `"need support"`
        value will not yield a result.

        | Field                                     | Type
        |
        | :---------------------------------------- |
        :--------------------------------------------------------------------------------------- |
        | id                                        | String
        |
        | created_at                                | Date (UNIX timestamp)
        |
        | updated_at                                | Date (UNIX timestamp)
        |
        | title                           | String
        |
        | description                     | String
        |
        | category                                  | String
        |
        | ticket_type_id                            | String
        |
        | contact_ids                               | String
        |
        | teammate_ids                              | String
        |
        | admin_assignee_id                         | Integer
        |
        | team_assignee_id                          | Integer
        |
        | open                                      | Boolean
        |
        | state                                     | String
        |
        | snoozed_until                             | Date (UNIX timestamp)
        |
        | ticket_attribute.{id}                     | String or Boolean or Date (UNIX timestamp) or Float or
        Integer                           |

        Note: Searching by Category
        When searching for tickets by the **`category`** field, specific terms must be used instead of the
        category names:
        * For **Customer** category tickets, use the term `request`.
        * For **Back-office** category tickets, use the term `task`.
        * For **Tracker** category tickets, use the term `tracker`.

        ### Accepted Operators

        Note: Searching based on `created_at`
        You may use the `<=` or `>=` operators to search by `created_at`.

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
            SyncPaginator[Ticket, TicketList]
        """

        from ...models.search_request import SearchRequest
        from ...models.ticket_list import TicketList
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

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/tickets/search",
            "extensions": {
                OPERATION: ("tickets.search", "/tickets/search"),
                READ_ONLY: True,
            },  # a search: retried like a GET
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.tickets.search_tickets"],
            _kwargs,
            {200: TicketList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def unlink_conversation(
        self,
        ticket_id: str,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Unlink a conversation from a ticket

        Unlink a conversation (or converted customer ticket) from a tracker ticket
        it is currently linked to. The ticket in the path must be a tracker ticket.
        This returns the conversation that was unlinked.

        Requires the `write_tickets` OAuth scope.

        Args:
            ticket_id (str):
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
            Conversation
        """

        from ...models.conversation import Conversation

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/tickets/{ticket_id}/linked_conversations/{id}".format(
                ticket_id=path_segment("ticket_id", ticket_id, "DELETE /tickets/{ticket_id}/linked_conversations/{id}"),
                id=path_segment("id", id, "DELETE /tickets/{ticket_id}/linked_conversations/{id}"),
            ),
            "extensions": {
                OPERATION: ("tickets.unlink_conversation", "/tickets/{ticket_id}/linked_conversations/{id}")
            },
        }
        _kwargs["headers"] = headers

        parsed: Conversation = self._request(
            _kwargs,
            {200: Conversation.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def update(
        self,
        id: str,
        *,
        body: UpdateTicketBody | UpdateTicketBodyDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_id: int = NOT_GIVEN,
        assignee_id: str = NOT_GIVEN,
        company_id: str = NOT_GIVEN,
        is_shared: bool = NOT_GIVEN,
        open: bool = NOT_GIVEN,
        snoozed_until: int = NOT_GIVEN,
        ticket_attributes: Mapping[str, Any] = NOT_GIVEN,
        ticket_state_id: str = NOT_GIVEN,
        skip_notifications: bool = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Ticket:
        """Update a ticket

        You can update a ticket.

        Args:
            id (str):
            body (UpdateTicketBody | UpdateTicketBodyDict | Unset):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_id (int): The body's field admin_id (instead of body=). The ID of the admin
                performing ticket update. Needed for workflows execution and attributing actions to
                specific admins.
            assignee_id (str): The body's field assignee_id (instead of body=). The ID of the admin or
                team to which the ticket is assigned. Set this 0 to unassign it.
            company_id (str): The body's field company_id (instead of body=). The ID of the company
                that the ticket is associated with. The unique identifier for the company which is given
                by Intercom. Set to nil to remove company.
            is_shared (bool): The body's field is_shared (instead of body=). Specify whether the
                ticket is visible to users.
            open (bool): The body's field open (instead of body=). Specify if a ticket is open. Set to
                false to close a ticket. Closing a ticket will also unsnooze it.
            snoozed_until (int): The body's field snoozed_until (instead of body=). The time you want
                the ticket to reopen.
            ticket_attributes (Mapping[str, Any]): The body's field ticket_attributes (instead of
                body=). The attributes set on the ticket.
            ticket_state_id (str): The body's field ticket_state_id (instead of body=). The ID of the
                ticket state associated with the ticket type.
            skip_notifications (bool): The body's field skip_notifications (instead of body=). Option
                to disable notifications when a Ticket is updated.
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

        from ...models.ticket import Ticket
        from ...models.update_ticket_body import UpdateTicketBody

        body = cast(
            "UpdateTicketBody | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "admin_id": admin_id,
                        "assignee_id": assignee_id,
                        "company_id": company_id,
                        "is_shared": is_shared,
                        "open": open,
                        "snoozed_until": snoozed_until,
                        "ticket_attributes": ticket_attributes,
                        "ticket_state_id": ticket_state_id,
                        "skip_notifications": skip_notifications,
                    },
                    "UpdateTicketBody",
                ),
                UpdateTicketBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/tickets/{id}".format(
                id=path_segment("id", id, "PUT /tickets/{id}"),
            ),
            "extensions": {OPERATION: ("tickets.update", "/tickets/{id}")},
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Ticket = self._request(
            _kwargs,
            {200: Ticket.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class TicketsRawResource:
    """``client.tickets.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: TicketsResource) -> None:
        raw = TicketsResource(resource._client, raw=True)
        self.change_type = sync_raw(raw.change_type)
        self.create = sync_raw(raw.create)
        self.delete = sync_raw(raw.delete)
        self.enqueue_create = sync_raw(raw.enqueue_create)
        self.link_conversation = sync_raw(raw.link_conversation)
        self.reply = sync_raw(raw.reply)
        self.retrieve = sync_raw(raw.retrieve)
        self.unlink_conversation = sync_raw(raw.unlink_conversation)
        self.update = sync_raw(raw.update)
