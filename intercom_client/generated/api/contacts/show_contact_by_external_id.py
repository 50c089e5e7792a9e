# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.contact import Contact
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
    path_segment,
)

_OPERATION = "GET /contacts/find_by_external_id/{external_id}"


def _get_kwargs(
    external_id: str,
    *,
    include_merge_history: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    params: dict[str, Any] = {}

    params["include_merge_history"] = include_merge_history

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/find_by_external_id/{external_id}".format(
            external_id=path_segment("external_id", external_id, _OPERATION),
        ),
    }
    if params:  # no params at all spares httpx a second parse of the URL
        _kwargs["params"] = params

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> Contact:
    if response.status_code == 200:
        return decode_response(response, Contact.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[Contact]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    external_id: str,
    *,
    client: Intercom,
    include_merge_history: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Contact]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        external_id=external_id,
        include_merge_history=include_merge_history,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    external_id: str,
    *,
    client: Intercom,
    include_merge_history: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Contact:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        external_id=external_id,
        include_merge_history=include_merge_history,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    external_id: str,
    *,
    client: AsyncIntercom,
    include_merge_history: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Contact]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        external_id=external_id,
        include_merge_history=include_merge_history,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    external_id: str,
    *,
    client: AsyncIntercom,
    include_merge_history: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Contact:
    """Get a contact by External ID: ``GET /contacts/find_by_external_id/{external_id}``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        external_id=external_id,
        include_merge_history=include_merge_history,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
