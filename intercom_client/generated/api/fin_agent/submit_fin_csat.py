# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.intercom_version import IntercomVersion
from ...models.submit_fin_csat_body import SubmitFinCsatBody
from ...models.submit_fin_csat_result import SubmitFinCsatResult
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
)


def _get_kwargs(
    *,
    body: SubmitFinCsatBody,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fin/csat",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> SubmitFinCsatResult:
    if response.status_code == 200:
        return decode_response(response, SubmitFinCsatResult.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[SubmitFinCsatResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: SubmitFinCsatBody,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[SubmitFinCsatResult]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    *,
    client: Intercom,
    body: SubmitFinCsatBody,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> SubmitFinCsatResult:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: SubmitFinCsatBody,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[SubmitFinCsatResult]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    *,
    client: AsyncIntercom,
    body: SubmitFinCsatBody,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> SubmitFinCsatResult:
    """Submit a CSAT rating

     Record a customer's satisfaction rating for a conversation, with an optional free-text
    remark.

    Fin decides *when* to ask for a rating — this reuses the CSAT settings on your Fin
    workflow, not this API. When Fin asks, it fires a `csat_requested` event over webhooks or
    SSE carrying the rating options to show the user. Present those options, then submit the
    user's choice here.

    Submitting the same rating again, with no new remark, is a no-op and stays successful,
    so an at-least-once client can safely retry. Submitting a *different* rating updates the
    stored rating while the update window is still open, and a first remark can be added to
    an already-rated survey. Once a remark has been recorded the rating is locked and can no
    longer be changed.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (SubmitFinCsatBody):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        SubmitFinCsatResult
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
