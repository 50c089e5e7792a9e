# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.conversations_attributes``: the conversations_attributes resource of both clients, one method per operation.

``ConversationsAttributesResource`` is the sync one (on ``Intercom``), ``AsyncConversationsAttributesResource`` the async one (on
``AsyncIntercom``). The endpoint modules beside this file build each request and decode its response;
they are imported on a method's first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import OMITTED, UNSET, AsyncResource, SyncResource, Unset, async_raw, request_body, sync_raw

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
        timeout: TimeoutTypes = OMITTED,
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

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
        from . import create_conversation_attribute as _op

        return await self._call(
            _op._get_kwargs(
                body=request_body(
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
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create_option(
        self,
        id: int,
        *,
        body: CreateConversationAttributeOptionRequest | CreateConversationAttributeOptionRequestDict,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from ...models.create_conversation_attribute_option_request import CreateConversationAttributeOptionRequest
        from . import create_conversation_attribute_option as _op

        return await self._call(
            _op._get_kwargs(
                id=id,
                body=request_body(body, CreateConversationAttributeOptionRequest),
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from . import delete_conversation_attribute as _op

        return await self._call(
            _op._get_kwargs(
                id=id,
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_option(
        self,
        id: int,
        option_id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from . import delete_conversation_attribute_option as _op

        return await self._call(
            _op._get_kwargs(
                id=id,
                option_id=option_id,
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def list(
        self,
        *,
        include_archived: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConversationAttributeList:
        """List all conversation attributes

        You can fetch a list of all conversation attributes for your workspace.

        Args:
            include_archived (bool | Unset):
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
            ConversationAttributeList
        """

        from . import list_conversation_attributes as _op

        return await self._call(
            _op._get_kwargs(
                include_archived=include_archived,
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def retrieve(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from . import get_conversation_attribute as _op

        return await self._call(
            _op._get_kwargs(
                id=id,
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update(
        self,
        id: int,
        *,
        body: UpdateConversationAttributeRequest | UpdateConversationAttributeRequestDict,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from ...models.update_conversation_attribute_request import UpdateConversationAttributeRequest
        from . import update_conversation_attribute as _op

        return await self._call(
            _op._get_kwargs(
                id=id,
                body=request_body(body, UpdateConversationAttributeRequest),
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_option(
        self,
        id: int,
        option_id: str,
        *,
        body: UpdateConversationAttributeOptionRequest | UpdateConversationAttributeOptionRequestDict,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from ...models.update_conversation_attribute_option_request import UpdateConversationAttributeOptionRequest
        from . import update_conversation_attribute_option as _op

        return await self._call(
            _op._get_kwargs(
                id=id,
                option_id=option_id,
                body=request_body(body, UpdateConversationAttributeOptionRequest),
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


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
        timeout: TimeoutTypes = OMITTED,
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

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
        from . import create_conversation_attribute as _op

        return self._call(
            _op._get_kwargs(
                body=request_body(
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
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create_option(
        self,
        id: int,
        *,
        body: CreateConversationAttributeOptionRequest | CreateConversationAttributeOptionRequestDict,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from ...models.create_conversation_attribute_option_request import CreateConversationAttributeOptionRequest
        from . import create_conversation_attribute_option as _op

        return self._call(
            _op._get_kwargs(
                id=id,
                body=request_body(body, CreateConversationAttributeOptionRequest),
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from . import delete_conversation_attribute as _op

        return self._call(
            _op._get_kwargs(
                id=id,
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_option(
        self,
        id: int,
        option_id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from . import delete_conversation_attribute_option as _op

        return self._call(
            _op._get_kwargs(
                id=id,
                option_id=option_id,
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def list(
        self,
        *,
        include_archived: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConversationAttributeList:
        """List all conversation attributes

        You can fetch a list of all conversation attributes for your workspace.

        Args:
            include_archived (bool | Unset):
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
            ConversationAttributeList
        """

        from . import list_conversation_attributes as _op

        return self._call(
            _op._get_kwargs(
                include_archived=include_archived,
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def retrieve(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from . import get_conversation_attribute as _op

        return self._call(
            _op._get_kwargs(
                id=id,
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update(
        self,
        id: int,
        *,
        body: UpdateConversationAttributeRequest | UpdateConversationAttributeRequestDict,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from ...models.update_conversation_attribute_request import UpdateConversationAttributeRequest
        from . import update_conversation_attribute as _op

        return self._call(
            _op._get_kwargs(
                id=id,
                body=request_body(body, UpdateConversationAttributeRequest),
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_option(
        self,
        id: int,
        option_id: str,
        *,
        body: UpdateConversationAttributeOptionRequest | UpdateConversationAttributeOptionRequestDict,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
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
            ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
        """

        from ...models.update_conversation_attribute_option_request import UpdateConversationAttributeOptionRequest
        from . import update_conversation_attribute_option as _op

        return self._call(
            _op._get_kwargs(
                id=id,
                option_id=option_id,
                body=request_body(body, UpdateConversationAttributeOptionRequest),
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


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
