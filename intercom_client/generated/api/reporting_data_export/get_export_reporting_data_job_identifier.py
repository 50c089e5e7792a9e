# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.intercom_version import IntercomVersion
from ...models.reporting_data_export_job import ReportingDataExportJob
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
    path_segment,
)

_OPERATION = "GET /export/reporting_data/{job_identifier}"


def _get_kwargs(
    job_identifier: str,
    *,
    app_id: str,
    client_id: str,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    params: dict[str, Any] = {}

    params["app_id"] = app_id

    params["client_id"] = client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/export/reporting_data/{job_identifier}".format(
            job_identifier=path_segment("job_identifier", job_identifier, _OPERATION),
        ),
    }
    if params:  # no params at all spares httpx a second parse of the URL
        _kwargs["params"] = params

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> ReportingDataExportJob:
    if response.status_code == 200:
        return decode_response(response, ReportingDataExportJob.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[ReportingDataExportJob]:
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
    app_id: str,
    client_id: str,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[ReportingDataExportJob]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        job_identifier=job_identifier,
        app_id=app_id,
        client_id=client_id,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    job_identifier: str,
    *,
    client: Intercom,
    app_id: str,
    client_id: str,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> ReportingDataExportJob:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        job_identifier=job_identifier,
        app_id=app_id,
        client_id=client_id,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    job_identifier: str,
    *,
    client: AsyncIntercom,
    app_id: str,
    client_id: str,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[ReportingDataExportJob]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        job_identifier=job_identifier,
        app_id=app_id,
        client_id=client_id,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    job_identifier: str,
    *,
    client: AsyncIntercom,
    app_id: str,
    client_id: str,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> ReportingDataExportJob:
    """Get export job status: ``GET /export/reporting_data/{job_identifier}``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        job_identifier=job_identifier,
        app_id=app_id,
        client_id=client_id,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
