# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.data_attribute_list import DataAttributeList
from ...models.intercom_version import IntercomVersion
from ...models.list_data_attributes_model import ListDataAttributesModel
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
)


def _get_kwargs(
    *,
    model: ListDataAttributesModel | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
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
    }
    if params:  # no params at all spares httpx a second parse of the URL
        _kwargs["params"] = params

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> DataAttributeList:
    if response.status_code == 200:
        return decode_response(response, DataAttributeList.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[DataAttributeList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    *,
    client: Intercom,
    model: ListDataAttributesModel | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[DataAttributeList]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        model=model,
        include_archived=include_archived,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    *,
    client: Intercom,
    model: ListDataAttributesModel | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> DataAttributeList:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        model=model,
        include_archived=include_archived,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    model: ListDataAttributesModel | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[DataAttributeList]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        model=model,
        include_archived=include_archived,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    *,
    client: AsyncIntercom,
    model: ListDataAttributesModel | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> DataAttributeList:
    """List all data attributes: ``GET /data_attributes``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        model=model,
        include_archived=include_archived,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
