# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.data_attributes``: the data_attributes resource of both clients, one method per operation.

``DataAttributesResource`` is the sync one (on ``Intercom``), ``AsyncDataAttributesResource`` the async one (on
``AsyncIntercom``). The endpoint modules beside this file build each request and decode its response;
they are imported on a method's first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import OMITTED, UNSET, AsyncResource, SyncResource, Unset, async_raw, request_body, sync_raw

if TYPE_CHECKING:
    from ...models.create_data_attribute_request_list_attribute import (
        CreateDataAttributeRequestListAttribute,
        CreateDataAttributeRequestListAttributeDict,
    )
    from ...models.create_data_attribute_request_other_type import (
        CreateDataAttributeRequestOtherType,
        CreateDataAttributeRequestOtherTypeDict,
    )
    from ...models.data_attribute import DataAttribute
    from ...models.data_attribute_list import DataAttributeList
    from ...models.intercom_version import IntercomVersion
    from ...models.list_data_attributes_model import ListDataAttributesModel
    from ...models.update_data_attribute_request_list_attribute import (
        UpdateDataAttributeRequestListAttribute,
        UpdateDataAttributeRequestListAttributeDict,
    )
    from ...models.update_data_attribute_request_other_type import (
        UpdateDataAttributeRequestOtherType,
        UpdateDataAttributeRequestOtherTypeDict,
    )
    from ...types import TimeoutTypes

__all__ = ["AsyncDataAttributesResource", "DataAttributesResource"]


