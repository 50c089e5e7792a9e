# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.data_connectors``: the data_connectors resource of both clients, one method per operation.

``DataConnectorsResource`` is the sync one (on ``Intercom``), ``AsyncDataConnectorsResource`` the async one (on
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
    path_segment,
    request_body,
    request_options,
    sync_raw,
)

if TYPE_CHECKING:
    from ...models.create_data_connector_request import CreateDataConnectorRequest, CreateDataConnectorRequestDict
    from ...models.create_data_connector_request_audiences_item import CreateDataConnectorRequestAudiencesItem
    from ...models.create_data_connector_request_data_inputs_item import CreateDataConnectorRequestDataInputsItemDict
    from ...models.create_data_connector_request_http_method import CreateDataConnectorRequestHttpMethod
    from ...models.data_connector import DataConnector
    from ...models.data_connector_detail import DataConnectorDetail
    from ...models.data_connector_execution_result import DataConnectorExecutionResult
    from ...models.data_connector_execution_result_list import DataConnectorExecutionResultList
    from ...models.data_connector_list import DataConnectorList
    from ...models.deleted_data_connector_object import DeletedDataConnectorObject
    from ...models.intercom_version import IntercomVersion
    from ...models.list_data_connector_execution_results_error_type import ListDataConnectorExecutionResultsErrorType
    from ...models.list_data_connector_execution_results_include_bodies import (
        ListDataConnectorExecutionResultsIncludeBodies,
    )
    from ...models.list_data_connector_execution_results_success import ListDataConnectorExecutionResultsSuccess
    from ...models.retrieve_data_connector_state_version import RetrieveDataConnectorStateVersion
    from ...models.update_data_connector_request import UpdateDataConnectorRequest, UpdateDataConnectorRequestDict
    from ...models.update_data_connector_request_audiences_item import UpdateDataConnectorRequestAudiencesItem
    from ...models.update_data_connector_request_data_inputs_item import UpdateDataConnectorRequestDataInputsItemDict
    from ...models.update_data_connector_request_http_method import UpdateDataConnectorRequestHttpMethod
    from ...models.update_data_connector_request_state import UpdateDataConnectorRequestState
    from ...types import AsyncPaginator, Cursor, SyncPaginator, TimeoutTypes

__all__ = ["AsyncDataConnectorsResource", "DataConnectorsResource"]


