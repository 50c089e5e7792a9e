# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.create_data_exports_request import CreateDataExportsRequest
from ...models.data_export import DataExport
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
)


def _get_kwargs(
    *,
    body: CreateDataExportsRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/export/content/data",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    *,
    client: Intercom,
    body: CreateDataExportsRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[DataExport]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    *,
    client: Intercom,
    body: CreateDataExportsRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> DataExport:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: CreateDataExportsRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[DataExport]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    *,
    client: AsyncIntercom,
    body: CreateDataExportsRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> DataExport:
    """Create content data export

     To create your export job, you need to send a `POST` request to the export endpoint
    `https://api.intercom.io/export/content/data`.

    This endpoint exports **message delivery and engagement data** for outbound content (Emails, Posts,
    Custom Bots, Surveys, Tours, Series, and more). The exported data includes who received each
    message, when they received it, and how they engaged with it (opens, clicks, replies, completions,
    dismissals, unsubscribes, and bounces). It does not export raw message or conversation content.

    The only parameters you need to provide are the range of dates that you want exported.

    >🚧 Limit of one active job
    >
    > You can only have one active job per workspace. You will receive a HTTP status code of 429 with
    the message Exceeded rate limit of 1 pending message data export jobs if you attempt to create a
    second concurrent job.

    >❗️ Updated_at not included
    >
    > It should be noted that the timeframe only includes messages sent during the time period and not
    messages that were only updated during this period. For example, if a message was updated yesterday
    but sent two days ago, you would need to set the created_at_after date before the message was sent
    to include that in your retrieval job.

    >📘 Date ranges are inclusive
    >
    > Requesting data for 2018-06-01 until 2018-06-30 will get all data for those days including those
    specified - e.g. 2018-06-01 00:00:00 until 2018-06-30 23:59:99.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CreateDataExportsRequest | Unset): Request for creating a data export

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        DataExport
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
