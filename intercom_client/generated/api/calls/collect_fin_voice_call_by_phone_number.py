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

_OPERATION = "GET /fin_voice/phone_number/{phone_number}"


def _get_kwargs(
    phone_number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fin_voice/phone_number/{phone_number}".format(
            phone_number=path_segment("phone_number", phone_number, _OPERATION),
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
    phone_number: str,
    *,
    client: Intercom,
) -> Response[AiCallResponse]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        phone_number=phone_number,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    phone_number: str,
    *,
    client: Intercom,
) -> AiCallResponse:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        phone_number=phone_number,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    phone_number: str,
    *,
    client: AsyncIntercom,
) -> Response[AiCallResponse]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        phone_number=phone_number,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    phone_number: str,
    *,
    client: AsyncIntercom,
) -> AiCallResponse:
    """Collect Fin Voice call by phone number: ``GET /fin_voice/phone_number/{phone_number}``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        phone_number=phone_number,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
