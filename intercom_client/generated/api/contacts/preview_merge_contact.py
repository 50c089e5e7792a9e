# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.intercom_version import IntercomVersion
from ...models.merge_preview_allowed import MergePreviewAllowed
from ...models.merge_preview_blocked import MergePreviewBlocked
from ...models.merge_preview_request import MergePreviewRequest
from ...types import (
    UNSET,
    Response,
    Unset,
    WrongType,
    decode_response,
    decode_variant,
)


def _decode_200(data: Any) -> Any:
    if data.__class__ is dict:
        try:
            return decode_variant(
                data,
                (
                    MergePreviewAllowed,
                    MergePreviewBlocked,
                ),
            )
        except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        return MergePreviewAllowed.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return MergePreviewBlocked.from_dict(data)


def _get_kwargs(
    *,
    body: MergePreviewRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/merge/preview",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> MergePreviewAllowed | MergePreviewBlocked:
    if response.status_code == 200:
        parsed: MergePreviewAllowed | MergePreviewBlocked = decode_response(response, _decode_200, strict=strict)
        return parsed

    raise errors.error_for_response(response)


def _build_response(
    response: httpx.Response, *, strict: bool = False
) -> Response[MergePreviewAllowed | MergePreviewBlocked]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: MergePreviewRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[MergePreviewAllowed | MergePreviewBlocked]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    *,
    client: Intercom,
    body: MergePreviewRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> MergePreviewAllowed | MergePreviewBlocked:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: MergePreviewRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[MergePreviewAllowed | MergePreviewBlocked]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    *,
    client: AsyncIntercom,
    body: MergePreviewRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> MergePreviewAllowed | MergePreviewBlocked:
    """Preview a contact merge: ``POST /contacts/merge/preview``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
