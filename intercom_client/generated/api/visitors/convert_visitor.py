# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.contact import Contact
from ...models.convert_visitor_request import ConvertVisitorRequest
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
    body: ConvertVisitorRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/visitors/convert",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Any, response: httpx.Response) -> Contact:
    try:
        if response.status_code == 200:
            return Contact.from_dict(decode_json(response))

        pass
    except ResponseDecodingError as exc:
        exc.response = response
        raise
    except WrongType as exc:
        raise ResponseDecodingError(str(exc), response=response) from None
    raise errors.error_for_response(response)


def _build_response(*, client: Any, response: httpx.Response) -> Response[Contact]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: ConvertVisitorRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Contact]:
    """Convert a visitor

     You can merge a Visitor to a Contact of role type `lead` or `user`.

    > 📘 What happens upon a visitor being converted?
    >
    > If the User exists, then the Visitor will be merged into it, the Visitor deleted and the User
    returned. If the User does not exist, the Visitor will be converted to a User, with the User
    identifiers replacing it's Visitor identifiers.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (ConvertVisitorRequest | Unset): You can merge a Visitor to a Contact of role type
            lead or user.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[Contact]
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
    body: ConvertVisitorRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Contact:
    """Convert a visitor

     You can merge a Visitor to a Contact of role type `lead` or `user`.

    > 📘 What happens upon a visitor being converted?
    >
    > If the User exists, then the Visitor will be merged into it, the Visitor deleted and the User
    returned. If the User does not exist, the Visitor will be converted to a User, with the User
    identifiers replacing it's Visitor identifiers.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (ConvertVisitorRequest | Unset): You can merge a Visitor to a Contact of role type
            lead or user.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Contact
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: ConvertVisitorRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Contact]:
    """Convert a visitor

     You can merge a Visitor to a Contact of role type `lead` or `user`.

    > 📘 What happens upon a visitor being converted?
    >
    > If the User exists, then the Visitor will be merged into it, the Visitor deleted and the User
    returned. If the User does not exist, the Visitor will be converted to a User, with the User
    identifiers replacing it's Visitor identifiers.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (ConvertVisitorRequest | Unset): You can merge a Visitor to a Contact of role type
            lead or user.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[Contact]
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
    body: ConvertVisitorRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Contact:
    """Convert a visitor

     You can merge a Visitor to a Contact of role type `lead` or `user`.

    > 📘 What happens upon a visitor being converted?
    >
    > If the User exists, then the Visitor will be merged into it, the Visitor deleted and the User
    returned. If the User does not exist, the Visitor will be converted to a User, with the User
    identifiers replacing it's Visitor identifiers.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (ConvertVisitorRequest | Unset): You can merge a Visitor to a Contact of role type
            lead or user.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Contact
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=await client.request(**kwargs))
