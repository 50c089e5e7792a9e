# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.data_connector_execution_result import DataConnectorExecutionResult
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
    path_segment,
)

_OPERATION = "GET /data_connectors/{data_connector_id}/execution_results/{id}"


def _get_kwargs(
    data_connector_id: str,
    id: str,
    *,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data_connectors/{data_connector_id}/execution_results/{id}".format(
            data_connector_id=path_segment("data_connector_id", data_connector_id, _OPERATION),
            id=path_segment("id", id, _OPERATION),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> DataConnectorExecutionResult:
    if response.status_code == 200:
        return decode_response(response, DataConnectorExecutionResult.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[DataConnectorExecutionResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    data_connector_id: str,
    id: str,
    *,
    client: Intercom,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[DataConnectorExecutionResult]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        data_connector_id=data_connector_id,
        id=id,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    data_connector_id: str,
    id: str,
    *,
    client: Intercom,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> DataConnectorExecutionResult:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        data_connector_id=data_connector_id,
        id=id,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    data_connector_id: str,
    id: str,
    *,
    client: AsyncIntercom,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[DataConnectorExecutionResult]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        data_connector_id=data_connector_id,
        id=id,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    data_connector_id: str,
    id: str,
    *,
    client: AsyncIntercom,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> DataConnectorExecutionResult:
    """Retrieve an execution result: ``GET /data_connectors/{data_connector_id}/execution_results/{id}``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        data_connector_id=data_connector_id,
        id=id,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
