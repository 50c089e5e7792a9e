# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.data_export``: the data_export resource of both clients, one method per operation.

``DataExportResource`` is the sync one (on ``Intercom``), ``AsyncDataExportResource`` the async one (on
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
    from ...models.create_data_exports_request import CreateDataExportsRequest, CreateDataExportsRequestDict
    from ...models.data_export import DataExport
    from ...models.intercom_version import IntercomVersion
    from ...types import TimeoutTypes

__all__ = ["AsyncDataExportResource", "DataExportResource"]


class AsyncDataExportResource(AsyncResource):
    """``client.data_export`` of AsyncIntercom: 4 operations."""

    @property
    def with_raw_response(self) -> AsyncDataExportRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncDataExportRawResource(self)

    async def cancel(
        self,
        job_identifier: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataExport:
        """Cancel content data export

        You can cancel your job

        Args:
            job_identifier (str):
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
            DataExport
        """

        from ...models.data_export import DataExport

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/export/cancel/{job_identifier}".format(
                job_identifier=path_segment("job_identifier", job_identifier, "POST /export/cancel/{job_identifier}"),
            ),
            "extensions": {OPERATION: ("data_export.cancel", "/export/cancel/{job_identifier}")},
        }
        _kwargs["headers"] = headers

        parsed: DataExport = await self._request(
            _kwargs,
            {200: DataExport.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def create(
        self,
        *,
        body: CreateDataExportsRequest | CreateDataExportsRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        created_at_after: int = NOT_GIVEN,
        created_at_before: int = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataExport:
        """Create content data export

        To create your export job, you need to send a `POST` request to the export endpoint
        `https://api.intercom.io/export/content/data`.

        This endpoint exports **message delivery and engagement data** for outbound content (Emails, Posts,
        Custom Bots, Surveys, Tours, Series, and more). The exported data includes who received each
        message, when they received it, and how they engaged with it (opens, clicks, replies, completions,
        dismissals, unsubscribes, and bounces). It does not export raw message or conversation content.

        The only parameters you need to provide are the range of dates that you want exported.

        >🚧 Limit of one active job
        >
        > You can only have one active job per workspace. You will receive a HTTP status code of 429 with
        the message Exceeded rate limit of 1 pending message data export jobs if you attempt to create a
        second concurrent job.

        >❗️ Updated_at not included
        >
        > It should be noted that the timeframe only includes messages sent during the time period and not
        messages that were only updated during this period. For example, if a message was updated yesterday
        but sent two days ago, you would need to set the created_at_after date before the message was sent
        to include that in your retrieval job.

        >📘 Date ranges are inclusive
        >
        > Requesting data for 2018-06-01 until 2018-06-30 will get all data for those days including those
        specified - e.g. 2018-06-01 00:00:00 until 2018-06-30 23:59:99.

        Args:
            body (CreateDataExportsRequest | CreateDataExportsRequestDict): Request for creating a
                data export
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            created_at_after (int): The body's field created_at_after (instead of body=). The start
                date that you request data for. It must be formatted as a unix timestamp.
            created_at_before (int): The body's field created_at_before (instead of body=). The end
                date that you request data for. It must be formatted as a unix timestamp.
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
            DataExport
        """

        from ...models.create_data_exports_request import CreateDataExportsRequest
        from ...models.data_export import DataExport

        body = cast(
            "CreateDataExportsRequest",
            request_body(
                body_fields(
                    body,
                    {"created_at_after": created_at_after, "created_at_before": created_at_before},
                    "CreateDataExportsRequest",
                ),
                CreateDataExportsRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/export/content/data",
            "extensions": {OPERATION: ("data_export.create", "/export/content/data")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: DataExport = await self._request(
            _kwargs,
            {200: DataExport.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def download(
        self,
        job_identifier: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Download content data export

        When a job has a status of complete, and thus a filled download_url, you can download your data by
        hitting that provided URL, formatted like so: https://api.intercom.io/download/content/data/xyz1234.

        Your exported message data will be streamed continuously back down to you in a gzipped CSV format.

        > 📘 Octet header required
        >
        > You will have to specify the header Accept: `application/octet-stream` when hitting this endpoint.

        Args:
            job_identifier (str):
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
            "method": "get",
            "url": "/download/content/data/{job_identifier}".format(
                job_identifier=path_segment(
                    "job_identifier", job_identifier, "GET /download/content/data/{job_identifier}"
                ),
            ),
            "extensions": {OPERATION: ("data_export.download", "/download/content/data/{job_identifier}")},
        }
        _kwargs["headers"] = headers

        parsed: None = await self._request(
            _kwargs, {200: None}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    async def retrieve(
        self,
        job_identifier: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataExport:
        """Show content data export

        You can view the status of your job by sending a `GET` request to the URL
        `https://api.intercom.io/export/content/data/{job_identifier}` - the `{job_identifier}` is the value
        returned in the response when you first created the export job. More on it can be seen in the Export
        Job Model.

        > 🚧 Jobs expire after two days
        > All jobs that have completed processing (and are thus available to download from the provided URL)
        will have an expiry limit of two days from when the export ob completed. After this, the data will
        no longer be available.

        Args:
            job_identifier (str):
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
            DataExport
        """

        from ...models.data_export import DataExport

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/export/content/data/{job_identifier}".format(
                job_identifier=path_segment(
                    "job_identifier", job_identifier, "GET /export/content/data/{job_identifier}"
                ),
            ),
            "extensions": {OPERATION: ("data_export.retrieve", "/export/content/data/{job_identifier}")},
        }
        _kwargs["headers"] = headers

        parsed: DataExport = await self._request(
            _kwargs,
            {200: DataExport.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncDataExportRawResource:
    """``client.data_export.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncDataExportResource) -> None:
        raw = AsyncDataExportResource(resource._client, raw=True)
        self.cancel = async_raw(raw.cancel)
        self.create = async_raw(raw.create)
        self.download = async_raw(raw.download)
        self.retrieve = async_raw(raw.retrieve)


class DataExportResource(SyncResource):
    """``client.data_export`` of Intercom: 4 operations."""

    @property
    def with_raw_response(self) -> DataExportRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return DataExportRawResource(self)

    def cancel(
        self,
        job_identifier: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataExport:
        """Cancel content data export

        You can cancel your job

        Args:
            job_identifier (str):
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
            DataExport
        """

        from ...models.data_export import DataExport

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/export/cancel/{job_identifier}".format(
                job_identifier=path_segment("job_identifier", job_identifier, "POST /export/cancel/{job_identifier}"),
            ),
            "extensions": {OPERATION: ("data_export.cancel", "/export/cancel/{job_identifier}")},
        }
        _kwargs["headers"] = headers

        parsed: DataExport = self._request(
            _kwargs,
            {200: DataExport.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def create(
        self,
        *,
        body: CreateDataExportsRequest | CreateDataExportsRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        created_at_after: int = NOT_GIVEN,
        created_at_before: int = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataExport:
        """Create content data export

        To create your export job, you need to send a `POST` request to the export endpoint
        `https://api.intercom.io/export/content/data`.

        This endpoint exports **message delivery and engagement data** for outbound content (Emails, Posts,
        Custom Bots, Surveys, Tours, Series, and more). The exported data includes who received each
        message, when they received it, and how they engaged with it (opens, clicks, replies, completions,
        dismissals, unsubscribes, and bounces). It does not export raw message or conversation content.

        The only parameters you need to provide are the range of dates that you want exported.

        >🚧 Limit of one active job
        >
        > You can only have one active job per workspace. You will receive a HTTP status code of 429 with
        the message Exceeded rate limit of 1 pending message data export jobs if you attempt to create a
        second concurrent job.

        >❗️ Updated_at not included
        >
        > It should be noted that the timeframe only includes messages sent during the time period and not
        messages that were only updated during this period. For example, if a message was updated yesterday
        but sent two days ago, you would need to set the created_at_after date before the message was sent
        to include that in your retrieval job.

        >📘 Date ranges are inclusive
        >
        > Requesting data for 2018-06-01 until 2018-06-30 will get all data for those days including those
        specified - e.g. 2018-06-01 00:00:00 until 2018-06-30 23:59:99.

        Args:
            body (CreateDataExportsRequest | CreateDataExportsRequestDict): Request for creating a
                data export
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            created_at_after (int): The body's field created_at_after (instead of body=). The start
                date that you request data for. It must be formatted as a unix timestamp.
            created_at_before (int): The body's field created_at_before (instead of body=). The end
                date that you request data for. It must be formatted as a unix timestamp.
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
            DataExport
        """

        from ...models.create_data_exports_request import CreateDataExportsRequest
        from ...models.data_export import DataExport

        body = cast(
            "CreateDataExportsRequest",
            request_body(
                body_fields(
                    body,
                    {"created_at_after": created_at_after, "created_at_before": created_at_before},
                    "CreateDataExportsRequest",
                ),
                CreateDataExportsRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/export/content/data",
            "extensions": {OPERATION: ("data_export.create", "/export/content/data")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: DataExport = self._request(
            _kwargs,
            {200: DataExport.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def download(
        self,
        job_identifier: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Download content data export

        When a job has a status of complete, and thus a filled download_url, you can download your data by
        hitting that provided URL, formatted like so: https://api.intercom.io/download/content/data/xyz1234.

        Your exported message data will be streamed continuously back down to you in a gzipped CSV format.

        > 📘 Octet header required
        >
        > You will have to specify the header Accept: `application/octet-stream` when hitting this endpoint.

        Args:
            job_identifier (str):
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
            "method": "get",
            "url": "/download/content/data/{job_identifier}".format(
                job_identifier=path_segment(
                    "job_identifier", job_identifier, "GET /download/content/data/{job_identifier}"
                ),
            ),
            "extensions": {OPERATION: ("data_export.download", "/download/content/data/{job_identifier}")},
        }
        _kwargs["headers"] = headers

        parsed: None = self._request(
            _kwargs, {200: None}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    def retrieve(
        self,
        job_identifier: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataExport:
        """Show content data export

        You can view the status of your job by sending a `GET` request to the URL
        `https://api.intercom.io/export/content/data/{job_identifier}` - the `{job_identifier}` is the value
        returned in the response when you first created the export job. More on it can be seen in the Export
        Job Model.

        > 🚧 Jobs expire after two days
        > All jobs that have completed processing (and are thus available to download from the provided URL)
        will have an expiry limit of two days from when the export ob completed. After this, the data will
        no longer be available.

        Args:
            job_identifier (str):
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
            DataExport
        """

        from ...models.data_export import DataExport

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/export/content/data/{job_identifier}".format(
                job_identifier=path_segment(
                    "job_identifier", job_identifier, "GET /export/content/data/{job_identifier}"
                ),
            ),
            "extensions": {OPERATION: ("data_export.retrieve", "/export/content/data/{job_identifier}")},
        }
        _kwargs["headers"] = headers

        parsed: DataExport = self._request(
            _kwargs,
            {200: DataExport.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class DataExportRawResource:
    """``client.data_export.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: DataExportResource) -> None:
        raw = DataExportResource(resource._client, raw=True)
        self.cancel = sync_raw(raw.cancel)
        self.create = sync_raw(raw.create)
        self.download = sync_raw(raw.download)
        self.retrieve = sync_raw(raw.retrieve)