class AsyncDataAttributesResource(AsyncResource):
    """``client.data_attributes`` of AsyncIntercom: 3 operations."""

    @property
    def with_raw_response(self) -> AsyncDataAttributesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncDataAttributesRawResource(self)

    async def create(
        self,
        *,
        body: CreateDataAttributeRequestListAttribute
        | CreateDataAttributeRequestListAttributeDict
        | CreateDataAttributeRequestOtherType
        | CreateDataAttributeRequestOtherTypeDict
        | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataAttribute:
        """Create a data attribute

        You can create a data attributes for a `contact` or a `company`.

        Args:
            body (CreateDataAttributeRequestListAttribute |
                CreateDataAttributeRequestListAttributeDict | CreateDataAttributeRequestOtherType |
                CreateDataAttributeRequestOtherTypeDict | Unset):
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
            DataAttribute
        """

        from ...models.create_data_attribute_request_list_attribute import CreateDataAttributeRequestListAttribute
        from ...models.create_data_attribute_request_other_type import CreateDataAttributeRequestOtherType
        from . import create_data_attribute as _op

        return await self._call(
            _op._get_kwargs(
                body=request_body(body, CreateDataAttributeRequestListAttribute, CreateDataAttributeRequestOtherType),
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
        model: ListDataAttributesModel | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataAttributeList:
        """List all data attributes

        You can fetch a list of all data attributes belonging to a workspace for contacts or companies.

        Warning: Conversation attributes removed
        Conversation attributes are no longer returned by this endpoint. Calling without a `model` parameter
        no longer includes them in the response, and `model=conversation` returns a `422` error. Use [GET
        /conversations/attributes](/docs/references/preview/rest-api/api.intercom.io/conversations-
        attributes/listconversationattributes) instead.

        Args:
            model (ListDataAttributesModel | Unset):
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
            DataAttributeList
        """

        from . import list_data_attributes as _op

        return await self._call(
            _op._get_kwargs(
                model=model,
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

    async def update(
        self,
        id: int,
        *,
        body: UpdateDataAttributeRequestListAttribute
        | UpdateDataAttributeRequestListAttributeDict
        | UpdateDataAttributeRequestOtherType
        | UpdateDataAttributeRequestOtherTypeDict
        | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataAttribute:
        """Update a data attribute

        You can update a data attribute.

        > 🚧 Updating the data type is not possible
        >
        > It is currently a dangerous action to execute changing a data attribute's type via the API. You
        will need to update the type via the UI instead.

        Args:
            id (int):
            body (UpdateDataAttributeRequestListAttribute |
                UpdateDataAttributeRequestListAttributeDict | UpdateDataAttributeRequestOtherType |
                UpdateDataAttributeRequestOtherTypeDict | Unset):
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
            DataAttribute
        """

        from ...models.update_data_attribute_request_list_attribute import UpdateDataAttributeRequestListAttribute
        from ...models.update_data_attribute_request_other_type import UpdateDataAttributeRequestOtherType
        from . import update_data_attribute as _op

        return await self._call(
            _op._get_kwargs(
                id=id,
                body=request_body(body, UpdateDataAttributeRequestListAttribute, UpdateDataAttributeRequestOtherType),
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncDataAttributesRawResource:
    """``client.data_attributes.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncDataAttributesResource) -> None:
        raw = AsyncDataAttributesResource(resource._client, raw=True)
        self.create = async_raw(raw.create)
        self.list = async_raw(raw.list)
        self.update = async_raw(raw.update)


class DataAttributesResource(SyncResource):
    """``client.data_attributes`` of Intercom: 3 operations."""

    @property
    def with_raw_response(self) -> DataAttributesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return DataAttributesRawResource(self)

    def create(
        self,
        *,
        body: CreateDataAttributeRequestListAttribute
        | CreateDataAttributeRequestListAttributeDict
        | CreateDataAttributeRequestOtherType
        | CreateDataAttributeRequestOtherTypeDict
        | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataAttribute:
        """Create a data attribute

        You can create a data attributes for a `contact` or a `company`.

        Args:
            body (CreateDataAttributeRequestListAttribute |
                CreateDataAttributeRequestListAttributeDict | CreateDataAttributeRequestOtherType |
                CreateDataAttributeRequestOtherTypeDict | Unset):
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
            DataAttribute
        """

        from ...models.create_data_attribute_request_list_attribute import CreateDataAttributeRequestListAttribute
        from ...models.create_data_attribute_request_other_type import CreateDataAttributeRequestOtherType
        from . import create_data_attribute as _op

        return self._call(
            _op._get_kwargs(
                body=request_body(body, CreateDataAttributeRequestListAttribute, CreateDataAttributeRequestOtherType),
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
        model: ListDataAttributesModel | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataAttributeList:
        """List all data attributes

        You can fetch a list of all data attributes belonging to a workspace for contacts or companies.

        Warning: Conversation attributes removed
        Conversation attributes are no longer returned by this endpoint. Calling without a `model` parameter
        no longer includes them in the response, and `model=conversation` returns a `422` error. Use [GET
        /conversations/attributes](/docs/references/preview/rest-api/api.intercom.io/conversations-
        attributes/listconversationattributes) instead.

        Args:
            model (ListDataAttributesModel | Unset):
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
            DataAttributeList
        """

        from . import list_data_attributes as _op

        return self._call(
            _op._get_kwargs(
                model=model,
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

    def update(
        self,
        id: int,
        *,
        body: UpdateDataAttributeRequestListAttribute
        | UpdateDataAttributeRequestListAttributeDict
        | UpdateDataAttributeRequestOtherType
        | UpdateDataAttributeRequestOtherTypeDict
        | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataAttribute:
        """Update a data attribute

        You can update a data attribute.

        > 🚧 Updating the data type is not possible
        >
        > It is currently a dangerous action to execute changing a data attribute's type via the API. You
        will need to update the type via the UI instead.

        Args:
            id (int):
            body (UpdateDataAttributeRequestListAttribute |
                UpdateDataAttributeRequestListAttributeDict | UpdateDataAttributeRequestOtherType |
                UpdateDataAttributeRequestOtherTypeDict | Unset):
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
            DataAttribute
        """

        from ...models.update_data_attribute_request_list_attribute import UpdateDataAttributeRequestListAttribute
        from ...models.update_data_attribute_request_other_type import UpdateDataAttributeRequestOtherType
        from . import update_data_attribute as _op

        return self._call(
            _op._get_kwargs(
                id=id,
                body=request_body(body, UpdateDataAttributeRequestListAttribute, UpdateDataAttributeRequestOtherType),
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class DataAttributesRawResource:
    """``client.data_attributes.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: DataAttributesResource) -> None:
        raw = DataAttributesResource(resource._client, raw=True)
        self.create = sync_raw(raw.create)
        self.list = sync_raw(raw.list)
        self.update = sync_raw(raw.update)
