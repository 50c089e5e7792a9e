# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.jobs``: the jobs resource of both clients, one method per operation.

``JobsResource`` is the sync one (on ``Intercom``), ``AsyncJobsResource`` the async one (on
``AsyncIntercom``). The endpoint modules beside this file build each request and decode its response;
they are imported on a method's first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import OMITTED, UNSET, AsyncResource, SyncResource, Unset, async_raw, sync_raw

if TYPE_CHECKING:
    from ...models.intercom_version import IntercomVersion
    from ...models.jobs import Jobs
    from ...types import TimeoutTypes

__all__ = ["AsyncJobsResource", "JobsResource"]


class AsyncJobsResource(AsyncResource):
    """``client.jobs`` of AsyncIntercom: 1 operations."""

    @property
    def with_raw_response(self) -> AsyncJobsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncJobsRawResource(self)

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
    ) -> Jobs:
        """Retrieve job status

        Retrieve the status of job execution.

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
            Jobs
        """

        from . import jobs_status as _op

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


class AsyncJobsRawResource:
    """``client.jobs.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncJobsResource) -> None:
        raw = AsyncJobsResource(resource._client, raw=True)
        self.retrieve = async_raw(raw.retrieve)


class JobsResource(SyncResource):
    """``client.jobs`` of Intercom: 1 operations."""

    @property
    def with_raw_response(self) -> JobsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return JobsRawResource(self)

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
    ) -> Jobs:
        """Retrieve job status

        Retrieve the status of job execution.

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
            Jobs
        """

        from . import jobs_status as _op

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


class JobsRawResource:
    """``client.jobs.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: JobsResource) -> None:
        raw = JobsResource(resource._client, raw=True)
        self.retrieve = sync_raw(raw.retrieve)
