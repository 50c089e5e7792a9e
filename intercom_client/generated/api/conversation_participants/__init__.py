# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.conversation_participants``: the conversation_participants resource of both clients, one method per operation.

``ConversationParticipantsResource`` is the sync one (on ``Intercom``), ``AsyncConversationParticipantsResource`` the async one (on
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
    from ...models.attach_contact_to_conversation_request import (
        AttachContactToConversationRequest,
        AttachContactToConversationRequestDict,
    )
    from ...models.attach_contact_to_conversation_request_customer_with_email import (
        AttachContactToConversationRequestCustomerWithEmailDict,
    )
    from ...models.attach_contact_to_conversation_request_customer_with_intercom_user_id import (
        AttachContactToConversationRequestCustomerWithIntercomUserIdDict,
    )
    from ...models.attach_contact_to_conversation_request_customer_with_user_id import (
        AttachContactToConversationRequestCustomerWithUserIdDict,
    )
    from ...models.conversation import Conversation
    from ...models.detach_contact_from_conversation_request import (
        DetachContactFromConversationRequest,
        DetachContactFromConversationRequestDict,
    )
    from ...models.intercom_version import IntercomVersion
    from ...types import TimeoutTypes

__all__ = ["AsyncConversationParticipantsResource", "ConversationParticipantsResource"]


class AsyncConversationParticipantsResource(AsyncResource):
    """``client.conversation_participants`` of AsyncIntercom: 2 operations."""

    @property
    def with_raw_response(self) -> AsyncConversationParticipantsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncConversationParticipantsRawResource(self)

    async def attach_contact_to_conversation(
        self,
        id: str,
        *,
        body: AttachContactToConversationRequest | AttachContactToConversationRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_id: str = NOT_GIVEN,
        customer: AttachContactToConversationRequestCustomerWithIntercomUserIdDict
        | AttachContactToConversationRequestCustomerWithUserIdDict
        | AttachContactToConversationRequestCustomerWithEmailDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Attach a contact to a conversation

        You can add participants who are contacts to a conversation, on behalf of either another contact or
        an admin.

        Warning: Contacts without an email
        If you add a contact via the email parameter and there is no user/lead found on that workspace with
        he given email, then we will create a new contact with `role` set to `lead`.

        Args:
            id (str):
            body (AttachContactToConversationRequest | AttachContactToConversationRequestDict |
                Unset): Payload of the request to assign a conversation
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_id (str): The body's field admin_id (instead of body=). The `id` of the admin who is
                adding the new participant.
            customer (AttachContactToConversationRequestCustomerWithIntercomUserIdDict |
                AttachContactToConversationRequestCustomerWithUserIdDict |
                AttachContactToConversationRequestCustomerWithEmailDict): The body's field customer
                (instead of body=).
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

        from ...models.attach_contact_to_conversation_request import AttachContactToConversationRequest
        from ...models.conversation import Conversation

        body = cast(
            "AttachContactToConversationRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {"admin_id": admin_id, "customer": customer},
                    "AttachContactToConversationRequest",
                ),
                AttachContactToConversationRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations/{id}/customers".format(
                id=path_segment("id", id, "POST /conversations/{id}/customers"),
            ),
            "extensions": {
                OPERATION: ("conversation_participants.attach_contact_to_conversation", "/conversations/{id}/customers")
            },
        }

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

    async def detach_contact_from_conversation(
        self,
        conversation_id: str,
        contact_id: str,
        *,
        body: DetachContactFromConversationRequest | DetachContactFromConversationRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Detach a contact from a group conversation

        You can remove participants who are contacts from a group conversation, on behalf of an admin.

        Warning: Removing the last participant
        You cannot remove the last remaining contact from a conversation.

        Args:
            conversation_id (str):
            contact_id (str):
            body (DetachContactFromConversationRequest | DetachContactFromConversationRequestDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_id (str): The body's field admin_id (instead of body=). The `id` of the admin who is
                performing the action.
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
        from ...models.detach_contact_from_conversation_request import DetachContactFromConversationRequest

        body = cast(
            "DetachContactFromConversationRequest",
            request_body(
                body_fields(
                    body,
                    {"admin_id": admin_id},
                    "DetachContactFromConversationRequest",
                ),
                DetachContactFromConversationRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/conversations/{conversation_id}/customers/{contact_id}".format(
                conversation_id=path_segment(
                    "conversation_id", conversation_id, "DELETE /conversations/{conversation_id}/customers/{contact_id}"
                ),
                contact_id=path_segment(
                    "contact_id", contact_id, "DELETE /conversations/{conversation_id}/customers/{contact_id}"
                ),
            ),
            "extensions": {
                OPERATION: (
                    "conversation_participants.detach_contact_from_conversation",
                    "/conversations/{conversation_id}/customers/{contact_id}",
                )
            },
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


class AsyncConversationParticipantsRawResource:
    """``client.conversation_participants.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncConversationParticipantsResource) -> None:
        raw = AsyncConversationParticipantsResource(resource._client, raw=True)
        self.attach_contact_to_conversation = async_raw(raw.attach_contact_to_conversation)
        self.detach_contact_from_conversation = async_raw(raw.detach_contact_from_conversation)


class ConversationParticipantsResource(SyncResource):
    """``client.conversation_participants`` of Intercom: 2 operations."""

    @property
    def with_raw_response(self) -> ConversationParticipantsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return ConversationParticipantsRawResource(self)

    def attach_contact_to_conversation(
        self,
        id: str,
        *,
        body: AttachContactToConversationRequest | AttachContactToConversationRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_id: str = NOT_GIVEN,
        customer: AttachContactToConversationRequestCustomerWithIntercomUserIdDict
        | AttachContactToConversationRequestCustomerWithUserIdDict
        | AttachContactToConversationRequestCustomerWithEmailDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Attach a contact to a conversation

        You can add participants who are contacts to a conversation, on behalf of either another contact or
        an admin.

        Warning: Contacts without an email
        If you add a contact via the email parameter and there is no user/lead found on that workspace with
        he given email, then we will create a new contact with `role` set to `lead`.

        Args:
            id (str):
            body (AttachContactToConversationRequest | AttachContactToConversationRequestDict |
                Unset): Payload of the request to assign a conversation
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_id (str): The body's field admin_id (instead of body=). The `id` of the admin who is
                adding the new participant.
            customer (AttachContactToConversationRequestCustomerWithIntercomUserIdDict |
                AttachContactToConversationRequestCustomerWithUserIdDict |
                AttachContactToConversationRequestCustomerWithEmailDict): The body's field customer
                (instead of body=).
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

        from ...models.attach_contact_to_conversation_request import AttachContactToConversationRequest
        from ...models.conversation import Conversation

        body = cast(
            "AttachContactToConversationRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {"admin_id": admin_id, "customer": customer},
                    "AttachContactToConversationRequest",
                ),
                AttachContactToConversationRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations/{id}/customers".format(
                id=path_segment("id", id, "POST /conversations/{id}/customers"),
            ),
            "extensions": {
                OPERATION: ("conversation_participants.attach_contact_to_conversation", "/conversations/{id}/customers")
            },
        }

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

    def detach_contact_from_conversation(
        self,
        conversation_id: str,
        contact_id: str,
        *,
        body: DetachContactFromConversationRequest | DetachContactFromConversationRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Detach a contact from a group conversation

        You can remove participants who are contacts from a group conversation, on behalf of an admin.

        Warning: Removing the last participant
        You cannot remove the last remaining contact from a conversation.

        Args:
            conversation_id (str):
            contact_id (str):
            body (DetachContactFromConversationRequest | DetachContactFromConversationRequestDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_id (str): The body's field admin_id (instead of body=). The `id` of the admin who is
                performing the action.
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
        from ...models.detach_contact_from_conversation_request import DetachContactFromConversationRequest

        body = cast(
            "DetachContactFromConversationRequest",
            request_body(
                body_fields(
                    body,
                    {"admin_id": admin_id},
                    "DetachContactFromConversationRequest",
                ),
                DetachContactFromConversationRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/conversations/{conversation_id}/customers/{contact_id}".format(
                conversation_id=path_segment(
                    "conversation_id", conversation_id, "DELETE /conversations/{conversation_id}/customers/{contact_id}"
                ),
                contact_id=path_segment(
                    "contact_id", contact_id, "DELETE /conversations/{conversation_id}/customers/{contact_id}"
                ),
            ),
            "extensions": {
                OPERATION: (
                    "conversation_participants.detach_contact_from_conversation",
                    "/conversations/{conversation_id}/customers/{contact_id}",
                )
            },
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


class ConversationParticipantsRawResource:
    """``client.conversation_participants.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ConversationParticipantsResource) -> None:
        raw = ConversationParticipantsResource(resource._client, raw=True)
        self.attach_contact_to_conversation = sync_raw(raw.attach_contact_to_conversation)
        self.detach_contact_from_conversation = sync_raw(raw.detach_contact_from_conversation)
