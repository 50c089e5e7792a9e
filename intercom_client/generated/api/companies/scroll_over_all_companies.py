# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.company_scroll import CompanyScroll
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
)


def _get_kwargs(
    *,
    scroll_param: str | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    params: dict[str, Any] = {}

    params["scroll_param"] = scroll_param

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/companies/scroll",
    }
    if params:  # no params at all spares httpx a second parse of the URL
        _kwargs["params"] = params

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> CompanyScroll:
    if response.status_code == 200:
        return decode_response(response, CompanyScroll.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[CompanyScroll]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    *,
    client: Intercom,
    scroll_param: str | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[CompanyScroll]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        scroll_param=scroll_param,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    *,
    client: Intercom,
    scroll_param: str | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> CompanyScroll:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        scroll_param=scroll_param,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    scroll_param: str | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[CompanyScroll]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        scroll_param=scroll_param,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    *,
    client: AsyncIntercom,
    scroll_param: str | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> CompanyScroll:
    """Scroll over all companies

           The `list all companies` functionality does not work well for huge datasets, and can result in
    errors and performance problems when paging deeply. The Scroll API provides an efficient mechanism
    for iterating over all companies in a dataset.

    - Each app can only have 1 scroll open at a time. You'll get an error message if you try to have
    more than one open per app.
    - If the scroll isn't used for 1 minute, it expires and calls with that scroll param will fail
    - If the end of the scroll is reached, "companies" will be empty and the scroll parameter will
    expire

    {% admonition type="info" name="Scroll Parameter" %}
      You can get the first page of companies by simply sending a GET request to the scroll endpoint.
      For subsequent requests you will need to use the scroll parameter from the response.
    {% /admonition %}
    {% admonition type="danger" name="Scroll network timeouts" %}
      Since scroll is often used on large datasets network errors such as timeouts can be encountered.
    When this occurs you will see a HTTP 500 error with the following message:
      "Request failed due to an internal network error. Please restart the scroll operation."
      If this happens, you will need to restart your scroll query: It is not possible to continue from a
    specific point when using scroll.
    {% /admonition %}

    Args:
        scroll_param (str | Unset):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        CompanyScroll
    """

    kwargs = _get_kwargs(
        scroll_param=scroll_param,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
