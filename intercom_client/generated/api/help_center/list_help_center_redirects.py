# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.help_center_redirect_list import HelpCenterRedirectList
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
    path_segment,
)

_OPERATION = "GET /help_center/help_centers/{help_center_id}/redirects"


def _get_kwargs(
    help_center_id: str,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/help_center/help_centers/{help_center_id}/redirects".format(
            help_center_id=path_segment("help_center_id", help_center_id, _OPERATION),
        ),
    }
    if params:  # no params at all spares httpx a second parse of the URL
        _kwargs["params"] = params

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> HelpCenterRedirectList:
    if response.status_code == 200:
        return decode_response(response, HelpCenterRedirectList.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[HelpCenterRedirectList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    help_center_id: str,
    *,
    client: Intercom,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[HelpCenterRedirectList]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        help_center_id=help_center_id,
        page=page,
        per_page=per_page,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    help_center_id: str,
    *,
    client: Intercom,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> HelpCenterRedirectList:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        help_center_id=help_center_id,
        page=page,
        per_page=per_page,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    help_center_id: str,
    *,
    client: AsyncIntercom,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[HelpCenterRedirectList]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        help_center_id=help_center_id,
        page=page,
        per_page=per_page,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    help_center_id: str,
    *,
    client: AsyncIntercom,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> HelpCenterRedirectList:
    """List all redirects for a help center: ``GET /help_center/help_centers/{help_center_id}/redirects``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        help_center_id=help_center_id,
        page=page,
        per_page=per_page,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
