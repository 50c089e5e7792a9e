# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.company_list import CompanyList
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
)


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    tag_id: str | Unset = UNSET,
    segment_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    params: dict[str, Any] = {}

    params["name"] = name

    params["company_id"] = company_id

    params["tag_id"] = tag_id

    params["segment_id"] = segment_id

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/companies",
    }
    if params:  # no params at all spares httpx a second parse of the URL
        _kwargs["params"] = params

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> CompanyList:
    if response.status_code == 200:
        return decode_response(response, CompanyList.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[CompanyList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    *,
    client: Intercom,
    name: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    tag_id: str | Unset = UNSET,
    segment_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[CompanyList]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        name=name,
        company_id=company_id,
        tag_id=tag_id,
        segment_id=segment_id,
        page=page,
        per_page=per_page,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    *,
    client: Intercom,
    name: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    tag_id: str | Unset = UNSET,
    segment_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> CompanyList:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        name=name,
        company_id=company_id,
        tag_id=tag_id,
        segment_id=segment_id,
        page=page,
        per_page=per_page,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    name: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    tag_id: str | Unset = UNSET,
    segment_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[CompanyList]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        name=name,
        company_id=company_id,
        tag_id=tag_id,
        segment_id=segment_id,
        page=page,
        per_page=per_page,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    *,
    client: AsyncIntercom,
    name: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    tag_id: str | Unset = UNSET,
    segment_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> CompanyList:
    """Retrieve companies: ``GET /companies``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        name=name,
        company_id=company_id,
        tag_id=tag_id,
        segment_id=segment_id,
        page=page,
        per_page=per_page,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