class AsyncDataConnectorsResource(AsyncResource):
    """``client.data_connectors`` of AsyncIntercom: 7 operations."""

    @property
    def with_raw_response(self) -> AsyncDataConnectorsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncDataConnectorsRawResource(self)

    async def create(
        self,
        *,
        body: CreateDataConnectorRequest | CreateDataConnectorRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        name: str = NOT_GIVEN,
        audiences: Sequence[CreateDataConnectorRequestAudiencesItem] = NOT_GIVEN,
        bypass_authentication: bool = NOT_GIVEN,
        customer_authentication: bool = NOT_GIVEN,
        data_inputs: Sequence[CreateDataConnectorRequestDataInputsItemDict] = NOT_GIVEN,
        description: str = NOT_GIVEN,
        direct_fin_usage: bool = NOT_GIVEN,
        http_method: CreateDataConnectorRequestHttpMethod = NOT_GIVEN,
        mock_response: Mapping[str, Any] = NOT_GIVEN,
        token_ids: Sequence[str] = NOT_GIVEN,
        url: str = NOT_GIVEN,
        validate_missing_attributes: bool = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataConnectorDetail:
        """Create a data connector

        Create a new data connector. The connector is created in `draft` state. Configure its URL, headers,
        data inputs, and other settings, then set it to `live` when ready.

        Args:
            body (CreateDataConnectorRequest | CreateDataConnectorRequestDict): You can create a data
                connector by providing the required parameters.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            name (str): The body's field name (instead of body=). The name of the data connector.
            audiences (Sequence[CreateDataConnectorRequestAudiencesItem]): The body's field audiences
                (instead of body=). The user types this connector is available for.
            bypass_authentication (bool): The body's field bypass_authentication (instead of body=).
                Whether authentication is bypassed entirely (public endpoint). Defaults to false.
            customer_authentication (bool): The body's field customer_authentication (instead of
                body=). Whether the connector requires customer authentication before executing. Defaults
                to false.
            data_inputs (Sequence[CreateDataConnectorRequestDataInputsItemDict]): The body's field
                data_inputs (instead of body=). Input parameters accepted by the connector.
            description (str): The body's field description (instead of body=). A description of what
                this data connector does.
            direct_fin_usage (bool): The body's field direct_fin_usage (instead of body=). Whether the
                connector is used directly by Fin (true) or only in workflows (false). Defaults to false.
            http_method (CreateDataConnectorRequestHttpMethod): The body's field http_method (instead
                of body=). The HTTP method used when calling the external API.
            mock_response (Mapping[str, Any]): The body's field mock_response (instead of body=). A
                sample JSON response from the external API. Auto-generates `response_fields` and sets
                `configuration_response_type` to `mock_response_type`.
            token_ids (Sequence[str]): The body's field token_ids (instead of body=). IDs of
                authentication tokens to attach to this data connector.
            url (str): The body's field url (instead of body=). The URL of the external API endpoint.
                Supports template variables like `{{order_id}}`.
            validate_missing_attributes (bool): The body's field validate_missing_attributes (instead
                of body=). Whether to validate that all required data inputs have values before executing.
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
            DataConnectorDetail
        """

        from ...models.create_data_connector_request import CreateDataConnectorRequest
        from ...models.data_connector_detail import DataConnectorDetail

        body = cast(
            "CreateDataConnectorRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "name": name,
                        "audiences": audiences,
                        "bypass_authentication": bypass_authentication,
                        "customer_authentication": customer_authentication,
                        "data_inputs": data_inputs,
                        "description": description,
                        "direct_fin_usage": direct_fin_usage,
                        "http_method": http_method,
                        "mock_response": mock_response,
                        "token_ids": token_ids,
                        "url": url,
                        "validate_missing_attributes": validate_missing_attributes,
                    },
                    "CreateDataConnectorRequest",
                ),
                CreateDataConnectorRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/data_connectors",
            "extensions": {OPERATION: ("data_connectors.create", "/data_connectors")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: DataConnectorDetail = await self._request(
            _kwargs,
            {201: DataConnectorDetail.from_dict},
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
    ) -> DeletedDataConnectorObject:
        """Delete a data connector

        Delete an existing data connector. The connector must be in `draft` state and must not be in use by
        any workflows or AI agents.

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
            DeletedDataConnectorObject
        """

        from ...models.deleted_data_connector_object import DeletedDataConnectorObject

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/data_connectors/{id}".format(
                id=path_segment("id", id, "DELETE /data_connectors/{id}"),
            ),
            "extensions": {OPERATION: ("data_connectors.delete", "/data_connectors/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: DeletedDataConnectorObject = await self._request(
            _kwargs,
            {200: DeletedDataConnectorObject.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list(
        self,
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
    ) -> AsyncPaginator[DataConnector, DataConnectorList]:
        """List all data connectors

        Returns a paginated list of all data connectors for the workspace, ordered by most recently updated
        first. Data connectors allow workflows and AI agents to make HTTP requests to external APIs.

        Args:
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
            AsyncPaginator[DataConnector, DataConnectorList]
        """

        from ...models.data_connector_list import DataConnectorList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/data_connectors",
            "extensions": {OPERATION: ("data_connectors.list", "/data_connectors")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.data_connectors.list_data_connectors"],
            _kwargs,
            {200: DataConnectorList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_execution_results(
        self,
        data_connector_id: str,
        *,
        success: ListDataConnectorExecutionResultsSuccess | Unset = UNSET,
        error_type: ListDataConnectorExecutionResultsErrorType | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        end_ts: int | Unset = UNSET,
        include_bodies: ListDataConnectorExecutionResultsIncludeBodies | Unset = UNSET,
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
    ) -> AsyncPaginator[DataConnectorExecutionResult, DataConnectorExecutionResultList]:
        """List execution results for a data connector

        Retrieve paginated execution logs for a specific data connector.
        Results from the last hour are returned by default. Use `start_ts` and `end_ts` to customize the
        time range.

        Request/response bodies are excluded by default. Use `include_bodies=true` to include them.

        Args:
            data_connector_id (str):  Example: 12345.
            success (ListDataConnectorExecutionResultsSuccess | Unset):
            error_type (ListDataConnectorExecutionResultsErrorType | Unset):
            start_ts (int | Unset):
            end_ts (int | Unset):
            include_bodies (ListDataConnectorExecutionResultsIncludeBodies | Unset):
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
            AsyncPaginator[DataConnectorExecutionResult, DataConnectorExecutionResultList]
        """

        from ...models.data_connector_execution_result_list import DataConnectorExecutionResultList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        json_success: str | Unset = UNSET
        if not isinstance(success, Unset):
            json_success = success

        params["success"] = json_success
        json_error_type: str | Unset = UNSET
        if not isinstance(error_type, Unset):
            json_error_type = error_type

        params["error_type"] = json_error_type
        params["start_ts"] = start_ts
        params["end_ts"] = end_ts
        json_include_bodies: str | Unset = UNSET
        if not isinstance(include_bodies, Unset):
            json_include_bodies = include_bodies

        params["include_bodies"] = json_include_bodies
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/data_connectors/{data_connector_id}/execution_results".format(
                data_connector_id=path_segment(
                    "data_connector_id", data_connector_id, "GET /data_connectors/{data_connector_id}/execution_results"
                ),
            ),
            "extensions": {
                OPERATION: (
                    "data_connectors.list_execution_results",
                    "/data_connectors/{data_connector_id}/execution_results",
                )
            },
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.data_connectors.list_data_connector_execution_results"],
            _kwargs,
            {200: DataConnectorExecutionResultList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        id: str,
        *,
        state_version: RetrieveDataConnectorStateVersion | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataConnectorDetail:
        """Retrieve a data connector

        You can retrieve the full detail of a single data connector by its ID.

        The response includes configuration, data inputs, response fields, and object mappings.

        Args:
            id (str):
            state_version (RetrieveDataConnectorStateVersion | Unset):
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
            DataConnectorDetail
        """

        from ...models.data_connector_detail import DataConnectorDetail

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        json_state_version: str | Unset = UNSET
        if not isinstance(state_version, Unset):
            json_state_version = state_version

        params["state_version"] = json_state_version
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/data_connectors/{id}".format(
                id=path_segment("id", id, "GET /data_connectors/{id}"),
            ),
            "extensions": {OPERATION: ("data_connectors.retrieve", "/data_connectors/{id}")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: DataConnectorDetail = await self._request(
            _kwargs,
            {200: DataConnectorDetail.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def retrieve_execution_result(
        self,
        data_connector_id: str,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataConnectorExecutionResult:
        """Retrieve an execution result

        Retrieve details for a specific data connector execution result.
        Always includes request/response bodies and the sanitised request URL.

        Args:
            data_connector_id (str):  Example: 12345.
            id (str):  Example: 99001.
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
            DataConnectorExecutionResult
        """

        from ...models.data_connector_execution_result import DataConnectorExecutionResult

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/data_connectors/{data_connector_id}/execution_results/{id}".format(
                data_connector_id=path_segment(
                    "data_connector_id",
                    data_connector_id,
                    "GET /data_connectors/{data_connector_id}/execution_results/{id}",
                ),
                id=path_segment("id", id, "GET /data_connectors/{data_connector_id}/execution_results/{id}"),
            ),
            "extensions": {
                OPERATION: (
                    "data_connectors.retrieve_execution_result",
                    "/data_connectors/{data_connector_id}/execution_results/{id}",
                )
            },
        }
        _kwargs["headers"] = headers

        parsed: DataConnectorExecutionResult = await self._request(
            _kwargs,
            {200: DataConnectorExecutionResult.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def update(
        self,
        id: str,
        *,
        body: UpdateDataConnectorRequest | UpdateDataConnectorRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        audiences: Sequence[UpdateDataConnectorRequestAudiencesItem] = NOT_GIVEN,
        bypass_authentication: bool = NOT_GIVEN,
        customer_authentication: bool = NOT_GIVEN,
        data_inputs: Sequence[UpdateDataConnectorRequestDataInputsItemDict] = NOT_GIVEN,
        description: str = NOT_GIVEN,
        direct_fin_usage: bool = NOT_GIVEN,
        http_method: UpdateDataConnectorRequestHttpMethod = NOT_GIVEN,
        mock_response: Mapping[str, Any] = NOT_GIVEN,
        name: str = NOT_GIVEN,
        state: UpdateDataConnectorRequestState = NOT_GIVEN,
        token_ids: Sequence[str] = NOT_GIVEN,
        url: str = NOT_GIVEN,
        validate_missing_attributes: bool = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataConnectorDetail:
        """Update a data connector

        Update an existing data connector. Only provided fields are changed. Set `state` to `live` or
        `draft` to change the connector's state.

        Args:
            id (str):
            body (UpdateDataConnectorRequest | UpdateDataConnectorRequestDict | Unset): Update an
                existing data connector. All fields are optional — only provided fields will be updated.
                Set `state` to `live` or `draft` to change the connector's state.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            audiences (Sequence[UpdateDataConnectorRequestAudiencesItem]): The body's field audiences
                (instead of body=). The audience types this connector targets.
            bypass_authentication (bool): The body's field bypass_authentication (instead of body=).
                Whether authentication is bypassed for this connector.
            customer_authentication (bool): The body's field customer_authentication (instead of
                body=). Whether OTP authentication is enabled for this connector.
            data_inputs (Sequence[UpdateDataConnectorRequestDataInputsItemDict]): The body's field
                data_inputs (instead of body=). The input parameters accepted by this data connector.
                Replaces all existing inputs.
            description (str): The body's field description (instead of body=). A description of what
                this data connector does.
            direct_fin_usage (bool): The body's field direct_fin_usage (instead of body=). Whether
                this connector is used directly by Fin.
            http_method (UpdateDataConnectorRequestHttpMethod): The body's field http_method (instead
                of body=). The HTTP method used by the data connector.
            mock_response (Mapping[str, Any]): The body's field mock_response (instead of body=). A
                sample JSON response from the external API. Auto-generates `response_fields` and sets
                `configuration_response_type` to `mock_response_type`.
            name (str): The body's field name (instead of body=). The name of the data connector.
            state (UpdateDataConnectorRequestState): The body's field state (instead of body=). The
                desired state of the connector.
            token_ids (Sequence[str]): The body's field token_ids (instead of body=). IDs of
                authentication tokens to attach to this data connector. An empty array removes all tokens.
            url (str): The body's field url (instead of body=). The URL of the external API endpoint.
                Supports template variables like `{{order_id}}`.
            validate_missing_attributes (bool): The body's field validate_missing_attributes (instead
                of body=). Whether to validate missing attributes before execution.
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
            DataConnectorDetail
        """

        from ...models.data_connector_detail import DataConnectorDetail
        from ...models.update_data_connector_request import UpdateDataConnectorRequest

        body = cast(
            "UpdateDataConnectorRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "audiences": audiences,
                        "bypass_authentication": bypass_authentication,
                        "customer_authentication": customer_authentication,
                        "data_inputs": data_inputs,
                        "description": description,
                        "direct_fin_usage": direct_fin_usage,
                        "http_method": http_method,
                        "mock_response": mock_response,
                        "name": name,
                        "state": state,
                        "token_ids": token_ids,
                        "url": url,
                        "validate_missing_attributes": validate_missing_attributes,
                    },
                    "UpdateDataConnectorRequest",
                ),
                UpdateDataConnectorRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "patch",
            "url": "/data_connectors/{id}".format(
                id=path_segment("id", id, "PATCH /data_connectors/{id}"),
            ),
            "extensions": {OPERATION: ("data_connectors.update", "/data_connectors/{id}")},
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: DataConnectorDetail = await self._request(
            _kwargs,
            {200: DataConnectorDetail.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncDataConnectorsRawResource:
    """``client.data_connectors.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncDataConnectorsResource) -> None:
        raw = AsyncDataConnectorsResource(resource._client, raw=True)
        self.create = async_raw(raw.create)
        self.delete = async_raw(raw.delete)
        self.retrieve = async_raw(raw.retrieve)
        self.retrieve_execution_result = async_raw(raw.retrieve_execution_result)
        self.update = async_raw(raw.update)


class DataConnectorsResource(SyncResource):
    """``client.data_connectors`` of Intercom: 7 operations."""

    @property
    def with_raw_response(self) -> DataConnectorsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return DataConnectorsRawResource(self)

    def create(
        self,
        *,
        body: CreateDataConnectorRequest | CreateDataConnectorRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        name: str = NOT_GIVEN,
        audiences: Sequence[CreateDataConnectorRequestAudiencesItem] = NOT_GIVEN,
        bypass_authentication: bool = NOT_GIVEN,
        customer_authentication: bool = NOT_GIVEN,
        data_inputs: Sequence[CreateDataConnectorRequestDataInputsItemDict] = NOT_GIVEN,
        description: str = NOT_GIVEN,
        direct_fin_usage: bool = NOT_GIVEN,
        http_method: CreateDataConnectorRequestHttpMethod = NOT_GIVEN,
        mock_response: Mapping[str, Any] = NOT_GIVEN,
        token_ids: Sequence[str] = NOT_GIVEN,
        url: str = NOT_GIVEN,
        validate_missing_attributes: bool = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataConnectorDetail:
        """Create a data connector

        Create a new data connector. The connector is created in `draft` state. Configure its URL, headers,
        data inputs, and other settings, then set it to `live` when ready.

        Args:
            body (CreateDataConnectorRequest | CreateDataConnectorRequestDict): You can create a data
                connector by providing the required parameters.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            name (str): The body's field name (instead of body=). The name of the data connector.
            audiences (Sequence[CreateDataConnectorRequestAudiencesItem]): The body's field audiences
                (instead of body=). The user types this connector is available for.
            bypass_authentication (bool): The body's field bypass_authentication (instead of body=).
                Whether authentication is bypassed entirely (public endpoint). Defaults to false.
            customer_authentication (bool): The body's field customer_authentication (instead of
                body=). Whether the connector requires customer authentication before executing. Defaults
                to false.
            data_inputs (Sequence[CreateDataConnectorRequestDataInputsItemDict]): The body's field
                data_inputs (instead of body=). Input parameters accepted by the connector.
            description (str): The body's field description (instead of body=). A description of what
                this data connector does.
            direct_fin_usage (bool): The body's field direct_fin_usage (instead of body=). Whether the
                connector is used directly by Fin (true) or only in workflows (false). Defaults to false.
            http_method (CreateDataConnectorRequestHttpMethod): The body's field http_method (instead
                of body=). The HTTP method used when calling the external API.
            mock_response (Mapping[str, Any]): The body's field mock_response (instead of body=). A
                sample JSON response from the external API. Auto-generates `response_fields` and sets
                `configuration_response_type` to `mock_response_type`.
            token_ids (Sequence[str]): The body's field token_ids (instead of body=). IDs of
                authentication tokens to attach to this data connector.
            url (str): The body's field url (instead of body=). The URL of the external API endpoint.
                Supports template variables like `{{order_id}}`.
            validate_missing_attributes (bool): The body's field validate_missing_attributes (instead
                of body=). Whether to validate that all required data inputs have values before executing.
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
            DataConnectorDetail
        """

        from ...models.create_data_connector_request import CreateDataConnectorRequest
        from ...models.data_connector_detail import DataConnectorDetail

        body = cast(
            "CreateDataConnectorRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "name": name,
                        "audiences": audiences,
                        "bypass_authentication": bypass_authentication,
                        "customer_authentication": customer_authentication,
                        "data_inputs": data_inputs,
                        "description": description,
                        "direct_fin_usage": direct_fin_usage,
                        "http_method": http_method,
                        "mock_response": mock_response,
                        "token_ids": token_ids,
                        "url": url,
                        "validate_missing_attributes": validate_missing_attributes,
                    },
                    "CreateDataConnectorRequest",
                ),
                CreateDataConnectorRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/data_connectors",
            "extensions": {OPERATION: ("data_connectors.create", "/data_connectors")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: DataConnectorDetail = self._request(
            _kwargs,
            {201: DataConnectorDetail.from_dict},
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
    ) -> DeletedDataConnectorObject:
        """Delete a data connector

        Delete an existing data connector. The connector must be in `draft` state and must not be in use by
        any workflows or AI agents.

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
            DeletedDataConnectorObject
        """

        from ...models.deleted_data_connector_object import DeletedDataConnectorObject

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/data_connectors/{id}".format(
                id=path_segment("id", id, "DELETE /data_connectors/{id}"),
            ),
            "extensions": {OPERATION: ("data_connectors.delete", "/data_connectors/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: DeletedDataConnectorObject = self._request(
            _kwargs,
            {200: DeletedDataConnectorObject.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list(
        self,
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
    ) -> SyncPaginator[DataConnector, DataConnectorList]:
        """List all data connectors

        Returns a paginated list of all data connectors for the workspace, ordered by most recently updated
        first. Data connectors allow workflows and AI agents to make HTTP requests to external APIs.

        Args:
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
            SyncPaginator[DataConnector, DataConnectorList]
        """

        from ...models.data_connector_list import DataConnectorList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/data_connectors",
            "extensions": {OPERATION: ("data_connectors.list", "/data_connectors")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.data_connectors.list_data_connectors"],
            _kwargs,
            {200: DataConnectorList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_execution_results(
        self,
        data_connector_id: str,
        *,
        success: ListDataConnectorExecutionResultsSuccess | Unset = UNSET,
        error_type: ListDataConnectorExecutionResultsErrorType | Unset = UNSET,
        start_ts: int | Unset = UNSET,
        end_ts: int | Unset = UNSET,
        include_bodies: ListDataConnectorExecutionResultsIncludeBodies | Unset = UNSET,
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
    ) -> SyncPaginator[DataConnectorExecutionResult, DataConnectorExecutionResultList]:
        """List execution results for a data connector

        Retrieve paginated execution logs for a specific data connector.
        Results from the last hour are returned by default. Use `start_ts` and `end_ts` to customize the
        time range.

        Request/response bodies are excluded by default. Use `include_bodies=true` to include them.

        Args:
            data_connector_id (str):  Example: 12345.
            success (ListDataConnectorExecutionResultsSuccess | Unset):
            error_type (ListDataConnectorExecutionResultsErrorType | Unset):
            start_ts (int | Unset):
            end_ts (int | Unset):
            include_bodies (ListDataConnectorExecutionResultsIncludeBodies | Unset):
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
            SyncPaginator[DataConnectorExecutionResult, DataConnectorExecutionResultList]
        """

        from ...models.data_connector_execution_result_list import DataConnectorExecutionResultList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        json_success: str | Unset = UNSET
        if not isinstance(success, Unset):
            json_success = success

        params["success"] = json_success
        json_error_type: str | Unset = UNSET
        if not isinstance(error_type, Unset):
            json_error_type = error_type

        params["error_type"] = json_error_type
        params["start_ts"] = start_ts
        params["end_ts"] = end_ts
        json_include_bodies: str | Unset = UNSET
        if not isinstance(include_bodies, Unset):
            json_include_bodies = include_bodies

        params["include_bodies"] = json_include_bodies
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/data_connectors/{data_connector_id}/execution_results".format(
                data_connector_id=path_segment(
                    "data_connector_id", data_connector_id, "GET /data_connectors/{data_connector_id}/execution_results"
                ),
            ),
            "extensions": {
                OPERATION: (
                    "data_connectors.list_execution_results",
                    "/data_connectors/{data_connector_id}/execution_results",
                )
            },
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.data_connectors.list_data_connector_execution_results"],
            _kwargs,
            {200: DataConnectorExecutionResultList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        id: str,
        *,
        state_version: RetrieveDataConnectorStateVersion | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataConnectorDetail:
        """Retrieve a data connector

        You can retrieve the full detail of a single data connector by its ID.

        The response includes configuration, data inputs, response fields, and object mappings.

        Args:
            id (str):
            state_version (RetrieveDataConnectorStateVersion | Unset):
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
            DataConnectorDetail
        """

        from ...models.data_connector_detail import DataConnectorDetail

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        json_state_version: str | Unset = UNSET
        if not isinstance(state_version, Unset):
            json_state_version = state_version

        params["state_version"] = json_state_version
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/data_connectors/{id}".format(
                id=path_segment("id", id, "GET /data_connectors/{id}"),
            ),
            "extensions": {OPERATION: ("data_connectors.retrieve", "/data_connectors/{id}")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: DataConnectorDetail = self._request(
            _kwargs,
            {200: DataConnectorDetail.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def retrieve_execution_result(
        self,
        data_connector_id: str,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataConnectorExecutionResult:
        """Retrieve an execution result

        Retrieve details for a specific data connector execution result.
        Always includes request/response bodies and the sanitised request URL.

        Args:
            data_connector_id (str):  Example: 12345.
            id (str):  Example: 99001.
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
            DataConnectorExecutionResult
        """

        from ...models.data_connector_execution_result import DataConnectorExecutionResult

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/data_connectors/{data_connector_id}/execution_results/{id}".format(
                data_connector_id=path_segment(
                    "data_connector_id",
                    data_connector_id,
                    "GET /data_connectors/{data_connector_id}/execution_results/{id}",
                ),
                id=path_segment("id", id, "GET /data_connectors/{data_connector_id}/execution_results/{id}"),
            ),
            "extensions": {
                OPERATION: (
                    "data_connectors.retrieve_execution_result",
                    "/data_connectors/{data_connector_id}/execution_results/{id}",
                )
            },
        }
        _kwargs["headers"] = headers

        parsed: DataConnectorExecutionResult = self._request(
            _kwargs,
            {200: DataConnectorExecutionResult.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def update(
        self,
        id: str,
        *,
        body: UpdateDataConnectorRequest | UpdateDataConnectorRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        audiences: Sequence[UpdateDataConnectorRequestAudiencesItem] = NOT_GIVEN,
        bypass_authentication: bool = NOT_GIVEN,
        customer_authentication: bool = NOT_GIVEN,
        data_inputs: Sequence[UpdateDataConnectorRequestDataInputsItemDict] = NOT_GIVEN,
        description: str = NOT_GIVEN,
        direct_fin_usage: bool = NOT_GIVEN,
        http_method: UpdateDataConnectorRequestHttpMethod = NOT_GIVEN,
        mock_response: Mapping[str, Any] = NOT_GIVEN,
        name: str = NOT_GIVEN,
        state: UpdateDataConnectorRequestState = NOT_GIVEN,
        token_ids: Sequence[str] = NOT_GIVEN,
        url: str = NOT_GIVEN,
        validate_missing_attributes: bool = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataConnectorDetail:
        """Update a data connector

        Update an existing data connector. Only provided fields are changed. Set `state` to `live` or
        `draft` to change the connector's state.

        Args:
            id (str):
            body (UpdateDataConnectorRequest | UpdateDataConnectorRequestDict | Unset): Update an
                existing data connector. All fields are optional — only provided fields will be updated.
                Set `state` to `live` or `draft` to change the connector's state.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            audiences (Sequence[UpdateDataConnectorRequestAudiencesItem]): The body's field audiences
                (instead of body=). The audience types this connector targets.
            bypass_authentication (bool): The body's field bypass_authentication (instead of body=).
                Whether authentication is bypassed for this connector.
            customer_authentication (bool): The body's field customer_authentication (instead of
                body=). Whether OTP authentication is enabled for this connector.
            data_inputs (Sequence[UpdateDataConnectorRequestDataInputsItemDict]): The body's field
                data_inputs (instead of body=). The input parameters accepted by this data connector.
                Replaces all existing inputs.
            description (str): The body's field description (instead of body=). A description of what
                this data connector does.
            direct_fin_usage (bool): The body's field direct_fin_usage (instead of body=). Whether
                this connector is used directly by Fin.
            http_method (UpdateDataConnectorRequestHttpMethod): The body's field http_method (instead
                of body=). The HTTP method used by the data connector.
            mock_response (Mapping[str, Any]): The body's field mock_response (instead of body=). A
                sample JSON response from the external API. Auto-generates `response_fields` and sets
                `configuration_response_type` to `mock_response_type`.
            name (str): The body's field name (instead of body=). The name of the data connector.
            state (UpdateDataConnectorRequestState): The body's field state (instead of body=). The
                desired state of the connector.
            token_ids (Sequence[str]): The body's field token_ids (instead of body=). IDs of
                authentication tokens to attach to this data connector. An empty array removes all tokens.
            url (str): The body's field url (instead of body=). The URL of the external API endpoint.
                Supports template variables like `{{order_id}}`.
            validate_missing_attributes (bool): The body's field validate_missing_attributes (instead
                of body=). Whether to validate missing attributes before execution.
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
            DataConnectorDetail
        """

        from ...models.data_connector_detail import DataConnectorDetail
        from ...models.update_data_connector_request import UpdateDataConnectorRequest

        body = cast(
            "UpdateDataConnectorRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "audiences": audiences,
                        "bypass_authentication": bypass_authentication,
                        "customer_authentication": customer_authentication,
                        "data_inputs": data_inputs,
                        "description": description,
                        "direct_fin_usage": direct_fin_usage,
                        "http_method": http_method,
                        "mock_response": mock_response,
                        "name": name,
                        "state": state,
                        "token_ids": token_ids,
                        "url": url,
                        "validate_missing_attributes": validate_missing_attributes,
                    },
                    "UpdateDataConnectorRequest",
                ),
                UpdateDataConnectorRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "patch",
            "url": "/data_connectors/{id}".format(
                id=path_segment("id", id, "PATCH /data_connectors/{id}"),
            ),
            "extensions": {OPERATION: ("data_connectors.update", "/data_connectors/{id}")},
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: DataConnectorDetail = self._request(
            _kwargs,
            {200: DataConnectorDetail.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class DataConnectorsRawResource:
    """``client.data_connectors.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: DataConnectorsResource) -> None:
        raw = DataConnectorsResource(resource._client, raw=True)
        self.create = sync_raw(raw.create)
        self.delete = sync_raw(raw.delete)
        self.retrieve = sync_raw(raw.retrieve)
        self.retrieve_execution_result = sync_raw(raw.retrieve_execution_result)
        self.update = sync_raw(raw.update)
