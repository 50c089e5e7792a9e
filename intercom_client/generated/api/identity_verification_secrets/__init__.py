# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.identity_verification_secrets``: the identity_verification_secrets resource of both clients, one method per operation.

``IdentityVerificationSecretsResource`` is the sync one (on ``Intercom``), ``AsyncIdentityVerificationSecretsResource`` the async one (on
``AsyncIntercom``). Each method is its operation: it builds the request (method, path, query, headers,
body), names how each documented response decodes, and hands both to the runtime (``_resource.py``),
which sends, retries and decodes. The models a method needs are imported on its first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...types import (
    NOT_GIVEN,
    OPERATION,
    UNSET,
    AsyncResource,
    SyncResource,
    Unset,
    async_raw,
    body_fields,
    path_segment,
    request_body,
    request_options,
    sync_raw,
)

if TYPE_CHECKING:
    from ...models.create_identity_verification_secret_request import (
        CreateIdentityVerificationSecretRequest,
        CreateIdentityVerificationSecretRequestDict,
    )
    from ...models.identity_verification_secret_list import IdentityVerificationSecretList
    from ...models.identity_verification_secret_with_material import IdentityVerificationSecretWithMaterial
    from ...models.intercom_version import IntercomVersion
    from ...types import TimeoutTypes

__all__ = ["AsyncIdentityVerificationSecretsResource", "IdentityVerificationSecretsResource"]


