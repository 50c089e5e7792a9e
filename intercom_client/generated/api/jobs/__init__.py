# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.jobs``: the jobs resource of both clients, one method per operation.

``JobsResource`` is the sync one (on ``Intercom``), ``AsyncJobsResource`` the async one (on
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
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Jobs:
        """Retrieve job status

        Retrieve the status of job execution.

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
            Jobs
        """

        from ...models.jobs import Jobs

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/jobs/status/{id}".format(
                id=path_segment("id", id, "GET /jobs/status/{id}"),
            ),
            "extensions": {OPERATION: ("jobs.retrieve", "/jobs/status/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Jobs = await self._request(
            _kwargs,
            {200: Jobs.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


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
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Jobs:
        """Retrieve job status

        Retrieve the status of job execution.

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
            Jobs
        """

        from ...models.jobs import Jobs

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/jobs/status/{id}".format(
                id=path_segment("id", id, "GET /jobs/status/{id}"),
            ),
            "extensions": {OPERATION: ("jobs.retrieve", "/jobs/status/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Jobs = self._request(
            _kwargs,
            {200: Jobs.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class JobsRawResource:
    """``client.jobs.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: JobsResource) -> None:
        raw = JobsResource(resource._client, raw=True)
        self.retrieve = sync_raw(raw.retrieve)
