# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.audience import Audience
from ...models.create_audience_request import CreateAudienceRequest
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
    body: CreateAudienceRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audiences",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Any, response: httpx.Response) -> Audience:
    try:
        if response.status_code == 201:
            return Audience.from_dict(decode_json(response))

        pass
    except ResponseDecodingError as exc:
        exc.response = response
        raise
    except WrongType as exc:
        raise ResponseDecodingError(str(exc), response=response) from None
    raise errors.error_for_response(response)


def _build_response(*, client: Any, response: httpx.Response) -> Response[Audience]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: CreateAudienceRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Audience]:
    """Create an audience

     You can create a new audience by making a POST request to `https://api.intercom.io/audiences`.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CreateAudienceRequest): The request payload for creating an audience.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[Audience]
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
    body: CreateAudienceRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Audience:
    """Create an audience

     You can create a new audience by making a POST request to `https://api.intercom.io/audiences`.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CreateAudienceRequest): The request payload for creating an audience.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Audience
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: CreateAudienceRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Audience]:
    """Create an audience

     You can create a new audience by making a POST request to `https://api.intercom.io/audiences`.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CreateAudienceRequest): The request payload for creating an audience.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[Audience]
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
    body: CreateAudienceRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Audience:
    """Create an audience

     You can create a new audience by making a POST request to `https://api.intercom.io/audiences`.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CreateAudienceRequest): The request payload for creating an audience.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Audience
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=await client.request(**kwargs))
