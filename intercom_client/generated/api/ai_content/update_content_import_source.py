# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.content_import_source import ContentImportSource
from ...models.intercom_version import IntercomVersion
from ...models.update_content_import_source_request import UpdateContentImportSourceRequest
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
    path_segment,
)

_OPERATION = "PUT /ai/content_import_sources/{id}"


def _get_kwargs(
    id: str,
    *,
    body: UpdateContentImportSourceRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ai/content_import_sources/{id}".format(
            id=path_segment("id", id, _OPERATION),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> ContentImportSource:
    if response.status_code == 200:
        return decode_response(response, ContentImportSource.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[ContentImportSource]:
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
    body: UpdateContentImportSourceRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[ContentImportSource]:
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
    body: UpdateContentImportSourceRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> ContentImportSource:
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
    body: UpdateContentImportSourceRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[ContentImportSource]:
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
    body: UpdateContentImportSourceRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> ContentImportSource:
    """Update a content import source: ``PUT /ai/content_import_sources/{id}``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
