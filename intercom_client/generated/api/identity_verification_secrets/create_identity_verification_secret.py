# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.create_identity_verification_secret_request import CreateIdentityVerificationSecretRequest
from ...models.identity_verification_secret_with_material import IdentityVerificationSecretWithMaterial
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
)


def _get_kwargs(
    *,
    body: CreateIdentityVerificationSecretRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/secure_mode_secrets",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> IdentityVerificationSecretWithMaterial:
    if response.status_code == 201:
        return decode_response(response, IdentityVerificationSecretWithMaterial.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(
    response: httpx.Response, *, strict: bool = False
) -> Response[IdentityVerificationSecretWithMaterial]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: CreateIdentityVerificationSecretRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[IdentityVerificationSecretWithMaterial]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    *,
    client: Intercom,
    body: CreateIdentityVerificationSecretRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> IdentityVerificationSecretWithMaterial:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: CreateIdentityVerificationSecretRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[IdentityVerificationSecretWithMaterial]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    *,
    client: AsyncIntercom,
    body: CreateIdentityVerificationSecretRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> IdentityVerificationSecretWithMaterial:
    """Create an identity verification secret

     Creates a new identity verification secret for your workspace. Intercom generates a 256-bit,
    cryptographically random value server-side and returns it once in the response.

    **This is the only opportunity to capture the secret.** Store it in your secure configuration
    immediately. The `secret` field is omitted from all subsequent responses (including `GET
    /secure_mode_secrets`) — if you lose it, you must rotate a new secret in and delete this one.

    You must enable the secret for at least one platform (`supports_android`, `supports_ios`, or
    `supports_web`). Rotation flow: create the new secret, roll it out to every client signing
    `user_hash` values, then delete the old secret with `DELETE /secure_mode_secrets/{id}` once traffic
    has cut over.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CreateIdentityVerificationSecretRequest | Unset): Request payload for creating a new
            identity verification secret. At least one platform flag must be `true`.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        IdentityVerificationSecretWithMaterial
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
