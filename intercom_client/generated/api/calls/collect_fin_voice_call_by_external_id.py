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
    external_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fin_voice/external_id/{external_id}".format(
            external_id=quote(str(external_id), safe=""),
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
    external_id: str,
    *,
    client: Intercom,
) -> Response[AiCallResponse]:
    """Collect Fin Voice call by external ID

     Retrieve information about a Fin Voice call using the external call identifier.

    Args:
        external_id (str):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[AiCallResponse]
    """

    kwargs = _get_kwargs(
        external_id=external_id,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    external_id: str,
    *,
    client: Intercom,
) -> AiCallResponse:
    """Collect Fin Voice call by external ID

     Retrieve information about a Fin Voice call using the external call identifier.

    Args:
        external_id (str):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        AiCallResponse
    """

    kwargs = _get_kwargs(
        external_id=external_id,
    )
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    external_id: str,
    *,
    client: AsyncIntercom,
) -> Response[AiCallResponse]:
    """Collect Fin Voice call by external ID

     Retrieve information about a Fin Voice call using the external call identifier.

    Args:
        external_id (str):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[AiCallResponse]
    """

    kwargs = _get_kwargs(
        external_id=external_id,
    )
    response = await client.request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    external_id: str,
    *,
    client: AsyncIntercom,
) -> AiCallResponse:
    """Collect Fin Voice call by external ID

     Retrieve information about a Fin Voice call using the external call identifier.

    Args:
        external_id (str):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        AiCallResponse
    """

    kwargs = _get_kwargs(
        external_id=external_id,
    )
    return _parse_response(client=client, response=await client.request(**kwargs))
