# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.conversations_attributes``: the conversations_attributes resource of both clients, one method per operation.

``ConversationsAttributesResource`` is the sync one (on ``Intercom``), ``AsyncConversationsAttributesResource`` the async one (on
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
    one_of,
    path_segment,
    request_body,
    request_options,
    sync_raw,
    to_jsonable,
)

if TYPE_CHECKING:
    from ...models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
    from ...models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
    from ...models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
    from ...models.conversation_attribute_files_type import ConversationAttributeFilesType
    from ...models.conversation_attribute_integer_type import ConversationAttributeIntegerType
    from ...models.conversation_attribute_list import ConversationAttributeList
    from ...models.conversation_attribute_list_type import ConversationAttributeListType
    from ...models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
    from ...models.conversation_attribute_string_type import ConversationAttributeStringType
    from ...models.create_conversation_attribute_boolean_request import (
        CreateConversationAttributeBooleanRequest,
        CreateConversationAttributeBooleanRequestDict,
    )
    from ...models.create_conversation_attribute_datetime_request import (
        CreateConversationAttributeDatetimeRequest,
        CreateConversationAttributeDatetimeRequestDict,
    )
    from ...models.create_conversation_attribute_decimal_request import (
        CreateConversationAttributeDecimalRequest,
        CreateConversationAttributeDecimalRequestDict,
    )
    from ...models.create_conversation_attribute_files_request import (
        CreateConversationAttributeFilesRequest,
        CreateConversationAttributeFilesRequestDict,
    )
    from ...models.create_conversation_attribute_integer_request import (
        CreateConversationAttributeIntegerRequest,
        CreateConversationAttributeIntegerRequestDict,
    )
    from ...models.create_conversation_attribute_list_request import (
        CreateConversationAttributeListRequest,
        CreateConversationAttributeListRequestDict,
    )
    from ...models.create_conversation_attribute_option_request import (
        CreateConversationAttributeOptionRequest,
        CreateConversationAttributeOptionRequestDict,
    )
    from ...models.create_conversation_attribute_relationship_request import (
        CreateConversationAttributeRelationshipRequest,
        CreateConversationAttributeRelationshipRequestDict,
    )
    from ...models.create_conversation_attribute_string_request import (
        CreateConversationAttributeStringRequest,
        CreateConversationAttributeStringRequestDict,
    )
    from ...models.intercom_version import IntercomVersion
    from ...models.update_conversation_attribute_option_request import (
        UpdateConversationAttributeOptionRequest,
        UpdateConversationAttributeOptionRequestDict,
    )
    from ...models.update_conversation_attribute_request import (
        UpdateConversationAttributeRequest,
        UpdateConversationAttributeRequestDict,
    )
    from ...models.update_conversation_attribute_request_reference import (
        UpdateConversationAttributeRequestReferenceDict,
    )
    from ...types import TimeoutTypes

__all__ = ["AsyncConversationsAttributesResource", "ConversationsAttributesResource"]


