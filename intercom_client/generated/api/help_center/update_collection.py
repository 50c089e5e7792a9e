# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.collection import Collection
from ...models.intercom_version import IntercomVersion
from ...models.update_collection_request import UpdateCollectionRequest
from ...types import (
    UNSET,
    Response,
    Unset,
    WrongType,
    decode_json,
)


def _get_kwargs(
    id: int,
    *,
    body: UpdateCollectionRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/help_center/collections/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Any, response: httpx.Response) -> Collection:
    try:
        if response.status_code == 200:
            return Collection.from_dict(decode_json(response))

        pass
    except ResponseDecodingError as exc:
        exc.response = response
        raise
    except WrongType as exc:
        raise ResponseDecodingError(str(exc), response=response) from None
    raise errors.error_for_response(response)


def _build_response(*, client: Any, response: httpx.Response) -> Response[Collection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: Intercom,
    body: UpdateCollectionRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Collection]:
    """Update a collection

     You can update the details of a single collection by making a PUT request to
    `https://api.intercom.io/collections/<id>`.

    Args:
        id (int):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (UpdateCollectionRequest | Unset): You can update a collection

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[Collection]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: Intercom,
    body: UpdateCollectionRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Collection:
    """Update a collection

     You can update the details of a single collection by making a PUT request to
    `https://api.intercom.io/collections/<id>`.

    Args:
        id (int):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (UpdateCollectionRequest | Unset): You can update a collection

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Collection
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    id: int,
    *,
    client: AsyncIntercom,
    body: UpdateCollectionRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Collection]:
    """Update a collection

     You can update the details of a single collection by making a PUT request to
    `https://api.intercom.io/collections/<id>`.

    Args:
        id (int):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (UpdateCollectionRequest | Unset): You can update a collection

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[Collection]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    response = await client.request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AsyncIntercom,
    body: UpdateCollectionRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Collection:
    """Update a collection

     You can update the details of a single collection by making a PUT request to
    `https://api.intercom.io/collections/<id>`.

    Args:
        id (int):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (UpdateCollectionRequest | Unset): You can update a collection

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Collection
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=await client.request(**kwargs))