class AsyncIdentityVerificationSecretsResource(AsyncResource):
    """``client.identity_verification_secrets`` of AsyncIntercom: 3 operations."""

    @property
    def with_raw_response(self) -> AsyncIdentityVerificationSecretsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncIdentityVerificationSecretsRawResource(self)

    async def create(
        self,
        *,
        body: CreateIdentityVerificationSecretRequest | CreateIdentityVerificationSecretRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        name: str = NOT_GIVEN,
        supports_android: bool = NOT_GIVEN,
        supports_ios: bool = NOT_GIVEN,
        supports_web: bool = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
            body (CreateIdentityVerificationSecretRequest |
                CreateIdentityVerificationSecretRequestDict): Request payload for creating a new identity
                verification secret. At least one platform flag must be `true`.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            name (str): The body's field name (instead of body=). Human-readable name for the secret.
            supports_android (bool): The body's field supports_android (instead of body=). Enable this
                secret for the Android SDK.
            supports_ios (bool): The body's field supports_ios (instead of body=). Enable this secret
                for the iOS SDK.
            supports_web (bool): The body's field supports_web (instead of body=). Enable this secret
                for the Messenger on web.
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            IdentityVerificationSecretWithMaterial
        """

        from ...models.create_identity_verification_secret_request import CreateIdentityVerificationSecretRequest
        from ...models.identity_verification_secret_with_material import IdentityVerificationSecretWithMaterial

        body = cast(
            "CreateIdentityVerificationSecretRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "name": name,
                        "supports_android": supports_android,
                        "supports_ios": supports_ios,
                        "supports_web": supports_web,
                    },
                    "CreateIdentityVerificationSecretRequest",
                ),
                CreateIdentityVerificationSecretRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/secure_mode_secrets",
            "extensions": {OPERATION: ("identity_verification_secrets.create", "/secure_mode_secrets")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: IdentityVerificationSecretWithMaterial = await self._request(
            _kwargs,
            {201: IdentityVerificationSecretWithMaterial.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def delete(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete an identity verification secret

        Soft-deletes an identity verification secret. After deletion, any `user_hash` values signed with
        that secret will no longer verify — Messenger sessions depending on it will be rejected on their
        next request. Use this to complete a rotation: create a new secret, roll it out, then delete the old
        one.

        Args:
            id (str):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            None
        """

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/secure_mode_secrets/{id}".format(
                id=path_segment("id", id, "DELETE /secure_mode_secrets/{id}"),
            ),
            "extensions": {OPERATION: ("identity_verification_secrets.delete", "/secure_mode_secrets/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: None = await self._request(
            _kwargs, {204: None}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    async def list(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> IdentityVerificationSecretList:
        """List all identity verification secrets

        Returns the identity verification secrets configured for your workspace.

        Each entry includes metadata only — the HMAC signing material itself is **never** returned by this
        endpoint. The raw secret is only available once, in the response to `POST /secure_mode_secrets`.
        Persist it at that moment.

        Args:
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            IdentityVerificationSecretList
        """

        from ...models.identity_verification_secret_list import IdentityVerificationSecretList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/secure_mode_secrets",
            "extensions": {OPERATION: ("identity_verification_secrets.list", "/secure_mode_secrets")},
        }
        _kwargs["headers"] = headers

        parsed: IdentityVerificationSecretList = await self._request(
            _kwargs,
            {200: IdentityVerificationSecretList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncIdentityVerificationSecretsRawResource:
    """``client.identity_verification_secrets.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncIdentityVerificationSecretsResource) -> None:
        raw = AsyncIdentityVerificationSecretsResource(resource._client, raw=True)
        self.create = async_raw(raw.create)
        self.delete = async_raw(raw.delete)
        self.list = async_raw(raw.list)


class IdentityVerificationSecretsResource(SyncResource):
    """``client.identity_verification_secrets`` of Intercom: 3 operations."""

    @property
    def with_raw_response(self) -> IdentityVerificationSecretsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return IdentityVerificationSecretsRawResource(self)

    def create(
        self,
        *,
        body: CreateIdentityVerificationSecretRequest | CreateIdentityVerificationSecretRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        name: str = NOT_GIVEN,
        supports_android: bool = NOT_GIVEN,
        supports_ios: bool = NOT_GIVEN,
        supports_web: bool = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
            body (CreateIdentityVerificationSecretRequest |
                CreateIdentityVerificationSecretRequestDict): Request payload for creating a new identity
                verification secret. At least one platform flag must be `true`.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            name (str): The body's field name (instead of body=). Human-readable name for the secret.
            supports_android (bool): The body's field supports_android (instead of body=). Enable this
                secret for the Android SDK.
            supports_ios (bool): The body's field supports_ios (instead of body=). Enable this secret
                for the iOS SDK.
            supports_web (bool): The body's field supports_web (instead of body=). Enable this secret
                for the Messenger on web.
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            IdentityVerificationSecretWithMaterial
        """

        from ...models.create_identity_verification_secret_request import CreateIdentityVerificationSecretRequest
        from ...models.identity_verification_secret_with_material import IdentityVerificationSecretWithMaterial

        body = cast(
            "CreateIdentityVerificationSecretRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "name": name,
                        "supports_android": supports_android,
                        "supports_ios": supports_ios,
                        "supports_web": supports_web,
                    },
                    "CreateIdentityVerificationSecretRequest",
                ),
                CreateIdentityVerificationSecretRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/secure_mode_secrets",
            "extensions": {OPERATION: ("identity_verification_secrets.create", "/secure_mode_secrets")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: IdentityVerificationSecretWithMaterial = self._request(
            _kwargs,
            {201: IdentityVerificationSecretWithMaterial.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def delete(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete an identity verification secret

        Soft-deletes an identity verification secret. After deletion, any `user_hash` values signed with
        that secret will no longer verify — Messenger sessions depending on it will be rejected on their
        next request. Use this to complete a rotation: create a new secret, roll it out, then delete the old
        one.

        Args:
            id (str):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            None
        """

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/secure_mode_secrets/{id}".format(
                id=path_segment("id", id, "DELETE /secure_mode_secrets/{id}"),
            ),
            "extensions": {OPERATION: ("identity_verification_secrets.delete", "/secure_mode_secrets/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: None = self._request(
            _kwargs, {204: None}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    def list(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> IdentityVerificationSecretList:
        """List all identity verification secrets

        Returns the identity verification secrets configured for your workspace.

        Each entry includes metadata only — the HMAC signing material itself is **never** returned by this
        endpoint. The raw secret is only available once, in the response to `POST /secure_mode_secrets`.
        Persist it at that moment.

        Args:
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            IdentityVerificationSecretList
        """

        from ...models.identity_verification_secret_list import IdentityVerificationSecretList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/secure_mode_secrets",
            "extensions": {OPERATION: ("identity_verification_secrets.list", "/secure_mode_secrets")},
        }
        _kwargs["headers"] = headers

        parsed: IdentityVerificationSecretList = self._request(
            _kwargs,
            {200: IdentityVerificationSecretList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class IdentityVerificationSecretsRawResource:
    """``client.identity_verification_secrets.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: IdentityVerificationSecretsResource) -> None:
        raw = IdentityVerificationSecretsResource(resource._client, raw=True)
        self.create = sync_raw(raw.create)
        self.delete = sync_raw(raw.delete)
        self.list = sync_raw(raw.list)
