# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.enqueue_create_ticket_body import EnqueueCreateTicketBody
from ...models.intercom_version import IntercomVersion
from ...models.jobs import Jobs
from ...types import (
    UNSET,
    Response,
    Unset,
    WrongType,
    decode_json,
)


def _get_kwargs(
    *,
    body: EnqueueCreateTicketBody | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tickets/enqueue",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Any, response: httpx.Response) -> Jobs:
    try:
        if response.status_code == 200:
            return Jobs.from_dict(decode_json(response))

        pass
    except ResponseDecodingError as exc:
        exc.response = response
        raise
    except WrongType as exc:
        raise ResponseDecodingError(str(exc), response=response) from None
    raise errors.error_for_response(response)


def _build_response(*, client: Any, response: httpx.Response) -> Response[Jobs]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: EnqueueCreateTicketBody | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Jobs]:
    """Enqueue create ticket

     Enqueues ticket creation for asynchronous processing, returning if the job was enqueued successfully
    to be processed. We attempt to perform a best-effort validation on inputs before tasks are enqueued.
    If the given parameters are incorrect, we won't enqueue the job.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (EnqueueCreateTicketBody | Unset):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[Jobs]
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
    body: EnqueueCreateTicketBody | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Jobs:
    """Enqueue create ticket

     Enqueues ticket creation for asynchronous processing, returning if the job was enqueued successfully
    to be processed. We attempt to perform a best-effort validation on inputs before tasks are enqueued.
    If the given parameters are incorrect, we won't enqueue the job.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (EnqueueCreateTicketBody | Unset):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Jobs
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: EnqueueCreateTicketBody | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Jobs]:
    """Enqueue create ticket

     Enqueues ticket creation for asynchronous processing, returning if the job was enqueued successfully
    to be processed. We attempt to perform a best-effort validation on inputs before tasks are enqueued.
    If the given parameters are incorrect, we won't enqueue the job.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (EnqueueCreateTicketBody | Unset):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[Jobs]
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
    body: EnqueueCreateTicketBody | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Jobs:
    """Enqueue create ticket

     Enqueues ticket creation for asynchronous processing, returning if the job was enqueued successfully
    to be processed. We attempt to perform a best-effort validation on inputs before tasks are enqueued.
    If the given parameters are incorrect, we won't enqueue the job.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (EnqueueCreateTicketBody | Unset):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Jobs
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=await client.request(**kwargs))
