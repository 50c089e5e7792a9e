# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.banners``: the banners resource of both clients, one method per operation.

``BannersResource`` is the sync one (on ``Intercom``), ``AsyncBannersResource`` the async one (on
``AsyncIntercom``). Each method is its operation: it builds the request (method, path, query, headers,
body), names how each documented response decodes, and hands both to the runtime (``_resource.py``),
which sends, retries and decodes. The models a method needs are imported on its first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import (
    NOT_GIVEN,
    OPERATION,
    UNSET,
    AsyncResource,
    SyncResource,
    Unset,
    async_raw,
    path_segment,
    request_options,
    sync_raw,
)

if TYPE_CHECKING:
    from ...models.banner_dismiss import BannerDismiss
    from ...models.banner_list import BannerList
    from ...models.intercom_version import IntercomVersion
    from ...types import TimeoutTypes

__all__ = ["AsyncBannersResource", "BannersResource"]


class AsyncBannersResource(AsyncResource):
    """``client.banners`` of AsyncIntercom: 2 operations."""

    @property
    def with_raw_response(self) -> AsyncBannersRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncBannersRawResource(self)

    async def dismiss_for_contact(
        self,
        id: str,
        view_id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BannerDismiss:
        """Dismiss a banner for a contact

        Records that a contact has dismissed a banner. Dismissals are shared across
        surfaces, so a banner dismissed through this endpoint will also stop appearing
        in the web Messenger for that contact, and vice versa.

        The request is idempotent: dismissing an already-dismissed banner succeeds and
        returns the same response.

        Args:
            id (str):
            view_id (str):
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
            BannerDismiss
        """

        from ...models.banner_dismiss import BannerDismiss

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/{id}/banners/{view_id}/dismiss".format(
                id=path_segment("id", id, "POST /contacts/{id}/banners/{view_id}/dismiss"),
                view_id=path_segment("view_id", view_id, "POST /contacts/{id}/banners/{view_id}/dismiss"),
            ),
            "extensions": {OPERATION: ("banners.dismiss_for_contact", "/contacts/{id}/banners/{view_id}/dismiss")},
        }
        _kwargs["headers"] = headers

        parsed: BannerDismiss = await self._request(
            _kwargs,
            {200: BannerDismiss.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def list_for_contact(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BannerList:
        """List banners for a contact

        Returns the banners a contact currently matches, so you can display them on
        surfaces outside the Messenger (native mobile apps, kiosks, embedded tools).

        Each banner in the response includes a `view_id`. Use it to record a dismissal
        with the dismiss endpoint. A returned banner is treated as shown: requesting
        this endpoint records an impression for each banner returned, so call it at the
        point you are about to display the banners, not speculatively.

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
            BannerList
        """

        from ...models.banner_list import BannerList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/contacts/{id}/banners".format(
                id=path_segment("id", id, "GET /contacts/{id}/banners"),
            ),
            "extensions": {OPERATION: ("banners.list_for_contact", "/contacts/{id}/banners")},
        }
        _kwargs["headers"] = headers

        parsed: BannerList = await self._request(
            _kwargs,
            {200: BannerList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncBannersRawResource:
    """``client.banners.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBannersResource) -> None:
        raw = AsyncBannersResource(resource._client, raw=True)
        self.dismiss_for_contact = async_raw(raw.dismiss_for_contact)
        self.list_for_contact = async_raw(raw.list_for_contact)


class BannersResource(SyncResource):
    """``client.banners`` of Intercom: 2 operations."""

    @property
    def with_raw_response(self) -> BannersRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return BannersRawResource(self)

    def dismiss_for_contact(
        self,
        id: str,
        view_id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BannerDismiss:
        """Dismiss a banner for a contact

        Records that a contact has dismissed a banner. Dismissals are shared across
        surfaces, so a banner dismissed through this endpoint will also stop appearing
        in the web Messenger for that contact, and vice versa.

        The request is idempotent: dismissing an already-dismissed banner succeeds and
        returns the same response.

        Args:
            id (str):
            view_id (str):
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
            BannerDismiss
        """

        from ...models.banner_dismiss import BannerDismiss

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/{id}/banners/{view_id}/dismiss".format(
                id=path_segment("id", id, "POST /contacts/{id}/banners/{view_id}/dismiss"),
                view_id=path_segment("view_id", view_id, "POST /contacts/{id}/banners/{view_id}/dismiss"),
            ),
            "extensions": {OPERATION: ("banners.dismiss_for_contact", "/contacts/{id}/banners/{view_id}/dismiss")},
        }
        _kwargs["headers"] = headers

        parsed: BannerDismiss = self._request(
            _kwargs,
            {200: BannerDismiss.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list_for_contact(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BannerList:
        """List banners for a contact

        Returns the banners a contact currently matches, so you can display them on
        surfaces outside the Messenger (native mobile apps, kiosks, embedded tools).

        Each banner in the response includes a `view_id`. Use it to record a dismissal
        with the dismiss endpoint. A returned banner is treated as shown: requesting
        this endpoint records an impression for each banner returned, so call it at the
        point you are about to display the banners, not speculatively.

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
            BannerList
        """

        from ...models.banner_list import BannerList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/contacts/{id}/banners".format(
                id=path_segment("id", id, "GET /contacts/{id}/banners"),
            ),
            "extensions": {OPERATION: ("banners.list_for_contact", "/contacts/{id}/banners")},
        }
        _kwargs["headers"] = headers

        parsed: BannerList = self._request(
            _kwargs,
            {200: BannerList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class BannersRawResource:
    """``client.banners.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: BannersResource) -> None:
        raw = BannersResource(resource._client, raw=True)
        self.dismiss_for_contact = sync_raw(raw.dismiss_for_contact)
        self.list_for_contact = sync_raw(raw.list_for_contact)
