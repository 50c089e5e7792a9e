# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    path_segment,
    redirect_location,
)

_OPERATION = "GET /calls/{id}/recording"


def _get_kwargs(
    id: str,
    *,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calls/{id}/recording".format(
            id=path_segment("id", id, _OPERATION),
        ),
    }

    _kwargs["headers"] = headers
    # The documented redirect is this operation's answer: the client returns it (see _redirects.py).
    _kwargs["extensions"] = {"intercom_client.documented_redirect": True}
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> str:
    if response.status_code == 302:
        return redirect_location(response)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[str]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    id: str,
    *,
    client: Intercom,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[str]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        id=id,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    id: str,
    *,
    client: Intercom,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> str:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        id=id,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncIntercom,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[str]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        id=id,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    id: str,
    *,
    client: AsyncIntercom,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> str:
    """Get call recording by call id: ``GET /calls/{id}/recording``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        id=id,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
