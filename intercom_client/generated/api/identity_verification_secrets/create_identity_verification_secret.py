# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.create_identity_verification_secret_request import CreateIdentityVerificationSecretRequest
from ...models.identity_verification_secret_with_material import IdentityVerificationSecretWithMaterial
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    WrongType,
    decode_json,
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


def _parse_response(*, client: Any, response: httpx.Response) -> IdentityVerificationSecretWithMaterial:
    try:
        if response.status_code == 201:
            return IdentityVerificationSecretWithMaterial.from_dict(decode_json(response))

        pass
    except ResponseDecodingError as exc:
        exc.response = response
        raise
    except WrongType as exc:
        raise ResponseDecodingError(str(exc), response=response) from None
    raise errors.error_for_response(response)


def _build_response(*, client: Any, response: httpx.Response) -> Response[IdentityVerificationSecretWithMaterial]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: CreateIdentityVerificationSecretRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[IdentityVerificationSecretWithMaterial]:
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
        Response[IdentityVerificationSecretWithMaterial]
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Intercom,
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
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: CreateIdentityVerificationSecretRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[IdentityVerificationSecretWithMaterial]:
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
        Response[IdentityVerificationSecretWithMaterial]
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    response = await client.request(**kwargs)
    return _build_response(client=client, response=response)


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
    return _parse_response(client=client, response=await client.request(**kwargs))
