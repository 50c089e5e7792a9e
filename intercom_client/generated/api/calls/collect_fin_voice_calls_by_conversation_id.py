# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.ai_call_response import AiCallResponse
from ...types import (
    Response,
    decode_list,
    decode_response,
    path_segment,
)


def _decode_200(data: Any) -> list[AiCallResponse]:
    return decode_list(data, AiCallResponse.from_dict)


_OPERATION = "GET /fin_voice/conversation/{conversation_id}"


def _get_kwargs(
    conversation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fin_voice/conversation/{conversation_id}".format(
            conversation_id=path_segment("conversation_id", conversation_id, _OPERATION),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> list[AiCallResponse]:
    if response.status_code == 200:
        return decode_response(response, _decode_200, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[list[AiCallResponse]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: Intercom,
) -> Response[list[AiCallResponse]]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        conversation_id=conversation_id,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    conversation_id: str,
    *,
    client: Intercom,
) -> list[AiCallResponse]:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        conversation_id=conversation_id,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AsyncIntercom,
) -> Response[list[AiCallResponse]]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        conversation_id=conversation_id,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    conversation_id: str,
    *,
    client: AsyncIntercom,
) -> list[AiCallResponse]:
    """Collect Fin Voice calls by conversation ID: ``GET /fin_voice/conversation/{conversation_id}``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        conversation_id=conversation_id,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
