# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.conversation_participants``: the conversation_participants resource of both clients, one method per operation.

``ConversationParticipantsResource`` is the sync one (on ``Intercom``), ``AsyncConversationParticipantsResource`` the async one (on
``AsyncIntercom``). The endpoint modules beside this file build each request and decode its response;
they are imported on a method's first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import OMITTED, UNSET, AsyncResource, SyncResource, Unset, async_raw, request_body, sync_raw

if TYPE_CHECKING:
    from ...models.attach_contact_to_conversation_request import (
        AttachContactToConversationRequest,
        AttachContactToConversationRequestDict,
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
        timeout: TimeoutTypes = OMITTED,
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
            intercom_version (IntercomVersion | Unset): Intercom API version.
                By default, it's equal to the version set in the app package. Example: Preview.
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
        from . import attach_contact_to_conversation as _op

        return await self._call(
            _op._get_kwargs(
                id=id,
                body=request_body(body, AttachContactToConversationRequest),
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def detach_contact_from_conversation(
        self,
        conversation_id: str,
        contact_id: str,
        *,
        body: DetachContactFromConversationRequest | DetachContactFromConversationRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
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
            body (DetachContactFromConversationRequest | DetachContactFromConversationRequestDict |
                Unset):
            intercom_version (IntercomVersion | Unset): Intercom API version.
                By default, it's equal to the version set in the app package. Example: Preview.
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

        from ...models.detach_contact_from_conversation_request import DetachContactFromConversationRequest
        from . import detach_contact_from_conversation as _op

        return await self._call(
            _op._get_kwargs(
                conversation_id=conversation_id,
                contact_id=contact_id,
                body=request_body(body, DetachContactFromConversationRequest),
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


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
        timeout: TimeoutTypes = OMITTED,
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
            intercom_version (IntercomVersion | Unset): Intercom API version.
                By default, it's equal to the version set in the app package. Example: Preview.
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
        from . import attach_contact_to_conversation as _op

        return self._call(
            _op._get_kwargs(
                id=id,
                body=request_body(body, AttachContactToConversationRequest),
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def detach_contact_from_conversation(
        self,
        conversation_id: str,
        contact_id: str,
        *,
        body: DetachContactFromConversationRequest | DetachContactFromConversationRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
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
            body (DetachContactFromConversationRequest | DetachContactFromConversationRequestDict |
                Unset):
            intercom_version (IntercomVersion | Unset): Intercom API version.
                By default, it's equal to the version set in the app package. Example: Preview.
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

        from ...models.detach_contact_from_conversation_request import DetachContactFromConversationRequest
        from . import detach_contact_from_conversation as _op

        return self._call(
            _op._get_kwargs(
                conversation_id=conversation_id,
                contact_id=contact_id,
                body=request_body(body, DetachContactFromConversationRequest),
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class ConversationParticipantsRawResource:
    """``client.conversation_participants.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ConversationParticipantsResource) -> None:
        raw = ConversationParticipantsResource(resource._client, raw=True)
        self.attach_contact_to_conversation = sync_raw(raw.attach_contact_to_conversation)
        self.detach_contact_from_conversation = sync_raw(raw.detach_contact_from_conversation)
