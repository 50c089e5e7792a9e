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
    decode_list,
)


def _decode_200(data: Any) -> list[AiCallResponse]:
    return decode_list(data, AiCallResponse.from_dict)


def _get_kwargs(
    conversation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fin_voice/conversation/{conversation_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: Any, response: httpx.Response) -> list[AiCallResponse]:
    try:
        if response.status_code == 200:
            return _decode_200(decode_json(response))

        pass
    except ResponseDecodingError as exc:
        exc.response = response
        raise
    except WrongType as exc:
        raise ResponseDecodingError(str(exc), response=response) from None
    raise errors.error_for_response(response)


def _build_response(*, client: Any, response: httpx.Response) -> Response[list[AiCallResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: Intercom,
) -> Response[list[AiCallResponse]]:
    """Collect Fin Voice calls by conversation ID

     Retrieve information about Fin Voice calls associated with a conversation.

    Returns all matched calls for the given conversation ID. A conversation may have multiple associated
    calls.

    Args:
        conversation_id (str):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[list[AiCallResponse]]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: Intercom,
) -> list[AiCallResponse]:
    """Collect Fin Voice calls by conversation ID

     Retrieve information about Fin Voice calls associated with a conversation.

    Returns all matched calls for the given conversation ID. A conversation may have multiple associated
    calls.

    Args:
        conversation_id (str):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        list[AiCallResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
    )
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AsyncIntercom,
) -> Response[list[AiCallResponse]]:
    """Collect Fin Voice calls by conversation ID

     Retrieve information about Fin Voice calls associated with a conversation.

    Returns all matched calls for the given conversation ID. A conversation may have multiple associated
    calls.

    Args:
        conversation_id (str):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[list[AiCallResponse]]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
    )
    response = await client.request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AsyncIntercom,
) -> list[AiCallResponse]:
    """Collect Fin Voice calls by conversation ID

     Retrieve information about Fin Voice calls associated with a conversation.

    Returns all matched calls for the given conversation ID. A conversation may have multiple associated
    calls.

    Args:
        conversation_id (str):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        list[AiCallResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
    )
    return _parse_response(client=client, response=await client.request(**kwargs))
