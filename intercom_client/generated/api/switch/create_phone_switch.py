# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.create_phone_switch_request import CreatePhoneSwitchRequest
from ...models.intercom_version import IntercomVersion
from ...models.phone_switch import PhoneSwitch
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
)


def _get_kwargs(
    *,
    body: CreatePhoneSwitchRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/phone_call_redirects",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> PhoneSwitch:
    if response.status_code == 200:
        return decode_response(response, PhoneSwitch.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[PhoneSwitch]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: CreatePhoneSwitchRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[PhoneSwitch]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    *,
    client: Intercom,
    body: CreatePhoneSwitchRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> PhoneSwitch:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: CreatePhoneSwitchRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[PhoneSwitch]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    *,
    client: AsyncIntercom,
    body: CreatePhoneSwitchRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> PhoneSwitch:
    """Create a phone Switch

     You can use the API to deflect phone calls to the Intercom Messenger.
    Calling this endpoint will send an SMS with a link to the Messenger to the phone number specified.

    If custom attributes are specified, they will be added to the user or lead's custom data attributes.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CreatePhoneSwitchRequest | Unset): You can create an phone switch

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        PhoneSwitch
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
