# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.data_attributes``: the data_attributes resource of both clients, one method per operation.

``DataAttributesResource`` is the sync one (on ``Intercom``), ``AsyncDataAttributesResource`` the async one (on
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
    path_segment,
    request_body,
    request_options,
    sync_raw,
    to_jsonable,
)

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
        timeout: TimeoutTypes = NOT_GIVEN,
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
            DataAttribute
        """

        from ...models.create_data_attribute_request_list_attribute import CreateDataAttributeRequestListAttribute
        from ...models.create_data_attribute_request_other_type import CreateDataAttributeRequestOtherType
        from ...models.data_attribute import DataAttribute

        body = cast(
            "CreateDataAttributeRequestListAttribute | CreateDataAttributeRequestOtherType | Unset",
            request_body(body, CreateDataAttributeRequestListAttribute, CreateDataAttributeRequestOtherType),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/data_attributes",
            "extensions": {OPERATION: ("data_attributes.create", "/data_attributes")},
        }
        if not isinstance(body, Unset):
            _kwargs["json"] = to_jsonable(body)

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: DataAttribute = await self._request(
            _kwargs,
            {200: DataAttribute.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def list(
        self,
        *,
        model: ListDataAttributesModel | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
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
            DataAttributeList
        """

        from ...models.data_attribute_list import DataAttributeList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        json_model: str | Unset = UNSET
        if not isinstance(model, Unset):
            json_model = model

        params["model"] = json_model
        params["include_archived"] = include_archived
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/data_attributes",
            "extensions": {OPERATION: ("data_attributes.list", "/data_attributes")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: DataAttributeList = await self._request(
            _kwargs,
            {200: DataAttributeList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

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
        timeout: TimeoutTypes = NOT_GIVEN,
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
            DataAttribute
        """

        from ...models.data_attribute import DataAttribute
        from ...models.update_data_attribute_request_list_attribute import UpdateDataAttributeRequestListAttribute
        from ...models.update_data_attribute_request_other_type import UpdateDataAttributeRequestOtherType

        body = cast(
            "Unset | UpdateDataAttributeRequestListAttribute | UpdateDataAttributeRequestOtherType",
            request_body(body, UpdateDataAttributeRequestListAttribute, UpdateDataAttributeRequestOtherType),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/data_attributes/{id}".format(
                id=path_segment("id", id, "PUT /data_attributes/{id}"),
            ),
            "extensions": {OPERATION: ("data_attributes.update", "/data_attributes/{id}")},
        }
        if not isinstance(body, Unset):
            _kwargs["json"] = to_jsonable(body)

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: DataAttribute = await self._request(
            _kwargs,
            {200: DataAttribute.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


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
        timeout: TimeoutTypes = NOT_GIVEN,
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
            DataAttribute
        """

        from ...models.create_data_attribute_request_list_attribute import CreateDataAttributeRequestListAttribute
        from ...models.create_data_attribute_request_other_type import CreateDataAttributeRequestOtherType
        from ...models.data_attribute import DataAttribute

        body = cast(
            "CreateDataAttributeRequestListAttribute | CreateDataAttributeRequestOtherType | Unset",
            request_body(body, CreateDataAttributeRequestListAttribute, CreateDataAttributeRequestOtherType),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/data_attributes",
            "extensions": {OPERATION: ("data_attributes.create", "/data_attributes")},
        }
        if not isinstance(body, Unset):
            _kwargs["json"] = to_jsonable(body)

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: DataAttribute = self._request(
            _kwargs,
            {200: DataAttribute.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list(
        self,
        *,
        model: ListDataAttributesModel | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
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
            DataAttributeList
        """

        from ...models.data_attribute_list import DataAttributeList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        json_model: str | Unset = UNSET
        if not isinstance(model, Unset):
            json_model = model

        params["model"] = json_model
        params["include_archived"] = include_archived
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/data_attributes",
            "extensions": {OPERATION: ("data_attributes.list", "/data_attributes")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: DataAttributeList = self._request(
            _kwargs,
            {200: DataAttributeList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

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
        timeout: TimeoutTypes = NOT_GIVEN,
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
            DataAttribute
        """

        from ...models.data_attribute import DataAttribute
        from ...models.update_data_attribute_request_list_attribute import UpdateDataAttributeRequestListAttribute
        from ...models.update_data_attribute_request_other_type import UpdateDataAttributeRequestOtherType

        body = cast(
            "Unset | UpdateDataAttributeRequestListAttribute | UpdateDataAttributeRequestOtherType",
            request_body(body, UpdateDataAttributeRequestListAttribute, UpdateDataAttributeRequestOtherType),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/data_attributes/{id}".format(
                id=path_segment("id", id, "PUT /data_attributes/{id}"),
            ),
            "extensions": {OPERATION: ("data_attributes.update", "/data_attributes/{id}")},
        }
        if not isinstance(body, Unset):
            _kwargs["json"] = to_jsonable(body)

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: DataAttribute = self._request(
            _kwargs,
            {200: DataAttribute.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class DataAttributesRawResource:
    """``client.data_attributes.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: DataAttributesResource) -> None:
        raw = DataAttributesResource(resource._client, raw=True)
        self.create = sync_raw(raw.create)
        self.list = sync_raw(raw.list)
        self.update = sync_raw(raw.update)
