# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.bulk_update_contacts_request import BulkUpdateContactsRequest
from ...models.contacts_bulk_job import ContactsBulkJob
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
)


def _get_kwargs(
    *,
    body: BulkUpdateContactsRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/contacts/bulk",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> ContactsBulkJob:
    if response.status_code == 202:
        return decode_response(response, ContactsBulkJob.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[ContactsBulkJob]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: BulkUpdateContactsRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[ContactsBulkJob]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    *,
    client: Intercom,
    body: BulkUpdateContactsRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> ContactsBulkJob:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: BulkUpdateContactsRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[ContactsBulkJob]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    *,
    client: AsyncIntercom,
    body: BulkUpdateContactsRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> ContactsBulkJob:
    """Bulk update contacts

     You can bulk update contacts by submitting an array of contact objects with the fields to update.
    Each contact must include an `id` field identifying the contact to update. You can also add or
    remove tags on each contact by including a `tags` object.

    Only the fields listed in the request schema below can be set. Any other fields in a contact object
    are ignored.

    The endpoint creates an async job that processes the updates in the background. Use the returned job
    ID with `GET /contacts/bulk/{id}` to check the job status.

    {% admonition type="info" name="Limits" %}
      - Maximum of 100 contacts per request.
      - You can append tasks to an existing job by including `job.id` in the request body.
      - Tag application is best-effort and processed asynchronously: unknown tag IDs are skipped, and
    per-tag results are not returned in the job status.
    {% /admonition %}

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (BulkUpdateContactsRequest | Unset): Request body for bulk updating contacts.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        ContactsBulkJob
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
