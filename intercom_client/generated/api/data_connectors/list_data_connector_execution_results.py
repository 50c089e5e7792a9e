# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.data_connector_execution_result_list import DataConnectorExecutionResultList
from ...models.intercom_version import IntercomVersion
from ...models.list_data_connector_execution_results_error_type import (
    ListDataConnectorExecutionResultsErrorType,
)
from ...models.list_data_connector_execution_results_include_bodies import (
    ListDataConnectorExecutionResultsIncludeBodies,
)
from ...models.list_data_connector_execution_results_success import (
    ListDataConnectorExecutionResultsSuccess,
)
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
    path_segment,
)

_OPERATION = "GET /data_connectors/{data_connector_id}/execution_results"


def _get_kwargs(
    data_connector_id: str,
    *,
    per_page: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    success: ListDataConnectorExecutionResultsSuccess | Unset = UNSET,
    error_type: ListDataConnectorExecutionResultsErrorType | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    include_bodies: ListDataConnectorExecutionResultsIncludeBodies | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["starting_after"] = starting_after

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
            data_connector_id=path_segment("data_connector_id", data_connector_id, _OPERATION),
        ),
    }
    if params:  # no params at all spares httpx a second parse of the URL
        _kwargs["params"] = params

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> DataConnectorExecutionResultList:
    if response.status_code == 200:
        return decode_response(response, DataConnectorExecutionResultList.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[DataConnectorExecutionResultList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    data_connector_id: str,
    *,
    client: Intercom,
    per_page: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    success: ListDataConnectorExecutionResultsSuccess | Unset = UNSET,
    error_type: ListDataConnectorExecutionResultsErrorType | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    include_bodies: ListDataConnectorExecutionResultsIncludeBodies | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[DataConnectorExecutionResultList]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        data_connector_id=data_connector_id,
        per_page=per_page,
        starting_after=starting_after,
        success=success,
        error_type=error_type,
        start_ts=start_ts,
        end_ts=end_ts,
        include_bodies=include_bodies,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    data_connector_id: str,
    *,
    client: Intercom,
    per_page: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    success: ListDataConnectorExecutionResultsSuccess | Unset = UNSET,
    error_type: ListDataConnectorExecutionResultsErrorType | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    include_bodies: ListDataConnectorExecutionResultsIncludeBodies | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> DataConnectorExecutionResultList:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        data_connector_id=data_connector_id,
        per_page=per_page,
        starting_after=starting_after,
        success=success,
        error_type=error_type,
        start_ts=start_ts,
        end_ts=end_ts,
        include_bodies=include_bodies,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    data_connector_id: str,
    *,
    client: AsyncIntercom,
    per_page: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    success: ListDataConnectorExecutionResultsSuccess | Unset = UNSET,
    error_type: ListDataConnectorExecutionResultsErrorType | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    include_bodies: ListDataConnectorExecutionResultsIncludeBodies | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[DataConnectorExecutionResultList]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        data_connector_id=data_connector_id,
        per_page=per_page,
        starting_after=starting_after,
        success=success,
        error_type=error_type,
        start_ts=start_ts,
        end_ts=end_ts,
        include_bodies=include_bodies,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    data_connector_id: str,
    *,
    client: AsyncIntercom,
    per_page: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    success: ListDataConnectorExecutionResultsSuccess | Unset = UNSET,
    error_type: ListDataConnectorExecutionResultsErrorType | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
    include_bodies: ListDataConnectorExecutionResultsIncludeBodies | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> DataConnectorExecutionResultList:
    """List execution results for a data connector: ``GET /data_connectors/{data_connector_id}/execution_results``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        data_connector_id=data_connector_id,
        per_page=per_page,
        starting_after=starting_after,
        success=success,
        error_type=error_type,
        start_ts=start_ts,
        end_ts=end_ts,
        include_bodies=include_bodies,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
