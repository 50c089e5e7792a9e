# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.create_data_attribute_request_list_attribute import CreateDataAttributeRequestListAttribute
from ...models.create_data_attribute_request_other_type import CreateDataAttributeRequestOtherType
from ...models.data_attribute import DataAttribute
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
    body: CreateDataAttributeRequestListAttribute | CreateDataAttributeRequestOtherType | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/data_attributes",
    }

    if isinstance(body, CreateDataAttributeRequestListAttribute):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Any, response: httpx.Response) -> DataAttribute:
    try:
        if response.status_code == 200:
            return DataAttribute.from_dict(decode_json(response))

        pass
    except ResponseDecodingError as exc:
        exc.response = response
        raise
    except WrongType as exc:
        raise ResponseDecodingError(str(exc), response=response) from None
    raise errors.error_for_response(response)


def _build_response(*, client: Any, response: httpx.Response) -> Response[DataAttribute]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: CreateDataAttributeRequestListAttribute | CreateDataAttributeRequestOtherType | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[DataAttribute]:
    """Create a data attribute

     You can create a data attributes for a `contact` or a `company`.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CreateDataAttributeRequestListAttribute | CreateDataAttributeRequestOtherType |
            Unset):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[DataAttribute]
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
    body: CreateDataAttributeRequestListAttribute | CreateDataAttributeRequestOtherType | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> DataAttribute:
    """Create a data attribute

     You can create a data attributes for a `contact` or a `company`.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CreateDataAttributeRequestListAttribute | CreateDataAttributeRequestOtherType |
            Unset):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        DataAttribute
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: CreateDataAttributeRequestListAttribute | CreateDataAttributeRequestOtherType | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[DataAttribute]:
    """Create a data attribute

     You can create a data attributes for a `contact` or a `company`.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CreateDataAttributeRequestListAttribute | CreateDataAttributeRequestOtherType |
            Unset):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[DataAttribute]
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
    body: CreateDataAttributeRequestListAttribute | CreateDataAttributeRequestOtherType | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> DataAttribute:
    """Create a data attribute

     You can create a data attributes for a `contact` or a `company`.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CreateDataAttributeRequestListAttribute | CreateDataAttributeRequestOtherType |
            Unset):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        DataAttribute
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=await client.request(**kwargs))
