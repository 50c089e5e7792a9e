# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.data_export import DataExport
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
    path_segment,
)

_OPERATION = "POST /export/cancel/{job_identifier}"


def _get_kwargs(
    job_identifier: str,
    *,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/export/cancel/{job_identifier}".format(
            job_identifier=path_segment("job_identifier", job_identifier, _OPERATION),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> DataExport:
    if response.status_code == 200:
        return decode_response(response, DataExport.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[DataExport]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    job_identifier: str,
    *,
    client: Intercom,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[DataExport]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        job_identifier=job_identifier,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    job_identifier: str,
    *,
    client: Intercom,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> DataExport:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        job_identifier=job_identifier,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    job_identifier: str,
    *,
    client: AsyncIntercom,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[DataExport]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        job_identifier=job_identifier,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    job_identifier: str,
    *,
    client: AsyncIntercom,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> DataExport:
    """Cancel content data export: ``POST /export/cancel/{job_identifier}``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        job_identifier=job_identifier,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