class AsyncConversationsAttributesResource(AsyncResource):
    """``client.conversations_attributes`` of AsyncIntercom: 8 operations."""

    @property
    def with_raw_response(self) -> AsyncConversationsAttributesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncConversationsAttributesRawResource(self)

    async def create(
        self,
        *,
        body: CreateConversationAttributeStringRequest
        | CreateConversationAttributeStringRequestDict
        | CreateConversationAttributeIntegerRequest
        | CreateConversationAttributeIntegerRequestDict
        | CreateConversationAttributeListRequest
        | CreateConversationAttributeListRequestDict
        | CreateConversationAttributeDecimalRequest
        | CreateConversationAttributeDecimalRequestDict
        | CreateConversationAttributeBooleanRequest
        | CreateConversationAttributeBooleanRequestDict
        | CreateConversationAttributeDatetimeRequest
        | CreateConversationAttributeDatetimeRequestDict
        | CreateConversationAttributeRelationshipRequest
        | CreateConversationAttributeRelationshipRequestDict
        | CreateConversationAttributeFilesRequest
        | CreateConversationAttributeFilesRequestDict,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> (
        ConversationAttributeBooleanType
        | ConversationAttributeDatetimeType
        | ConversationAttributeDecimalType
        | ConversationAttributeFilesType
        | ConversationAttributeIntegerType
        | ConversationAttributeListType
        | ConversationAttributeRelationshipType
        | ConversationAttributeStringType
    ):
        """Create a conversation attribute

        Create a new conversation attribute.

        Args:
            body (CreateConversationAttributeStringRequest |
                CreateConversationAttributeStringRequestDict | CreateConversationAttributeIntegerRequest |
                CreateConversationAttributeIntegerRequestDict | CreateConversationAttributeListRequest |
                CreateConversationAttributeListRequestDict | CreateConversationAttributeDecimalRequest |
                CreateConversationAttributeDecimalRequestDict | CreateConversationAttributeBooleanRequest
                | CreateConversationAttributeBooleanRequestDict |
                CreateConversationAttributeDatetimeRequest |
                CreateConversationAttributeDatetimeRequestDict |
                CreateConversationAttributeRelationshipRequest |
                CreateConversationAttributeRelationshipRequestDict |
                CreateConversationAttributeFilesRequest | CreateConversationAttributeFilesRequestDict):
                Payload for creating a new conversation attribute.
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from ...models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
        from ...models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
        from ...models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
        from ...models.conversation_attribute_files_type import ConversationAttributeFilesType
        from ...models.conversation_attribute_integer_type import ConversationAttributeIntegerType
        from ...models.conversation_attribute_list_type import ConversationAttributeListType
        from ...models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
        from ...models.conversation_attribute_string_type import ConversationAttributeStringType
        from ...models.create_conversation_attribute_boolean_request import CreateConversationAttributeBooleanRequest
        from ...models.create_conversation_attribute_datetime_request import CreateConversationAttributeDatetimeRequest
        from ...models.create_conversation_attribute_decimal_request import CreateConversationAttributeDecimalRequest
        from ...models.create_conversation_attribute_files_request import CreateConversationAttributeFilesRequest
        from ...models.create_conversation_attribute_integer_request import CreateConversationAttributeIntegerRequest
        from ...models.create_conversation_attribute_list_request import CreateConversationAttributeListRequest
        from ...models.create_conversation_attribute_relationship_request import (
            CreateConversationAttributeRelationshipRequest,
        )
        from ...models.create_conversation_attribute_string_request import CreateConversationAttributeStringRequest

        body = cast(
            "CreateConversationAttributeBooleanRequest | CreateConversationAttributeDatetimeRequest | CreateConversationAttributeDecimalRequest | CreateConversationAttributeFilesRequest | CreateConversationAttributeIntegerRequest | CreateConversationAttributeListRequest | CreateConversationAttributeRelationshipRequest | CreateConversationAttributeStringRequest",
            request_body(
                body,
                CreateConversationAttributeStringRequest,
                CreateConversationAttributeIntegerRequest,
                CreateConversationAttributeListRequest,
                CreateConversationAttributeDecimalRequest,
                CreateConversationAttributeBooleanRequest,
                CreateConversationAttributeDatetimeRequest,
                CreateConversationAttributeRelationshipRequest,
                CreateConversationAttributeFilesRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations/attributes",
            "extensions": {OPERATION: ("conversations_attributes.create", "/conversations/attributes")},
        }
        _kwargs["json"] = to_jsonable(body)

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: (
            ConversationAttributeBooleanType
            | ConversationAttributeDatetimeType
            | ConversationAttributeDecimalType
            | ConversationAttributeFilesType
            | ConversationAttributeIntegerType
            | ConversationAttributeListType
            | ConversationAttributeRelationshipType
            | ConversationAttributeStringType
        ) = await self._request(
            _kwargs,
            {
                200: one_of(
                    ConversationAttributeStringType.from_dict,
                    ConversationAttributeIntegerType.from_dict,
                    ConversationAttributeListType.from_dict,
                    ConversationAttributeDecimalType.from_dict,
                    ConversationAttributeBooleanType.from_dict,
                    ConversationAttributeDatetimeType.from_dict,
                    ConversationAttributeRelationshipType.from_dict,
                    ConversationAttributeFilesType.from_dict,
                )
            },
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def create_option(
        self,
        id: int,
        *,
        body: CreateConversationAttributeOptionRequest | CreateConversationAttributeOptionRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        label: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> (
        ConversationAttributeBooleanType
        | ConversationAttributeDatetimeType
        | ConversationAttributeDecimalType
        | ConversationAttributeFilesType
        | ConversationAttributeIntegerType
        | ConversationAttributeListType
        | ConversationAttributeRelationshipType
        | ConversationAttributeStringType
    ):
        """Add an option to a list conversation attribute

        Add a new option to a list-type conversation attribute. Returns the full attribute with the updated
        options array.

        Args:
            id (int):
            body (CreateConversationAttributeOptionRequest |
                CreateConversationAttributeOptionRequestDict): Payload for adding a new option to a list-
                type conversation attribute.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            label (str): The body's field label (instead of body=). The label for the new option.
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from ...models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
        from ...models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
        from ...models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
        from ...models.conversation_attribute_files_type import ConversationAttributeFilesType
        from ...models.conversation_attribute_integer_type import ConversationAttributeIntegerType
        from ...models.conversation_attribute_list_type import ConversationAttributeListType
        from ...models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
        from ...models.conversation_attribute_string_type import ConversationAttributeStringType
        from ...models.create_conversation_attribute_option_request import CreateConversationAttributeOptionRequest

        body = cast(
            "CreateConversationAttributeOptionRequest",
            request_body(
                body_fields(
                    body,
                    {"label": label},
                    "CreateConversationAttributeOptionRequest",
                ),
                CreateConversationAttributeOptionRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations/attributes/{id}/options".format(
                id=path_segment("id", id, "POST /conversations/attributes/{id}/options"),
            ),
            "extensions": {
                OPERATION: ("conversations_attributes.create_option", "/conversations/attributes/{id}/options")
            },
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: (
            ConversationAttributeBooleanType
            | ConversationAttributeDatetimeType
            | ConversationAttributeDecimalType
            | ConversationAttributeFilesType
            | ConversationAttributeIntegerType
            | ConversationAttributeListType
            | ConversationAttributeRelationshipType
            | ConversationAttributeStringType
        ) = await self._request(
            _kwargs,
            {
                200: one_of(
                    ConversationAttributeStringType.from_dict,
                    ConversationAttributeIntegerType.from_dict,
                    ConversationAttributeListType.from_dict,
                    ConversationAttributeDecimalType.from_dict,
                    ConversationAttributeBooleanType.from_dict,
                    ConversationAttributeDatetimeType.from_dict,
                    ConversationAttributeRelationshipType.from_dict,
                    ConversationAttributeFilesType.from_dict,
                )
            },
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def delete(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> (
        ConversationAttributeBooleanType
        | ConversationAttributeDatetimeType
        | ConversationAttributeDecimalType
        | ConversationAttributeFilesType
        | ConversationAttributeIntegerType
        | ConversationAttributeListType
        | ConversationAttributeRelationshipType
        | ConversationAttributeStringType
    ):
        """Delete (archive) a conversation attribute

        Archive a conversation attribute (soft delete). The attribute is marked as archived but not
        permanently deleted.

        Args:
            id (int):
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from ...models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
        from ...models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
        from ...models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
        from ...models.conversation_attribute_files_type import ConversationAttributeFilesType
        from ...models.conversation_attribute_integer_type import ConversationAttributeIntegerType
        from ...models.conversation_attribute_list_type import ConversationAttributeListType
        from ...models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
        from ...models.conversation_attribute_string_type import ConversationAttributeStringType

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/conversations/attributes/{id}".format(
                id=path_segment("id", id, "DELETE /conversations/attributes/{id}"),
            ),
            "extensions": {OPERATION: ("conversations_attributes.delete", "/conversations/attributes/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: (
            ConversationAttributeBooleanType
            | ConversationAttributeDatetimeType
            | ConversationAttributeDecimalType
            | ConversationAttributeFilesType
            | ConversationAttributeIntegerType
            | ConversationAttributeListType
            | ConversationAttributeRelationshipType
            | ConversationAttributeStringType
        ) = await self._request(
            _kwargs,
            {
                200: one_of(
                    ConversationAttributeStringType.from_dict,
                    ConversationAttributeIntegerType.from_dict,
                    ConversationAttributeListType.from_dict,
                    ConversationAttributeDecimalType.from_dict,
                    ConversationAttributeBooleanType.from_dict,
                    ConversationAttributeDatetimeType.from_dict,
                    ConversationAttributeRelationshipType.from_dict,
                    ConversationAttributeFilesType.from_dict,
                )
            },
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def delete_option(
        self,
        id: int,
        option_id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> (
        ConversationAttributeBooleanType
        | ConversationAttributeDatetimeType
        | ConversationAttributeDecimalType
        | ConversationAttributeFilesType
        | ConversationAttributeIntegerType
        | ConversationAttributeListType
        | ConversationAttributeRelationshipType
        | ConversationAttributeStringType
    ):
        """Archive an option on a list conversation attribute

        Archive a single option on a list-type conversation attribute (soft delete). The option remains in
        the response with `archived: true`. Returns the full attribute with the updated options array.

        Args:
            id (int):
            option_id (str):
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from ...models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
        from ...models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
        from ...models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
        from ...models.conversation_attribute_files_type import ConversationAttributeFilesType
        from ...models.conversation_attribute_integer_type import ConversationAttributeIntegerType
        from ...models.conversation_attribute_list_type import ConversationAttributeListType
        from ...models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
        from ...models.conversation_attribute_string_type import ConversationAttributeStringType

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/conversations/attributes/{id}/options/{option_id}".format(
                id=path_segment("id", id, "DELETE /conversations/attributes/{id}/options/{option_id}"),
                option_id=path_segment(
                    "option_id", option_id, "DELETE /conversations/attributes/{id}/options/{option_id}"
                ),
            ),
            "extensions": {
                OPERATION: (
                    "conversations_attributes.delete_option",
                    "/conversations/attributes/{id}/options/{option_id}",
                )
            },
        }
        _kwargs["headers"] = headers

        parsed: (
            ConversationAttributeBooleanType
            | ConversationAttributeDatetimeType
            | ConversationAttributeDecimalType
            | ConversationAttributeFilesType
            | ConversationAttributeIntegerType
            | ConversationAttributeListType
            | ConversationAttributeRelationshipType
            | ConversationAttributeStringType
        ) = await self._request(
            _kwargs,
            {
                200: one_of(
                    ConversationAttributeStringType.from_dict,
                    ConversationAttributeIntegerType.from_dict,
                    ConversationAttributeListType.from_dict,
                    ConversationAttributeDecimalType.from_dict,
                    ConversationAttributeBooleanType.from_dict,
                    ConversationAttributeDatetimeType.from_dict,
                    ConversationAttributeRelationshipType.from_dict,
                    ConversationAttributeFilesType.from_dict,
                )
            },
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def list(
        self,
        *,
        include_archived: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConversationAttributeList:
        """List all conversation attributes

        You can fetch a list of all conversation attributes for your workspace.

        Args:
            include_archived (bool | Unset):
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
            ConversationAttributeList
        """

        from ...models.conversation_attribute_list import ConversationAttributeList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["include_archived"] = include_archived
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/conversations/attributes",
            "extensions": {OPERATION: ("conversations_attributes.list", "/conversations/attributes")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: ConversationAttributeList = await self._request(
            _kwargs,
            {200: ConversationAttributeList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def retrieve(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> (
        ConversationAttributeBooleanType
        | ConversationAttributeDatetimeType
        | ConversationAttributeDecimalType
        | ConversationAttributeFilesType
        | ConversationAttributeIntegerType
        | ConversationAttributeListType
        | ConversationAttributeRelationshipType
        | ConversationAttributeStringType
    ):
        """Get a conversation attribute

        Retrieve a single conversation attribute by ID.

        Args:
            id (int):
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from ...models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
        from ...models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
        from ...models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
        from ...models.conversation_attribute_files_type import ConversationAttributeFilesType
        from ...models.conversation_attribute_integer_type import ConversationAttributeIntegerType
        from ...models.conversation_attribute_list_type import ConversationAttributeListType
        from ...models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
        from ...models.conversation_attribute_string_type import ConversationAttributeStringType

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/conversations/attributes/{id}".format(
                id=path_segment("id", id, "GET /conversations/attributes/{id}"),
            ),
            "extensions": {OPERATION: ("conversations_attributes.retrieve", "/conversations/attributes/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: (
            ConversationAttributeBooleanType
            | ConversationAttributeDatetimeType
            | ConversationAttributeDecimalType
            | ConversationAttributeFilesType
            | ConversationAttributeIntegerType
            | ConversationAttributeListType
            | ConversationAttributeRelationshipType
            | ConversationAttributeStringType
        ) = await self._request(
            _kwargs,
            {
                200: one_of(
                    ConversationAttributeStringType.from_dict,
                    ConversationAttributeIntegerType.from_dict,
                    ConversationAttributeListType.from_dict,
                    ConversationAttributeDecimalType.from_dict,
                    ConversationAttributeBooleanType.from_dict,
                    ConversationAttributeDatetimeType.from_dict,
                    ConversationAttributeRelationshipType.from_dict,
                    ConversationAttributeFilesType.from_dict,
                )
            },
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def update(
        self,
        id: int,
        *,
        body: UpdateConversationAttributeRequest | UpdateConversationAttributeRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        description: str = NOT_GIVEN,
        multiline: bool = NOT_GIVEN,
        name: str = NOT_GIVEN,
        reference: UpdateConversationAttributeRequestReferenceDict = NOT_GIVEN,
        required: bool = NOT_GIVEN,
        visible_to_team_ids: Sequence[str] = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> (
        ConversationAttributeBooleanType
        | ConversationAttributeDatetimeType
        | ConversationAttributeDecimalType
        | ConversationAttributeFilesType
        | ConversationAttributeIntegerType
        | ConversationAttributeListType
        | ConversationAttributeRelationshipType
        | ConversationAttributeStringType
    ):
        """Update a conversation attribute

        Update an existing conversation attribute.

        Args:
            id (int):
            body (UpdateConversationAttributeRequest | UpdateConversationAttributeRequestDict):
                Payload for updating a conversation attribute.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            description (str): The body's field description (instead of body=). Readable description
                of the attribute.
            multiline (bool): The body's field multiline (instead of body=). (String data type only)
                Whether this string attribute is multiline.
            name (str): The body's field name (instead of body=). Name of the attribute.
            reference (UpdateConversationAttributeRequestReferenceDict): The body's field reference
                (instead of body=). (Relationship data type only) Reference configuration for related
                objects.
            required (bool): The body's field required (instead of body=). Whether this attribute is
                required.
            visible_to_team_ids (Sequence[str]): The body's field visible_to_team_ids (instead of
                body=). Team IDs that can see this attribute. Empty array means all teams.
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from ...models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
        from ...models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
        from ...models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
        from ...models.conversation_attribute_files_type import ConversationAttributeFilesType
        from ...models.conversation_attribute_integer_type import ConversationAttributeIntegerType
        from ...models.conversation_attribute_list_type import ConversationAttributeListType
        from ...models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
        from ...models.conversation_attribute_string_type import ConversationAttributeStringType
        from ...models.update_conversation_attribute_request import UpdateConversationAttributeRequest

        body = cast(
            "UpdateConversationAttributeRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "description": description,
                        "multiline": multiline,
                        "name": name,
                        "reference": reference,
                        "required": required,
                        "visible_to_team_ids": visible_to_team_ids,
                    },
                    "UpdateConversationAttributeRequest",
                ),
                UpdateConversationAttributeRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/conversations/attributes/{id}".format(
                id=path_segment("id", id, "PUT /conversations/attributes/{id}"),
            ),
            "extensions": {OPERATION: ("conversations_attributes.update", "/conversations/attributes/{id}")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: (
            ConversationAttributeBooleanType
            | ConversationAttributeDatetimeType
            | ConversationAttributeDecimalType
            | ConversationAttributeFilesType
            | ConversationAttributeIntegerType
            | ConversationAttributeListType
            | ConversationAttributeRelationshipType
            | ConversationAttributeStringType
        ) = await self._request(
            _kwargs,
            {
                200: one_of(
                    ConversationAttributeStringType.from_dict,
                    ConversationAttributeIntegerType.from_dict,
                    ConversationAttributeListType.from_dict,
                    ConversationAttributeDecimalType.from_dict,
                    ConversationAttributeBooleanType.from_dict,
                    ConversationAttributeDatetimeType.from_dict,
                    ConversationAttributeRelationshipType.from_dict,
                    ConversationAttributeFilesType.from_dict,
                )
            },
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def update_option(
        self,
        id: int,
        option_id: str,
        *,
        body: UpdateConversationAttributeOptionRequest | UpdateConversationAttributeOptionRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        label: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> (
        ConversationAttributeBooleanType
        | ConversationAttributeDatetimeType
        | ConversationAttributeDecimalType
        | ConversationAttributeFilesType
        | ConversationAttributeIntegerType
        | ConversationAttributeListType
        | ConversationAttributeRelationshipType
        | ConversationAttributeStringType
    ):
        """Update an option on a list conversation attribute

        Update the label of a single option on a list-type conversation attribute. Returns the full
        attribute with the updated options array.

        Args:
            id (int):
            option_id (str):
            body (UpdateConversationAttributeOptionRequest |
                UpdateConversationAttributeOptionRequestDict): Payload for renaming a list option on a
                conversation attribute.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            label (str): The body's field label (instead of body=). The updated label for the option.
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from ...models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
        from ...models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
        from ...models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
        from ...models.conversation_attribute_files_type import ConversationAttributeFilesType
        from ...models.conversation_attribute_integer_type import ConversationAttributeIntegerType
        from ...models.conversation_attribute_list_type import ConversationAttributeListType
        from ...models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
        from ...models.conversation_attribute_string_type import ConversationAttributeStringType
        from ...models.update_conversation_attribute_option_request import UpdateConversationAttributeOptionRequest

        body = cast(
            "UpdateConversationAttributeOptionRequest",
            request_body(
                body_fields(
                    body,
                    {"label": label},
                    "UpdateConversationAttributeOptionRequest",
                ),
                UpdateConversationAttributeOptionRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/conversations/attributes/{id}/options/{option_id}".format(
                id=path_segment("id", id, "PUT /conversations/attributes/{id}/options/{option_id}"),
                option_id=path_segment(
                    "option_id", option_id, "PUT /conversations/attributes/{id}/options/{option_id}"
                ),
            ),
            "extensions": {
                OPERATION: (
                    "conversations_attributes.update_option",
                    "/conversations/attributes/{id}/options/{option_id}",
                )
            },
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: (
            ConversationAttributeBooleanType
            | ConversationAttributeDatetimeType
            | ConversationAttributeDecimalType
            | ConversationAttributeFilesType
            | ConversationAttributeIntegerType
            | ConversationAttributeListType
            | ConversationAttributeRelationshipType
            | ConversationAttributeStringType
        ) = await self._request(
            _kwargs,
            {
                200: one_of(
                    ConversationAttributeStringType.from_dict,
                    ConversationAttributeIntegerType.from_dict,
                    ConversationAttributeListType.from_dict,
                    ConversationAttributeDecimalType.from_dict,
                    ConversationAttributeBooleanType.from_dict,
                    ConversationAttributeDatetimeType.from_dict,
                    ConversationAttributeRelationshipType.from_dict,
                    ConversationAttributeFilesType.from_dict,
                )
            },
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncConversationsAttributesRawResource:
    """``client.conversations_attributes.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncConversationsAttributesResource) -> None:
        raw = AsyncConversationsAttributesResource(resource._client, raw=True)
        self.create = async_raw(raw.create)
        self.create_option = async_raw(raw.create_option)
        self.delete = async_raw(raw.delete)
        self.delete_option = async_raw(raw.delete_option)
        self.list = async_raw(raw.list)
        self.retrieve = async_raw(raw.retrieve)
        self.update = async_raw(raw.update)
        self.update_option = async_raw(raw.update_option)


class ConversationsAttributesResource(SyncResource):
    """``client.conversations_attributes`` of Intercom: 8 operations."""

    @property
    def with_raw_response(self) -> ConversationsAttributesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return ConversationsAttributesRawResource(self)

    def create(
        self,
        *,
        body: CreateConversationAttributeStringRequest
        | CreateConversationAttributeStringRequestDict
        | CreateConversationAttributeIntegerRequest
        | CreateConversationAttributeIntegerRequestDict
        | CreateConversationAttributeListRequest
        | CreateConversationAttributeListRequestDict
        | CreateConversationAttributeDecimalRequest
        | CreateConversationAttributeDecimalRequestDict
        | CreateConversationAttributeBooleanRequest
        | CreateConversationAttributeBooleanRequestDict
        | CreateConversationAttributeDatetimeRequest
        | CreateConversationAttributeDatetimeRequestDict
        | CreateConversationAttributeRelationshipRequest
        | CreateConversationAttributeRelationshipRequestDict
        | CreateConversationAttributeFilesRequest
        | CreateConversationAttributeFilesRequestDict,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> (
        ConversationAttributeBooleanType
        | ConversationAttributeDatetimeType
        | ConversationAttributeDecimalType
        | ConversationAttributeFilesType
        | ConversationAttributeIntegerType
        | ConversationAttributeListType
        | ConversationAttributeRelationshipType
        | ConversationAttributeStringType
    ):
        """Create a conversation attribute

        Create a new conversation attribute.

        Args:
            body (CreateConversationAttributeStringRequest |
                CreateConversationAttributeStringRequestDict | CreateConversationAttributeIntegerRequest |
                CreateConversationAttributeIntegerRequestDict | CreateConversationAttributeListRequest |
                CreateConversationAttributeListRequestDict | CreateConversationAttributeDecimalRequest |
                CreateConversationAttributeDecimalRequestDict | CreateConversationAttributeBooleanRequest
                | CreateConversationAttributeBooleanRequestDict |
                CreateConversationAttributeDatetimeRequest |
                CreateConversationAttributeDatetimeRequestDict |
                CreateConversationAttributeRelationshipRequest |
                CreateConversationAttributeRelationshipRequestDict |
                CreateConversationAttributeFilesRequest | CreateConversationAttributeFilesRequestDict):
                Payload for creating a new conversation attribute.
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from ...models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
        from ...models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
        from ...models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
        from ...models.conversation_attribute_files_type import ConversationAttributeFilesType
        from ...models.conversation_attribute_integer_type import ConversationAttributeIntegerType
        from ...models.conversation_attribute_list_type import ConversationAttributeListType
        from ...models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
        from ...models.conversation_attribute_string_type import ConversationAttributeStringType
        from ...models.create_conversation_attribute_boolean_request import CreateConversationAttributeBooleanRequest
        from ...models.create_conversation_attribute_datetime_request import CreateConversationAttributeDatetimeRequest
        from ...models.create_conversation_attribute_decimal_request import CreateConversationAttributeDecimalRequest
        from ...models.create_conversation_attribute_files_request import CreateConversationAttributeFilesRequest
        from ...models.create_conversation_attribute_integer_request import CreateConversationAttributeIntegerRequest
        from ...models.create_conversation_attribute_list_request import CreateConversationAttributeListRequest
        from ...models.create_conversation_attribute_relationship_request import (
            CreateConversationAttributeRelationshipRequest,
        )
        from ...models.create_conversation_attribute_string_request import CreateConversationAttributeStringRequest

        body = cast(
            "CreateConversationAttributeBooleanRequest | CreateConversationAttributeDatetimeRequest | CreateConversationAttributeDecimalRequest | CreateConversationAttributeFilesRequest | CreateConversationAttributeIntegerRequest | CreateConversationAttributeListRequest | CreateConversationAttributeRelationshipRequest | CreateConversationAttributeStringRequest",
            request_body(
                body,
                CreateConversationAttributeStringRequest,
                CreateConversationAttributeIntegerRequest,
                CreateConversationAttributeListRequest,
                CreateConversationAttributeDecimalRequest,
                CreateConversationAttributeBooleanRequest,
                CreateConversationAttributeDatetimeRequest,
                CreateConversationAttributeRelationshipRequest,
                CreateConversationAttributeFilesRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations/attributes",
            "extensions": {OPERATION: ("conversations_attributes.create", "/conversations/attributes")},
        }
        _kwargs["json"] = to_jsonable(body)

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: (
            ConversationAttributeBooleanType
            | ConversationAttributeDatetimeType
            | ConversationAttributeDecimalType
            | ConversationAttributeFilesType
            | ConversationAttributeIntegerType
            | ConversationAttributeListType
            | ConversationAttributeRelationshipType
            | ConversationAttributeStringType
        ) = self._request(
            _kwargs,
            {
                200: one_of(
                    ConversationAttributeStringType.from_dict,
                    ConversationAttributeIntegerType.from_dict,
                    ConversationAttributeListType.from_dict,
                    ConversationAttributeDecimalType.from_dict,
                    ConversationAttributeBooleanType.from_dict,
                    ConversationAttributeDatetimeType.from_dict,
                    ConversationAttributeRelationshipType.from_dict,
                    ConversationAttributeFilesType.from_dict,
                )
            },
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def create_option(
        self,
        id: int,
        *,
        body: CreateConversationAttributeOptionRequest | CreateConversationAttributeOptionRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        label: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> (
        ConversationAttributeBooleanType
        | ConversationAttributeDatetimeType
        | ConversationAttributeDecimalType
        | ConversationAttributeFilesType
        | ConversationAttributeIntegerType
        | ConversationAttributeListType
        | ConversationAttributeRelationshipType
        | ConversationAttributeStringType
    ):
        """Add an option to a list conversation attribute

        Add a new option to a list-type conversation attribute. Returns the full attribute with the updated
        options array.

        Args:
            id (int):
            body (CreateConversationAttributeOptionRequest |
                CreateConversationAttributeOptionRequestDict): Payload for adding a new option to a list-
                type conversation attribute.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            label (str): The body's field label (instead of body=). The label for the new option.
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from ...models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
        from ...models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
        from ...models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
        from ...models.conversation_attribute_files_type import ConversationAttributeFilesType
        from ...models.conversation_attribute_integer_type import ConversationAttributeIntegerType
        from ...models.conversation_attribute_list_type import ConversationAttributeListType
        from ...models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
        from ...models.conversation_attribute_string_type import ConversationAttributeStringType
        from ...models.create_conversation_attribute_option_request import CreateConversationAttributeOptionRequest

        body = cast(
            "CreateConversationAttributeOptionRequest",
            request_body(
                body_fields(
                    body,
                    {"label": label},
                    "CreateConversationAttributeOptionRequest",
                ),
                CreateConversationAttributeOptionRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations/attributes/{id}/options".format(
                id=path_segment("id", id, "POST /conversations/attributes/{id}/options"),
            ),
            "extensions": {
                OPERATION: ("conversations_attributes.create_option", "/conversations/attributes/{id}/options")
            },
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: (
            ConversationAttributeBooleanType
            | ConversationAttributeDatetimeType
            | ConversationAttributeDecimalType
            | ConversationAttributeFilesType
            | ConversationAttributeIntegerType
            | ConversationAttributeListType
            | ConversationAttributeRelationshipType
            | ConversationAttributeStringType
        ) = self._request(
            _kwargs,
            {
                200: one_of(
                    ConversationAttributeStringType.from_dict,
                    ConversationAttributeIntegerType.from_dict,
                    ConversationAttributeListType.from_dict,
                    ConversationAttributeDecimalType.from_dict,
                    ConversationAttributeBooleanType.from_dict,
                    ConversationAttributeDatetimeType.from_dict,
                    ConversationAttributeRelationshipType.from_dict,
                    ConversationAttributeFilesType.from_dict,
                )
            },
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def delete(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> (
        ConversationAttributeBooleanType
        | ConversationAttributeDatetimeType
        | ConversationAttributeDecimalType
        | ConversationAttributeFilesType
        | ConversationAttributeIntegerType
        | ConversationAttributeListType
        | ConversationAttributeRelationshipType
        | ConversationAttributeStringType
    ):
        """Delete (archive) a conversation attribute

        Archive a conversation attribute (soft delete). The attribute is marked as archived but not
        permanently deleted.

        Args:
            id (int):
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from ...models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
        from ...models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
        from ...models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
        from ...models.conversation_attribute_files_type import ConversationAttributeFilesType
        from ...models.conversation_attribute_integer_type import ConversationAttributeIntegerType
        from ...models.conversation_attribute_list_type import ConversationAttributeListType
        from ...models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
        from ...models.conversation_attribute_string_type import ConversationAttributeStringType

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/conversations/attributes/{id}".format(
                id=path_segment("id", id, "DELETE /conversations/attributes/{id}"),
            ),
            "extensions": {OPERATION: ("conversations_attributes.delete", "/conversations/attributes/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: (
            ConversationAttributeBooleanType
            | ConversationAttributeDatetimeType
            | ConversationAttributeDecimalType
            | ConversationAttributeFilesType
            | ConversationAttributeIntegerType
            | ConversationAttributeListType
            | ConversationAttributeRelationshipType
            | ConversationAttributeStringType
        ) = self._request(
            _kwargs,
            {
                200: one_of(
                    ConversationAttributeStringType.from_dict,
                    ConversationAttributeIntegerType.from_dict,
                    ConversationAttributeListType.from_dict,
                    ConversationAttributeDecimalType.from_dict,
                    ConversationAttributeBooleanType.from_dict,
                    ConversationAttributeDatetimeType.from_dict,
                    ConversationAttributeRelationshipType.from_dict,
                    ConversationAttributeFilesType.from_dict,
                )
            },
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def delete_option(
        self,
        id: int,
        option_id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> (
        ConversationAttributeBooleanType
        | ConversationAttributeDatetimeType
        | ConversationAttributeDecimalType
        | ConversationAttributeFilesType
        | ConversationAttributeIntegerType
        | ConversationAttributeListType
        | ConversationAttributeRelationshipType
        | ConversationAttributeStringType
    ):
        """Archive an option on a list conversation attribute

        Archive a single option on a list-type conversation attribute (soft delete). The option remains in
        the response with `archived: true`. Returns the full attribute with the updated options array.

        Args:
            id (int):
            option_id (str):
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from ...models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
        from ...models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
        from ...models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
        from ...models.conversation_attribute_files_type import ConversationAttributeFilesType
        from ...models.conversation_attribute_integer_type import ConversationAttributeIntegerType
        from ...models.conversation_attribute_list_type import ConversationAttributeListType
        from ...models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
        from ...models.conversation_attribute_string_type import ConversationAttributeStringType

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/conversations/attributes/{id}/options/{option_id}".format(
                id=path_segment("id", id, "DELETE /conversations/attributes/{id}/options/{option_id}"),
                option_id=path_segment(
                    "option_id", option_id, "DELETE /conversations/attributes/{id}/options/{option_id}"
                ),
            ),
            "extensions": {
                OPERATION: (
                    "conversations_attributes.delete_option",
                    "/conversations/attributes/{id}/options/{option_id}",
                )
            },
        }
        _kwargs["headers"] = headers

        parsed: (
            ConversationAttributeBooleanType
            | ConversationAttributeDatetimeType
            | ConversationAttributeDecimalType
            | ConversationAttributeFilesType
            | ConversationAttributeIntegerType
            | ConversationAttributeListType
            | ConversationAttributeRelationshipType
            | ConversationAttributeStringType
        ) = self._request(
            _kwargs,
            {
                200: one_of(
                    ConversationAttributeStringType.from_dict,
                    ConversationAttributeIntegerType.from_dict,
                    ConversationAttributeListType.from_dict,
                    ConversationAttributeDecimalType.from_dict,
                    ConversationAttributeBooleanType.from_dict,
                    ConversationAttributeDatetimeType.from_dict,
                    ConversationAttributeRelationshipType.from_dict,
                    ConversationAttributeFilesType.from_dict,
                )
            },
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list(
        self,
        *,
        include_archived: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConversationAttributeList:
        """List all conversation attributes

        You can fetch a list of all conversation attributes for your workspace.

        Args:
            include_archived (bool | Unset):
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
            ConversationAttributeList
        """

        from ...models.conversation_attribute_list import ConversationAttributeList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["include_archived"] = include_archived
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/conversations/attributes",
            "extensions": {OPERATION: ("conversations_attributes.list", "/conversations/attributes")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: ConversationAttributeList = self._request(
            _kwargs,
            {200: ConversationAttributeList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def retrieve(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> (
        ConversationAttributeBooleanType
        | ConversationAttributeDatetimeType
        | ConversationAttributeDecimalType
        | ConversationAttributeFilesType
        | ConversationAttributeIntegerType
        | ConversationAttributeListType
        | ConversationAttributeRelationshipType
        | ConversationAttributeStringType
    ):
        """Get a conversation attribute

        Retrieve a single conversation attribute by ID.

        Args:
            id (int):
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from ...models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
        from ...models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
        from ...models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
        from ...models.conversation_attribute_files_type import ConversationAttributeFilesType
        from ...models.conversation_attribute_integer_type import ConversationAttributeIntegerType
        from ...models.conversation_attribute_list_type import ConversationAttributeListType
        from ...models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
        from ...models.conversation_attribute_string_type import ConversationAttributeStringType

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/conversations/attributes/{id}".format(
                id=path_segment("id", id, "GET /conversations/attributes/{id}"),
            ),
            "extensions": {OPERATION: ("conversations_attributes.retrieve", "/conversations/attributes/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: (
            ConversationAttributeBooleanType
            | ConversationAttributeDatetimeType
            | ConversationAttributeDecimalType
            | ConversationAttributeFilesType
            | ConversationAttributeIntegerType
            | ConversationAttributeListType
            | ConversationAttributeRelationshipType
            | ConversationAttributeStringType
        ) = self._request(
            _kwargs,
            {
                200: one_of(
                    ConversationAttributeStringType.from_dict,
                    ConversationAttributeIntegerType.from_dict,
                    ConversationAttributeListType.from_dict,
                    ConversationAttributeDecimalType.from_dict,
                    ConversationAttributeBooleanType.from_dict,
                    ConversationAttributeDatetimeType.from_dict,
                    ConversationAttributeRelationshipType.from_dict,
                    ConversationAttributeFilesType.from_dict,
                )
            },
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def update(
        self,
        id: int,
        *,
        body: UpdateConversationAttributeRequest | UpdateConversationAttributeRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        description: str = NOT_GIVEN,
        multiline: bool = NOT_GIVEN,
        name: str = NOT_GIVEN,
        reference: UpdateConversationAttributeRequestReferenceDict = NOT_GIVEN,
        required: bool = NOT_GIVEN,
        visible_to_team_ids: Sequence[str] = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> (
        ConversationAttributeBooleanType
        | ConversationAttributeDatetimeType
        | ConversationAttributeDecimalType
        | ConversationAttributeFilesType
        | ConversationAttributeIntegerType
        | ConversationAttributeListType
        | ConversationAttributeRelationshipType
        | ConversationAttributeStringType
    ):
        """Update a conversation attribute

        Update an existing conversation attribute.

        Args:
            id (int):
            body (UpdateConversationAttributeRequest | UpdateConversationAttributeRequestDict):
                Payload for updating a conversation attribute.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            description (str): The body's field description (instead of body=). Readable description
                of the attribute.
            multiline (bool): The body's field multiline (instead of body=). (String data type only)
                Whether this string attribute is multiline.
            name (str): The body's field name (instead of body=). Name of the attribute.
            reference (UpdateConversationAttributeRequestReferenceDict): The body's field reference
                (instead of body=). (Relationship data type only) Reference configuration for related
                objects.
            required (bool): The body's field required (instead of body=). Whether this attribute is
                required.
            visible_to_team_ids (Sequence[str]): The body's field visible_to_team_ids (instead of
                body=). Team IDs that can see this attribute. Empty array means all teams.
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from ...models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
        from ...models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
        from ...models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
        from ...models.conversation_attribute_files_type import ConversationAttributeFilesType
        from ...models.conversation_attribute_integer_type import ConversationAttributeIntegerType
        from ...models.conversation_attribute_list_type import ConversationAttributeListType
        from ...models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
        from ...models.conversation_attribute_string_type import ConversationAttributeStringType
        from ...models.update_conversation_attribute_request import UpdateConversationAttributeRequest

        body = cast(
            "UpdateConversationAttributeRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "description": description,
                        "multiline": multiline,
                        "name": name,
                        "reference": reference,
                        "required": required,
                        "visible_to_team_ids": visible_to_team_ids,
                    },
                    "UpdateConversationAttributeRequest",
                ),
                UpdateConversationAttributeRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/conversations/attributes/{id}".format(
                id=path_segment("id", id, "PUT /conversations/attributes/{id}"),
            ),
            "extensions": {OPERATION: ("conversations_attributes.update", "/conversations/attributes/{id}")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: (
            ConversationAttributeBooleanType
            | ConversationAttributeDatetimeType
            | ConversationAttributeDecimalType
            | ConversationAttributeFilesType
            | ConversationAttributeIntegerType
            | ConversationAttributeListType
            | ConversationAttributeRelationshipType
            | ConversationAttributeStringType
        ) = self._request(
            _kwargs,
            {
                200: one_of(
                    ConversationAttributeStringType.from_dict,
                    ConversationAttributeIntegerType.from_dict,
                    ConversationAttributeListType.from_dict,
                    ConversationAttributeDecimalType.from_dict,
                    ConversationAttributeBooleanType.from_dict,
                    ConversationAttributeDatetimeType.from_dict,
                    ConversationAttributeRelationshipType.from_dict,
                    ConversationAttributeFilesType.from_dict,
                )
            },
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def update_option(
        self,
        id: int,
        option_id: str,
        *,
        body: UpdateConversationAttributeOptionRequest | UpdateConversationAttributeOptionRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        label: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> (
        ConversationAttributeBooleanType
        | ConversationAttributeDatetimeType
        | ConversationAttributeDecimalType
        | ConversationAttributeFilesType
        | ConversationAttributeIntegerType
        | ConversationAttributeListType
        | ConversationAttributeRelationshipType
        | ConversationAttributeStringType
    ):
        """Update an option on a list conversation attribute

        Update the label of a single option on a list-type conversation attribute. Returns the full
        attribute with the updated options array.

        Args:
            id (int):
            option_id (str):
            body (UpdateConversationAttributeOptionRequest |
                UpdateConversationAttributeOptionRequestDict): Payload for renaming a list option on a
                conversation attribute.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            label (str): The body's field label (instead of body=). The updated label for the option.
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from ...models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
        from ...models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
        from ...models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
        from ...models.conversation_attribute_files_type import ConversationAttributeFilesType
        from ...models.conversation_attribute_integer_type import ConversationAttributeIntegerType
        from ...models.conversation_attribute_list_type import ConversationAttributeListType
        from ...models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
        from ...models.conversation_attribute_string_type import ConversationAttributeStringType
        from ...models.update_conversation_attribute_option_request import UpdateConversationAttributeOptionRequest

        body = cast(
            "UpdateConversationAttributeOptionRequest",
            request_body(
                body_fields(
                    body,
                    {"label": label},
                    "UpdateConversationAttributeOptionRequest",
                ),
                UpdateConversationAttributeOptionRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/conversations/attributes/{id}/options/{option_id}".format(
                id=path_segment("id", id, "PUT /conversations/attributes/{id}/options/{option_id}"),
                option_id=path_segment(
                    "option_id", option_id, "PUT /conversations/attributes/{id}/options/{option_id}"
                ),
            ),
            "extensions": {
                OPERATION: (
                    "conversations_attributes.update_option",
                    "/conversations/attributes/{id}/options/{option_id}",
                )
            },
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: (
            ConversationAttributeBooleanType
            | ConversationAttributeDatetimeType
            | ConversationAttributeDecimalType
            | ConversationAttributeFilesType
            | ConversationAttributeIntegerType
            | ConversationAttributeListType
            | ConversationAttributeRelationshipType
            | ConversationAttributeStringType
        ) = self._request(
            _kwargs,
            {
                200: one_of(
                    ConversationAttributeStringType.from_dict,
                    ConversationAttributeIntegerType.from_dict,
                    ConversationAttributeListType.from_dict,
                    ConversationAttributeDecimalType.from_dict,
                    ConversationAttributeBooleanType.from_dict,
                    ConversationAttributeDatetimeType.from_dict,
                    ConversationAttributeRelationshipType.from_dict,
                    ConversationAttributeFilesType.from_dict,
                )
            },
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class ConversationsAttributesRawResource:
    """``client.conversations_attributes.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ConversationsAttributesResource) -> None:
        raw = ConversationsAttributesResource(resource._client, raw=True)
        self.create = sync_raw(raw.create)
        self.create_option = sync_raw(raw.create_option)
        self.delete = sync_raw(raw.delete)
        self.delete_option = sync_raw(raw.delete_option)
        self.list = sync_raw(raw.list)
        self.retrieve = sync_raw(raw.retrieve)
        self.update = sync_raw(raw.update)
        self.update_option = sync_raw(raw.update_option)
