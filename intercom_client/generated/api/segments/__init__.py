# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.segments``: the segments resource of both clients, one method per operation.

``SegmentsResource`` is the sync one (on ``Intercom``), ``AsyncSegmentsResource`` the async one (on
``AsyncIntercom``). The endpoint modules beside this file build each request and decode its response;
they are imported on a method's first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import OMITTED, UNSET, AsyncResource, SyncResource, Unset, async_raw, sync_raw

if TYPE_CHECKING:
    from ...models.intercom_version import IntercomVersion
    from ...models.segment import Segment
    from ...models.segment_list import SegmentList
    from ...types import TimeoutTypes

__all__ = ["AsyncSegmentsResource", "SegmentsResource"]


class AsyncSegmentsResource(AsyncResource):
    """``client.segments`` of AsyncIntercom: 2 operations."""

    @property
    def with_raw_response(self) -> AsyncSegmentsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncSegmentsRawResource(self)

    async def list(
        self,
        *,
        include_count: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SegmentList:
        """List all segments

        You can fetch a list of all segments.

        Args:
            include_count (bool | Unset):
            intercom_version (IntercomVersion | Unset): Intercom API version.
                By default, it's equal to the version set in the app package. Example: Preview.
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
            SegmentList
        """

        from . import list_segments as _op

        return await self._call(
            _op._get_kwargs(
                include_count=include_count,
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def retrieve(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Segment:
        """Retrieve a segment

        You can fetch the details of a single segment.

        Args:
            id (str):
            intercom_version (IntercomVersion | Unset): Intercom API version.
                By default, it's equal to the version set in the app package. Example: Preview.
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
            Segment
        """

        from . import retrieve_segment as _op

        return await self._call(
            _op._get_kwargs(
                id=id,
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncSegmentsRawResource:
    """``client.segments.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncSegmentsResource) -> None:
        raw = AsyncSegmentsResource(resource._client, raw=True)
        self.list = async_raw(raw.list)
        self.retrieve = async_raw(raw.retrieve)


class SegmentsResource(SyncResource):
    """``client.segments`` of Intercom: 2 operations."""

    @property
    def with_raw_response(self) -> SegmentsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return SegmentsRawResource(self)

    def list(
        self,
        *,
        include_count: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SegmentList:
        """List all segments

        You can fetch a list of all segments.

        Args:
            include_count (bool | Unset):
            intercom_version (IntercomVersion | Unset): Intercom API version.
                By default, it's equal to the version set in the app package. Example: Preview.
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
            SegmentList
        """

        from . import list_segments as _op

        return self._call(
            _op._get_kwargs(
                include_count=include_count,
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def retrieve(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = OMITTED,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Segment:
        """Retrieve a segment

        You can fetch the details of a single segment.

        Args:
            id (str):
            intercom_version (IntercomVersion | Unset): Intercom API version.
                By default, it's equal to the version set in the app package. Example: Preview.
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
            Segment
        """

        from . import retrieve_segment as _op

        return self._call(
            _op._get_kwargs(
                id=id,
                intercom_version=intercom_version,
            ),
            _op._parse_response,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class SegmentsRawResource:
    """``client.segments.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: SegmentsResource) -> None:
        raw = SegmentsResource(resource._client, raw=True)
        self.list = sync_raw(raw.list)
        self.retrieve = sync_raw(raw.retrieve)
