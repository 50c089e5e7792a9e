# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.ecommerce_catalog_upload_part_response import EcommerceCatalogUploadPartResponse
from ...models.ecommerce_catalog_upload_response import EcommerceCatalogUploadResponse
from ...models.intercom_version import IntercomVersion
from ...models.upload_ecommerce_catalog_body import UploadEcommerceCatalogBody
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
    path_segment,
)

_OPERATION = "POST /ecommerce/connectors/{id}/catalog"


def _get_kwargs(
    id: str,
    *,
    body: UploadEcommerceCatalogBody | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ecommerce/connectors/{id}/catalog".format(
            id=path_segment("id", id, _OPERATION),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, *, strict: bool = False
) -> EcommerceCatalogUploadPartResponse | EcommerceCatalogUploadResponse:
    if response.status_code == 200:
        return decode_response(response, EcommerceCatalogUploadPartResponse.from_dict, strict=strict)

    if response.status_code == 202:
        return decode_response(response, EcommerceCatalogUploadResponse.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(
    response: httpx.Response, *, strict: bool = False
) -> Response[EcommerceCatalogUploadPartResponse | EcommerceCatalogUploadResponse]:
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
    body: UploadEcommerceCatalogBody | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[EcommerceCatalogUploadPartResponse | EcommerceCatalogUploadResponse]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    id: str,
    *,
    client: Intercom,
    body: UploadEcommerceCatalogBody | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> EcommerceCatalogUploadPartResponse | EcommerceCatalogUploadResponse:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncIntercom,
    body: UploadEcommerceCatalogBody | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[EcommerceCatalogUploadPartResponse | EcommerceCatalogUploadResponse]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    id: str,
    *,
    client: AsyncIntercom,
    body: UploadEcommerceCatalogBody | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> EcommerceCatalogUploadPartResponse | EcommerceCatalogUploadResponse:
    """Upload a product catalog: ``POST /ecommerce/connectors/{id}/catalog``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
