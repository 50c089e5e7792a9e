# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.ai_call_response import AiCallResponse
from ...types import (
    Response,
    WrongType,
    decode_json,
)


def _get_kwargs(
    phone_number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fin_voice/phone_number/{phone_number}".format(
            phone_number=quote(str(phone_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: Any, response: httpx.Response) -> AiCallResponse:
    try:
        if response.status_code == 200:
            return AiCallResponse.from_dict(decode_json(response))

        pass
    except ResponseDecodingError as exc:
        exc.response = response
        raise
    except WrongType as exc:
        raise ResponseDecodingError(str(exc), response=response) from None
    raise errors.error_for_response(response)


def _build_response(*, client: Any, response: httpx.Response) -> Response[AiCallResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    phone_number: str,
    *,
    client: Intercom,
) -> Response[AiCallResponse]:
    """Collect Fin Voice call by phone number

     Retrieve information about a Fin Voice call using the phone number.

    Returns the most recent matched call for the given phone number, ordered by creation date.

    Args:
        phone_number (str):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[AiCallResponse]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    phone_number: str,
    *,
    client: Intercom,
) -> AiCallResponse:
    """Collect Fin Voice call by phone number

     Retrieve information about a Fin Voice call using the phone number.

    Returns the most recent matched call for the given phone number, ordered by creation date.

    Args:
        phone_number (str):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        AiCallResponse
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
    )
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    phone_number: str,
    *,
    client: AsyncIntercom,
) -> Response[AiCallResponse]:
    """Collect Fin Voice call by phone number

     Retrieve information about a Fin Voice call using the phone number.

    Returns the most recent matched call for the given phone number, ordered by creation date.

    Args:
        phone_number (str):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[AiCallResponse]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
    )
    response = await client.request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    phone_number: str,
    *,
    client: AsyncIntercom,
) -> AiCallResponse:
    """Collect Fin Voice call by phone number

     Retrieve information about a Fin Voice call using the phone number.

    Returns the most recent matched call for the given phone number, ordered by creation date.

    Args:
        phone_number (str):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        AiCallResponse
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
    )
    return _parse_response(client=client, response=await client.request(**kwargs))
