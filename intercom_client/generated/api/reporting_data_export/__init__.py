# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.reporting_data_export``: the reporting_data_export resource of both clients, one method per operation.

``ReportingDataExportResource`` is the sync one (on ``Intercom``), ``AsyncReportingDataExportResource`` the async one (on
``AsyncIntercom``). Each method is its operation: it builds the request (method, path, query, headers,
body), names how each documented response decodes, and hands both to the runtime (``_resource.py``),
which sends, retries and decodes. The models a method needs are imported on its first call.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    from ...models.get_download_reporting_data_job_identifier_accept import GetDownloadReportingDataJobIdentifierAccept
    from ...models.intercom_version import IntercomVersion
    from ...models.post_export_reporting_data_enqueue_body import (
        PostExportReportingDataEnqueueBody,
        PostExportReportingDataEnqueueBodyDict,
    )
    from ...models.reporting_data_export_job import ReportingDataExportJob
    from ...models.reporting_dataset_list import ReportingDatasetList
    from ...types import TimeoutTypes

__all__ = ["AsyncReportingDataExportResource", "ReportingDataExportResource"]


class AsyncReportingDataExportResource(AsyncResource):
    """``client.reporting_data_export`` of AsyncIntercom: 4 operations."""

    @property
    def with_raw_response(self) -> AsyncReportingDataExportRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncReportingDataExportRawResource(self)

    async def download(
        self,
        job_identifier: str,
        *,
        app_id: str,
        intercom_version: IntercomVersion | Unset = UNSET,
        accept: GetDownloadReportingDataJobIdentifierAccept,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Download completed export job data

        Download the data from a completed reporting data export job.

        > Octet header required
        >
        > You will have to specify the header Accept: `application/octet-stream` when hitting this endpoint.

        Args:
            job_identifier (str):
            app_id (str):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            accept (GetDownloadReportingDataJobIdentifierAccept):  Example: application/octet-stream.
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

        headers["Accept"] = str(accept)

        params: dict[str, Any] = {}
        params["app_id"] = app_id
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/download/reporting_data/{job_identifier}".format(
                job_identifier=path_segment(
                    "job_identifier", job_identifier, "GET /download/reporting_data/{job_identifier}"
                ),
            ),
            "extensions": {OPERATION: ("reporting_data_export.download", "/download/reporting_data/{job_identifier}")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: None = await self._request(
            _kwargs, {200: None}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    async def enqueue(
        self,
        *,
        body: PostExportReportingDataEnqueueBody | PostExportReportingDataEnqueueBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        attribute_ids: Sequence[str] = NOT_GIVEN,
        dataset_id: str = NOT_GIVEN,
        end_time: int = NOT_GIVEN,
        start_time: int = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ReportingDataExportJob:
        """Enqueue a new reporting data export job

        For the **conversation** dataset, from the Preview version this export returns all conversations,
        including those that never received a user reply. Earlier versions return only conversations that
        received at least one user reply. Other datasets are unaffected.

        Args:
            body (PostExportReportingDataEnqueueBody | PostExportReportingDataEnqueueBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            attribute_ids (Sequence[str]): The body's field attribute_ids (instead of body=). List of
                attribute identifiers to include in the export. Requires qualified_id format (e.g.,
                "people.Brand", "standard.conversation_id"). Use the qualified_id returned from the
                get_datasets response.
            dataset_id (str): The body's field dataset_id (instead of body=).
            end_time (int): The body's field end_time (instead of body=).
            start_time (int): The body's field start_time (instead of body=).
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
            ReportingDataExportJob
        """

        from ...models.post_export_reporting_data_enqueue_body import PostExportReportingDataEnqueueBody
        from ...models.reporting_data_export_job import ReportingDataExportJob

        body = cast(
            "PostExportReportingDataEnqueueBody",
            request_body(
                body_fields(
                    body,
                    {
                        "attribute_ids": attribute_ids,
                        "dataset_id": dataset_id,
                        "end_time": end_time,
                        "start_time": start_time,
                    },
                    "PostExportReportingDataEnqueueBody",
                ),
                PostExportReportingDataEnqueueBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/export/reporting_data/enqueue",
            "extensions": {OPERATION: ("reporting_data_export.enqueue", "/export/reporting_data/enqueue")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ReportingDataExportJob = await self._request(
            _kwargs,
            {200: ReportingDataExportJob.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def list_datasets(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ReportingDatasetList:
        """List available datasets and attributes

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
            ReportingDatasetList
        """

        from ...models.reporting_dataset_list import ReportingDatasetList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/export/reporting_data/get_datasets",
            "extensions": {OPERATION: ("reporting_data_export.list_datasets", "/export/reporting_data/get_datasets")},
        }
        _kwargs["headers"] = headers

        parsed: ReportingDatasetList = await self._request(
            _kwargs,
            {200: ReportingDatasetList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def retrieve_job(
        self,
        job_identifier: str,
        *,
        app_id: str,
        client_id: str,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ReportingDataExportJob:
        """Get export job status

        Args:
            job_identifier (str):
            app_id (str):
            client_id (str):
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
            ReportingDataExportJob
        """

        from ...models.reporting_data_export_job import ReportingDataExportJob

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["app_id"] = app_id
        params["client_id"] = client_id
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/export/reporting_data/{job_identifier}".format(
                job_identifier=path_segment(
                    "job_identifier", job_identifier, "GET /export/reporting_data/{job_identifier}"
                ),
            ),
            "extensions": {
                OPERATION: ("reporting_data_export.retrieve_job", "/export/reporting_data/{job_identifier}")
            },
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: ReportingDataExportJob = await self._request(
            _kwargs,
            {200: ReportingDataExportJob.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncReportingDataExportRawResource:
    """``client.reporting_data_export.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncReportingDataExportResource) -> None:
        raw = AsyncReportingDataExportResource(resource._client, raw=True)
        self.download = async_raw(raw.download)
        self.enqueue = async_raw(raw.enqueue)
        self.list_datasets = async_raw(raw.list_datasets)
        self.retrieve_job = async_raw(raw.retrieve_job)


class ReportingDataExportResource(SyncResource):
    """``client.reporting_data_export`` of Intercom: 4 operations."""

    @property
    def with_raw_response(self) -> ReportingDataExportRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return ReportingDataExportRawResource(self)

    def download(
        self,
        job_identifier: str,
        *,
        app_id: str,
        intercom_version: IntercomVersion | Unset = UNSET,
        accept: GetDownloadReportingDataJobIdentifierAccept,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Download completed export job data

        Download the data from a completed reporting data export job.

        > Octet header required
        >
        > You will have to specify the header Accept: `application/octet-stream` when hitting this endpoint.

        Args:
            job_identifier (str):
            app_id (str):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            accept (GetDownloadReportingDataJobIdentifierAccept):  Example: application/octet-stream.
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

        headers["Accept"] = str(accept)

        params: dict[str, Any] = {}
        params["app_id"] = app_id
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/download/reporting_data/{job_identifier}".format(
                job_identifier=path_segment(
                    "job_identifier", job_identifier, "GET /download/reporting_data/{job_identifier}"
                ),
            ),
            "extensions": {OPERATION: ("reporting_data_export.download", "/download/reporting_data/{job_identifier}")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: None = self._request(
            _kwargs, {200: None}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    def enqueue(
        self,
        *,
        body: PostExportReportingDataEnqueueBody | PostExportReportingDataEnqueueBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        attribute_ids: Sequence[str] = NOT_GIVEN,
        dataset_id: str = NOT_GIVEN,
        end_time: int = NOT_GIVEN,
        start_time: int = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ReportingDataExportJob:
        """Enqueue a new reporting data export job

        For the **conversation** dataset, from the Preview version this export returns all conversations,
        including those that never received a user reply. Earlier versions return only conversations that
        received at least one user reply. Other datasets are unaffected.

        Args:
            body (PostExportReportingDataEnqueueBody | PostExportReportingDataEnqueueBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            attribute_ids (Sequence[str]): The body's field attribute_ids (instead of body=). List of
                attribute identifiers to include in the export. Requires qualified_id format (e.g.,
                "people.Brand", "standard.conversation_id"). Use the qualified_id returned from the
                get_datasets response.
            dataset_id (str): The body's field dataset_id (instead of body=).
            end_time (int): The body's field end_time (instead of body=).
            start_time (int): The body's field start_time (instead of body=).
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
            ReportingDataExportJob
        """

        from ...models.post_export_reporting_data_enqueue_body import PostExportReportingDataEnqueueBody
        from ...models.reporting_data_export_job import ReportingDataExportJob

        body = cast(
            "PostExportReportingDataEnqueueBody",
            request_body(
                body_fields(
                    body,
                    {
                        "attribute_ids": attribute_ids,
                        "dataset_id": dataset_id,
                        "end_time": end_time,
                        "start_time": start_time,
                    },
                    "PostExportReportingDataEnqueueBody",
                ),
                PostExportReportingDataEnqueueBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/export/reporting_data/enqueue",
            "extensions": {OPERATION: ("reporting_data_export.enqueue", "/export/reporting_data/enqueue")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ReportingDataExportJob = self._request(
            _kwargs,
            {200: ReportingDataExportJob.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list_datasets(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ReportingDatasetList:
        """List available datasets and attributes

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
            ReportingDatasetList
        """

        from ...models.reporting_dataset_list import ReportingDatasetList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/export/reporting_data/get_datasets",
            "extensions": {OPERATION: ("reporting_data_export.list_datasets", "/export/reporting_data/get_datasets")},
        }
        _kwargs["headers"] = headers

        parsed: ReportingDatasetList = self._request(
            _kwargs,
            {200: ReportingDatasetList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def retrieve_job(
        self,
        job_identifier: str,
        *,
        app_id: str,
        client_id: str,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ReportingDataExportJob:
        """Get export job status

        Args:
            job_identifier (str):
            app_id (str):
            client_id (str):
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
            ReportingDataExportJob
        """

        from ...models.reporting_data_export_job import ReportingDataExportJob

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["app_id"] = app_id
        params["client_id"] = client_id
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/export/reporting_data/{job_identifier}".format(
                job_identifier=path_segment(
                    "job_identifier", job_identifier, "GET /export/reporting_data/{job_identifier}"
                ),
            ),
            "extensions": {
                OPERATION: ("reporting_data_export.retrieve_job", "/export/reporting_data/{job_identifier}")
            },
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: ReportingDataExportJob = self._request(
            _kwargs,
            {200: ReportingDataExportJob.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class ReportingDataExportRawResource:
    """``client.reporting_data_export.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ReportingDataExportResource) -> None:
        raw = ReportingDataExportResource(resource._client, raw=True)
        self.download = sync_raw(raw.download)
        self.enqueue = sync_raw(raw.enqueue)
        self.list_datasets = sync_raw(raw.list_datasets)
        self.retrieve_job = sync_raw(raw.retrieve_job)
