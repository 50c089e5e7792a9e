# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.bulk_update_companies_request import BulkUpdateCompaniesRequest
from ...models.companies_bulk_job import CompaniesBulkJob
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    WrongType,
    decode_json,
)


def _get_kwargs(
    *,
    body: BulkUpdateCompaniesRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/companies/bulk",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Any, response: httpx.Response) -> CompaniesBulkJob:
    try:
        if response.status_code == 202:
            return CompaniesBulkJob.from_dict(decode_json(response))

        pass
    except ResponseDecodingError as exc:
        exc.response = response
        raise
    except WrongType as exc:
        raise ResponseDecodingError(str(exc), response=response) from None
    raise errors.error_for_response(response)


def _build_response(*, client: Any, response: httpx.Response) -> Response[CompaniesBulkJob]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: BulkUpdateCompaniesRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[CompaniesBulkJob]:
    """Bulk update companies

     You can bulk update companies by submitting an array of company objects with the fields to update.
    Each company must include an `id` field identifying the company to update by its Intercom company
    `id`. An unknown `id` fails that item and never creates a company.

    Only the fields listed in the request schema below can be set. Any other fields in a company object
    are ignored.

    The endpoint creates an async job that processes the updates in the background. Use the returned job
    ID with `GET /companies/bulk/{id}` to check the job status.

    {% admonition type="info" name="Limits" %}
      - Maximum of 100 companies per request.
      - You can append tasks to an existing job by including `job.id` in the request body.
    {% /admonition %}

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (BulkUpdateCompaniesRequest | Unset): Request body for bulk updating companies.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[CompaniesBulkJob]
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Intercom,
    body: BulkUpdateCompaniesRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> CompaniesBulkJob:
    """Bulk update companies

     You can bulk update companies by submitting an array of company objects with the fields to update.
    Each company must include an `id` field identifying the company to update by its Intercom company
    `id`. An unknown `id` fails that item and never creates a company.

    Only the fields listed in the request schema below can be set. Any other fields in a company object
    are ignored.

    The endpoint creates an async job that processes the updates in the background. Use the returned job
    ID with `GET /companies/bulk/{id}` to check the job status.

    {% admonition type="info" name="Limits" %}
      - Maximum of 100 companies per request.
      - You can append tasks to an existing job by including `job.id` in the request body.
    {% /admonition %}

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (BulkUpdateCompaniesRequest | Unset): Request body for bulk updating companies.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        CompaniesBulkJob
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: BulkUpdateCompaniesRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[CompaniesBulkJob]:
    """Bulk update companies

     You can bulk update companies by submitting an array of company objects with the fields to update.
    Each company must include an `id` field identifying the company to update by its Intercom company
    `id`. An unknown `id` fails that item and never creates a company.

    Only the fields listed in the request schema below can be set. Any other fields in a company object
    are ignored.

    The endpoint creates an async job that processes the updates in the background. Use the returned job
    ID with `GET /companies/bulk/{id}` to check the job status.

    {% admonition type="info" name="Limits" %}
      - Maximum of 100 companies per request.
      - You can append tasks to an existing job by including `job.id` in the request body.
    {% /admonition %}

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (BulkUpdateCompaniesRequest | Unset): Request body for bulk updating companies.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[CompaniesBulkJob]
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    response = await client.request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncIntercom,
    body: BulkUpdateCompaniesRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> CompaniesBulkJob:
    """Bulk update companies

     You can bulk update companies by submitting an array of company objects with the fields to update.
    Each company must include an `id` field identifying the company to update by its Intercom company
    `id`. An unknown `id` fails that item and never creates a company.

    Only the fields listed in the request schema below can be set. Any other fields in a company object
    are ignored.

    The endpoint creates an async job that processes the updates in the background. Use the returned job
    ID with `GET /companies/bulk/{id}` to check the job status.

    {% admonition type="info" name="Limits" %}
      - Maximum of 100 companies per request.
      - You can append tasks to an existing job by including `job.id` in the request body.
    {% /admonition %}

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (BulkUpdateCompaniesRequest | Unset): Request body for bulk updating companies.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        CompaniesBulkJob
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=await client.request(**kwargs))
