# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.intercom_version import IntercomVersion
from ...models.note_list import NoteList
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
    path_segment,
)

_OPERATION = "GET /companies/{company_id}/notes"


def _get_kwargs(
    company_id: str,
    *,
    per_page: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["starting_after"] = starting_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/companies/{company_id}/notes".format(
            company_id=path_segment("company_id", company_id, _OPERATION),
        ),
    }
    if params:  # no params at all spares httpx a second parse of the URL
        _kwargs["params"] = params

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> NoteList:
    if response.status_code == 200:
        return decode_response(response, NoteList.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[NoteList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    company_id: str,
    *,
    client: Intercom,
    per_page: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[NoteList]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        company_id=company_id,
        per_page=per_page,
        starting_after=starting_after,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    company_id: str,
    *,
    client: Intercom,
    per_page: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> NoteList:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        company_id=company_id,
        per_page=per_page,
        starting_after=starting_after,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    company_id: str,
    *,
    client: AsyncIntercom,
    per_page: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[NoteList]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        company_id=company_id,
        per_page=per_page,
        starting_after=starting_after,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    company_id: str,
    *,
    client: AsyncIntercom,
    per_page: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> NoteList:
    """List all company notes: ``GET /companies/{company_id}/notes``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        company_id=company_id,
        per_page=per_page,
        starting_after=starting_after,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
