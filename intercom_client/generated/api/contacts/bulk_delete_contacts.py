# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.bulk_delete_contacts_request import BulkDeleteContactsRequest
from ...models.contacts_bulk_job import ContactsBulkJob
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
    body: BulkDeleteContactsRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/bulk/delete",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Any, response: httpx.Response) -> ContactsBulkJob:
    try:
        if response.status_code == 202:
            return ContactsBulkJob.from_dict(decode_json(response))

        pass
    except ResponseDecodingError as exc:
        exc.response = response
        raise
    except WrongType as exc:
        raise ResponseDecodingError(str(exc), response=response) from None
    raise errors.error_for_response(response)


def _build_response(*, client: Any, response: httpx.Response) -> Response[ContactsBulkJob]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: BulkDeleteContactsRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[ContactsBulkJob]:
    """Bulk delete contacts

     You can delete contacts in bulk by submitting an array of contact `id`s.

    The endpoint creates an async job that processes the deletes in the background. Use the returned job
    ID with `GET /contacts/bulk/{id}` to check the job status.

    {% admonition type="warning" name="Permanent deletion" %}
      A contact that doesn't exist, or can't be deleted, fails that item and the job's `state` ends as
    `completed_with_errors` (visible via `GET /contacts/bulk/{id}`) without failing the rest of the
    batch.
    {% /admonition %}

    {% admonition type="info" name="Limits" %}
      - Maximum of 100 contacts per request.
      - You can append tasks to an existing job by including `job.id` in the request body.
    {% /admonition %}

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (BulkDeleteContactsRequest | Unset): Request body for permanently bulk deleting
            contacts.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[ContactsBulkJob]
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
    body: BulkDeleteContactsRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> ContactsBulkJob:
    """Bulk delete contacts

     You can delete contacts in bulk by submitting an array of contact `id`s.

    The endpoint creates an async job that processes the deletes in the background. Use the returned job
    ID with `GET /contacts/bulk/{id}` to check the job status.

    {% admonition type="warning" name="Permanent deletion" %}
      A contact that doesn't exist, or can't be deleted, fails that item and the job's `state` ends as
    `completed_with_errors` (visible via `GET /contacts/bulk/{id}`) without failing the rest of the
    batch.
    {% /admonition %}

    {% admonition type="info" name="Limits" %}
      - Maximum of 100 contacts per request.
      - You can append tasks to an existing job by including `job.id` in the request body.
    {% /admonition %}

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (BulkDeleteContactsRequest | Unset): Request body for permanently bulk deleting
            contacts.

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
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: BulkDeleteContactsRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[ContactsBulkJob]:
    """Bulk delete contacts

     You can delete contacts in bulk by submitting an array of contact `id`s.

    The endpoint creates an async job that processes the deletes in the background. Use the returned job
    ID with `GET /contacts/bulk/{id}` to check the job status.

    {% admonition type="warning" name="Permanent deletion" %}
      A contact that doesn't exist, or can't be deleted, fails that item and the job's `state` ends as
    `completed_with_errors` (visible via `GET /contacts/bulk/{id}`) without failing the rest of the
    batch.
    {% /admonition %}

    {% admonition type="info" name="Limits" %}
      - Maximum of 100 contacts per request.
      - You can append tasks to an existing job by including `job.id` in the request body.
    {% /admonition %}

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (BulkDeleteContactsRequest | Unset): Request body for permanently bulk deleting
            contacts.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[ContactsBulkJob]
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
    body: BulkDeleteContactsRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> ContactsBulkJob:
    """Bulk delete contacts

     You can delete contacts in bulk by submitting an array of contact `id`s.

    The endpoint creates an async job that processes the deletes in the background. Use the returned job
    ID with `GET /contacts/bulk/{id}` to check the job status.

    {% admonition type="warning" name="Permanent deletion" %}
      A contact that doesn't exist, or can't be deleted, fails that item and the job's `state` ends as
    `completed_with_errors` (visible via `GET /contacts/bulk/{id}`) without failing the rest of the
    batch.
    {% /admonition %}

    {% admonition type="info" name="Limits" %}
      - Maximum of 100 contacts per request.
      - You can append tasks to an existing job by including `job.id` in the request body.
    {% /admonition %}

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (BulkDeleteContactsRequest | Unset): Request body for permanently bulk deleting
            contacts.

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
    return _parse_response(client=client, response=await client.request(**kwargs))
