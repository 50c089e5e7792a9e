# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.ai_call_response import AiCallResponse
from ...models.register_fin_voice_call_request import RegisterFinVoiceCallRequest
from ...types import (
    UNSET,
    Response,
    Unset,
    WrongType,
    decode_json,
)


def _get_kwargs(
    *,
    body: RegisterFinVoiceCallRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fin_voice/register",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: Intercom,
    body: RegisterFinVoiceCallRequest | Unset = UNSET,
) -> Response[AiCallResponse]:
    """Register a Fin Voice call

     Register a Fin Voice call with Intercom. This endpoint creates an external reference
    that links an external call identifier to an Intercom call and conversation.

    The call can be from different sources:
    - AWS Connect (default)
    - Five9
    - Zoom Phone

    Args:
        body (RegisterFinVoiceCallRequest | Unset): Register a Fin Voice call with Intercom

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[AiCallResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Intercom,
    body: RegisterFinVoiceCallRequest | Unset = UNSET,
) -> AiCallResponse:
    """Register a Fin Voice call

     Register a Fin Voice call with Intercom. This endpoint creates an external reference
    that links an external call identifier to an Intercom call and conversation.

    The call can be from different sources:
    - AWS Connect (default)
    - Five9
    - Zoom Phone

    Args:
        body (RegisterFinVoiceCallRequest | Unset): Register a Fin Voice call with Intercom

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        AiCallResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: RegisterFinVoiceCallRequest | Unset = UNSET,
) -> Response[AiCallResponse]:
    """Register a Fin Voice call

     Register a Fin Voice call with Intercom. This endpoint creates an external reference
    that links an external call identifier to an Intercom call and conversation.

    The call can be from different sources:
    - AWS Connect (default)
    - Five9
    - Zoom Phone

    Args:
        body (RegisterFinVoiceCallRequest | Unset): Register a Fin Voice call with Intercom

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[AiCallResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncIntercom,
    body: RegisterFinVoiceCallRequest | Unset = UNSET,
) -> AiCallResponse:
    """Register a Fin Voice call

     Register a Fin Voice call with Intercom. This endpoint creates an external reference
    that links an external call identifier to an Intercom call and conversation.

    The call can be from different sources:
    - AWS Connect (default)
    - Five9
    - Zoom Phone

    Args:
        body (RegisterFinVoiceCallRequest | Unset): Register a Fin Voice call with Intercom

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        AiCallResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _parse_response(client=client, response=await client.request(**kwargs))
