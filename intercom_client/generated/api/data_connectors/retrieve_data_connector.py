# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.data_connector_detail import DataConnectorDetail
from ...models.intercom_version import IntercomVersion
from ...models.retrieve_data_connector_state_version import (
    RetrieveDataConnectorStateVersion,
)
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
    path_segment,
)

_OPERATION = "GET /data_connectors/{id}"


def _get_kwargs(
    id: str,
    *,
    state_version: RetrieveDataConnectorStateVersion | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
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
            id=path_segment("id", id, _OPERATION),
        ),
    }
    if params:  # no params at all spares httpx a second parse of the URL
        _kwargs["params"] = params

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> DataConnectorDetail:
    if response.status_code == 200:
        return decode_response(response, DataConnectorDetail.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[DataConnectorDetail]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    id: str,
    *,
    client: Intercom,
    state_version: RetrieveDataConnectorStateVersion | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[DataConnectorDetail]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        id=id,
        state_version=state_version,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    id: str,
    *,
    client: Intercom,
    state_version: RetrieveDataConnectorStateVersion | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> DataConnectorDetail:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        id=id,
        state_version=state_version,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncIntercom,
    state_version: RetrieveDataConnectorStateVersion | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[DataConnectorDetail]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        id=id,
        state_version=state_version,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    id: str,
    *,
    client: AsyncIntercom,
    state_version: RetrieveDataConnectorStateVersion | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> DataConnectorDetail:
    """Retrieve a data connector: ``GET /data_connectors/{id}``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        id=id,
        state_version=state_version,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
