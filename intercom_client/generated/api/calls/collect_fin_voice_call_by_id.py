# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.ai_call_response import AiCallResponse
from ...types import (
    Response,
    decode_response,
    path_segment,
)

_OPERATION = "GET /fin_voice/collect/{id}"


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fin_voice/collect/{id}".format(
            id=path_segment("id", id, _OPERATION),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> AiCallResponse:
    if response.status_code == 200:
        return decode_response(response, AiCallResponse.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[AiCallResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    id: int,
    *,
    client: Intercom,
) -> Response[AiCallResponse]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        id=id,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    id: int,
    *,
    client: Intercom,
) -> AiCallResponse:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        id=id,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    id: int,
    *,
    client: AsyncIntercom,
) -> Response[AiCallResponse]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        id=id,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    id: int,
    *,
    client: AsyncIntercom,
) -> AiCallResponse:
    """Collect Fin Voice call by ID: ``GET /fin_voice/collect/{id}``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        id=id,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
