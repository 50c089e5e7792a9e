# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.conversation_parts``: the conversation_parts resource of both clients, one method per operation.

``ConversationPartsResource`` is the sync one (on ``Intercom``), ``AsyncConversationPartsResource`` the async one (on
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
    to_jsonable,
)

if TYPE_CHECKING:
    from ...models.conversation import Conversation
    from ...models.conversation_part import ConversationPart
    from ...models.intercom_version import IntercomVersion
    from ...models.redact_conversation_request_redact_conversation_part_request import (
        RedactConversationRequestRedactConversationPartRequest,
        RedactConversationRequestRedactConversationPartRequestDict,
    )
    from ...models.redact_conversation_request_redact_conversation_source_request import (
        RedactConversationRequestRedactConversationSourceRequest,
        RedactConversationRequestRedactConversationSourceRequestDict,
    )
    from ...models.update_conversation_part_request import (
        UpdateConversationPartRequest,
        UpdateConversationPartRequestDict,
    )
    from ...types import TimeoutTypes

__all__ = ["AsyncConversationPartsResource", "ConversationPartsResource"]


class AsyncConversationPartsResource(AsyncResource):
    """``client.conversation_parts`` of AsyncIntercom: 2 operations."""

    @property
    def with_raw_response(self) -> AsyncConversationPartsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncConversationPartsRawResource(self)

    async def redact_conversation(
        self,
        *,
        body: RedactConversationRequestRedactConversationPartRequest
        | RedactConversationRequestRedactConversationPartRequestDict
        | RedactConversationRequestRedactConversationSourceRequest
        | RedactConversationRequestRedactConversationSourceRequestDict,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Redact a conversation part

        You can redact a conversation part or the source message of a conversation (as seen in the source
        object).

        Note: Redacting parts and messages
        If you are redacting a conversation part, it must have a `body`. If you are redacting a source
        message, it must have been created by a contact. We will return a `conversation_part_not_redactable`
        error if these criteria are not met.

        Args:
            body (RedactConversationRequestRedactConversationPartRequest |
                RedactConversationRequestRedactConversationPartRequestDict |
                RedactConversationRequestRedactConversationSourceRequest |
                RedactConversationRequestRedactConversationSourceRequestDict):
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
        from ...models.redact_conversation_request_redact_conversation_part_request import (
            RedactConversationRequestRedactConversationPartRequest,
        )
        from ...models.redact_conversation_request_redact_conversation_source_request import (
            RedactConversationRequestRedactConversationSourceRequest,
        )

        body = cast(
            "RedactConversationRequestRedactConversationPartRequest | RedactConversationRequestRedactConversationSourceRequest",
            request_body(
                body,
                RedactConversationRequestRedactConversationPartRequest,
                RedactConversationRequestRedactConversationSourceRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations/redact",
            "extensions": {OPERATION: ("conversation_parts.redact_conversation", "/conversations/redact")},
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

    async def update(
        self,
        conversation_id: str,
        id: str,
        *,
        body: UpdateConversationPartRequest | UpdateConversationPartRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        experimental: bool = NOT_GIVEN,
        secret: str = NOT_GIVEN,
        admin_id: str = NOT_GIVEN,
        info_message: str = NOT_GIVEN,
        seen: bool = NOT_GIVEN,
        send_state: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConversationPart:
        """Update a conversation part

        You can update properties of a conversation part. Currently supports updating the send state of an
        external reply or marking a part as seen by an admin.

        Warning: Experimental
        This is an experimental endpoint. It requires a valid HMAC secret for authentication in addition to
        the standard bearer token.

        Args:
            conversation_id (str):
            id (str):
            body (UpdateConversationPartRequest | UpdateConversationPartRequestDict): Payload for
                updating a conversation part. Supports two operations:
                1. Updating the send state of an external reply (requires `send_state` and
                `info_message`).
                2. Marking a part as seen by an admin (requires `seen` and `admin_id`).
                Both operations require `experimental` and `secret` for HMAC authentication.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            experimental (bool): The body's field experimental (instead of body=). Must be true to use
                this experimental endpoint.
            secret (str): The body's field secret (instead of body=). HMAC secret for authenticating
                the experimental request.
            admin_id (str): The body's field admin_id (instead of body=). The id of the admin marking
                the part as seen.
            info_message (str): The body's field info_message (instead of body=). An informational
                message about the send state update.
            seen (bool): The body's field seen (instead of body=). Set to true to mark the
                conversation part as seen.
            send_state (str): The body's field send_state (instead of body=). The send state to set on
                the external reply.
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
            ConversationPart
        """

        from ...models.conversation_part import ConversationPart
        from ...models.update_conversation_part_request import UpdateConversationPartRequest

        body = cast(
            "UpdateConversationPartRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "experimental": experimental,
                        "secret": secret,
                        "admin_id": admin_id,
                        "info_message": info_message,
                        "seen": seen,
                        "send_state": send_state,
                    },
                    "UpdateConversationPartRequest",
                ),
                UpdateConversationPartRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/conversations/{conversation_id}/conversation_parts/{id}".format(
                conversation_id=path_segment(
                    "conversation_id", conversation_id, "PUT /conversations/{conversation_id}/conversation_parts/{id}"
                ),
                id=path_segment("id", id, "PUT /conversations/{conversation_id}/conversation_parts/{id}"),
            ),
            "extensions": {
                OPERATION: ("conversation_parts.update", "/conversations/{conversation_id}/conversation_parts/{id}")
            },
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ConversationPart = await self._request(
            _kwargs,
            {200: ConversationPart.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncConversationPartsRawResource:
    """``client.conversation_parts.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncConversationPartsResource) -> None:
        raw = AsyncConversationPartsResource(resource._client, raw=True)
        self.redact_conversation = async_raw(raw.redact_conversation)
        self.update = async_raw(raw.update)


class ConversationPartsResource(SyncResource):
    """``client.conversation_parts`` of Intercom: 2 operations."""

    @property
    def with_raw_response(self) -> ConversationPartsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return ConversationPartsRawResource(self)

    def redact_conversation(
        self,
        *,
        body: RedactConversationRequestRedactConversationPartRequest
        | RedactConversationRequestRedactConversationPartRequestDict
        | RedactConversationRequestRedactConversationSourceRequest
        | RedactConversationRequestRedactConversationSourceRequestDict,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Conversation:
        """Redact a conversation part

        You can redact a conversation part or the source message of a conversation (as seen in the source
        object).

        Note: Redacting parts and messages
        If you are redacting a conversation part, it must have a `body`. If you are redacting a source
        message, it must have been created by a contact. We will return a `conversation_part_not_redactable`
        error if these criteria are not met.

        Args:
            body (RedactConversationRequestRedactConversationPartRequest |
                RedactConversationRequestRedactConversationPartRequestDict |
                RedactConversationRequestRedactConversationSourceRequest |
                RedactConversationRequestRedactConversationSourceRequestDict):
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
        from ...models.redact_conversation_request_redact_conversation_part_request import (
            RedactConversationRequestRedactConversationPartRequest,
        )
        from ...models.redact_conversation_request_redact_conversation_source_request import (
            RedactConversationRequestRedactConversationSourceRequest,
        )

        body = cast(
            "RedactConversationRequestRedactConversationPartRequest | RedactConversationRequestRedactConversationSourceRequest",
            request_body(
                body,
                RedactConversationRequestRedactConversationPartRequest,
                RedactConversationRequestRedactConversationSourceRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations/redact",
            "extensions": {OPERATION: ("conversation_parts.redact_conversation", "/conversations/redact")},
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

    def update(
        self,
        conversation_id: str,
        id: str,
        *,
        body: UpdateConversationPartRequest | UpdateConversationPartRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        experimental: bool = NOT_GIVEN,
        secret: str = NOT_GIVEN,
        admin_id: str = NOT_GIVEN,
        info_message: str = NOT_GIVEN,
        seen: bool = NOT_GIVEN,
        send_state: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConversationPart:
        """Update a conversation part

        You can update properties of a conversation part. Currently supports updating the send state of an
        external reply or marking a part as seen by an admin.

        Warning: Experimental
        This is an experimental endpoint. It requires a valid HMAC secret for authentication in addition to
        the standard bearer token.

        Args:
            conversation_id (str):
            id (str):
            body (UpdateConversationPartRequest | UpdateConversationPartRequestDict): Payload for
                updating a conversation part. Supports two operations:
                1. Updating the send state of an external reply (requires `send_state` and
                `info_message`).
                2. Marking a part as seen by an admin (requires `seen` and `admin_id`).
                Both operations require `experimental` and `secret` for HMAC authentication.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            experimental (bool): The body's field experimental (instead of body=). Must be true to use
                this experimental endpoint.
            secret (str): The body's field secret (instead of body=). HMAC secret for authenticating
                the experimental request.
            admin_id (str): The body's field admin_id (instead of body=). The id of the admin marking
                the part as seen.
            info_message (str): The body's field info_message (instead of body=). An informational
                message about the send state update.
            seen (bool): The body's field seen (instead of body=). Set to true to mark the
                conversation part as seen.
            send_state (str): The body's field send_state (instead of body=). The send state to set on
                the external reply.
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
            ConversationPart
        """

        from ...models.conversation_part import ConversationPart
        from ...models.update_conversation_part_request import UpdateConversationPartRequest

        body = cast(
            "UpdateConversationPartRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "experimental": experimental,
                        "secret": secret,
                        "admin_id": admin_id,
                        "info_message": info_message,
                        "seen": seen,
                        "send_state": send_state,
                    },
                    "UpdateConversationPartRequest",
                ),
                UpdateConversationPartRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/conversations/{conversation_id}/conversation_parts/{id}".format(
                conversation_id=path_segment(
                    "conversation_id", conversation_id, "PUT /conversations/{conversation_id}/conversation_parts/{id}"
                ),
                id=path_segment("id", id, "PUT /conversations/{conversation_id}/conversation_parts/{id}"),
            ),
            "extensions": {
                OPERATION: ("conversation_parts.update", "/conversations/{conversation_id}/conversation_parts/{id}")
            },
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ConversationPart = self._request(
            _kwargs,
            {200: ConversationPart.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class ConversationPartsRawResource:
    """``client.conversation_parts.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ConversationPartsResource) -> None:
        raw = ConversationPartsResource(resource._client, raw=True)
        self.redact_conversation = sync_raw(raw.redact_conversation)
        self.update = sync_raw(raw.update)
