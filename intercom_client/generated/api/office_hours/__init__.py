# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.office_hours``: the office_hours resource of both clients, one method per operation.

``OfficeHoursResource`` is the sync one (on ``Intercom``), ``AsyncOfficeHoursResource`` the async one (on
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
    from ...models.create_office_hours_exception_request import (
        CreateOfficeHoursExceptionRequest,
        CreateOfficeHoursExceptionRequestDict,
    )
    from ...models.create_office_hours_exception_request_exception_type import (
        CreateOfficeHoursExceptionRequestExceptionType,
    )
    from ...models.create_office_hours_schedule_request import (
        CreateOfficeHoursScheduleRequest,
        CreateOfficeHoursScheduleRequestDict,
    )
    from ...models.intercom_version import IntercomVersion
    from ...models.office_hours_deleted import OfficeHoursDeleted
    from ...models.office_hours_exception import OfficeHoursException
    from ...models.office_hours_exception_list import OfficeHoursExceptionList
    from ...models.office_hours_schedule import OfficeHoursSchedule
    from ...models.office_hours_schedule_list import OfficeHoursScheduleList
    from ...models.office_hours_time_interval import OfficeHoursTimeIntervalDict
    from ...models.update_office_hours_exception_request import (
        UpdateOfficeHoursExceptionRequest,
        UpdateOfficeHoursExceptionRequestDict,
    )
    from ...models.update_office_hours_exception_request_exception_type import (
        UpdateOfficeHoursExceptionRequestExceptionType,
    )
    from ...models.update_office_hours_schedule_request import (
        UpdateOfficeHoursScheduleRequest,
        UpdateOfficeHoursScheduleRequestDict,
    )
    from ...types import TimeoutTypes

__all__ = ["AsyncOfficeHoursResource", "OfficeHoursResource"]


class AsyncOfficeHoursResource(AsyncResource):
    """``client.office_hours`` of AsyncIntercom: 10 operations."""

    @property
    def with_raw_response(self) -> AsyncOfficeHoursRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncOfficeHoursRawResource(self)

    async def create_exception(
        self,
        office_hours_schedule_id: str,
        *,
        body: CreateOfficeHoursExceptionRequest | CreateOfficeHoursExceptionRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        exception_date: str = NOT_GIVEN,
        exception_type: CreateOfficeHoursExceptionRequestExceptionType = NOT_GIVEN,
        name: str = NOT_GIVEN,
        recurring_annually: bool = NOT_GIVEN,
        time_intervals: Sequence[OfficeHoursTimeIntervalDict] | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfficeHoursException:
        """Create an office hours exception

        You can create an exception for an office hours schedule. Use `closed` to mark the day closed (omit
        `time_intervals`) or `custom_hours` to supply replacement intervals.

        Args:
            office_hours_schedule_id (str):
            body (CreateOfficeHoursExceptionRequest | CreateOfficeHoursExceptionRequestDict): The
                request payload for creating an office hours exception. Omit `time_intervals` when
                `exception_type` is `closed`.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            exception_date (str): The body's field exception_date (instead of body=). The date the
                exception applies to, in `YYYY-MM-DD` format.
            exception_type (CreateOfficeHoursExceptionRequestExceptionType): The body's field
                exception_type (instead of body=). The type of exception.
            name (str): The body's field name (instead of body=). An optional name for the exception.
            recurring_annually (bool): The body's field recurring_annually (instead of body=). Whether
                the exception repeats every year on the same date.
            time_intervals (Sequence[OfficeHoursTimeIntervalDict] | None): The body's field
                time_intervals (instead of body=). The open intervals for the exception date. Required for
                `custom_hours`; omit for `closed`.
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
            OfficeHoursException
        """

        from ...models.create_office_hours_exception_request import CreateOfficeHoursExceptionRequest
        from ...models.office_hours_exception import OfficeHoursException

        body = cast(
            "CreateOfficeHoursExceptionRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "exception_date": exception_date,
                        "exception_type": exception_type,
                        "name": name,
                        "recurring_annually": recurring_annually,
                        "time_intervals": time_intervals,
                    },
                    "CreateOfficeHoursExceptionRequest",
                ),
                CreateOfficeHoursExceptionRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions".format(
                office_hours_schedule_id=path_segment(
                    "office_hours_schedule_id",
                    office_hours_schedule_id,
                    "POST /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions",
                ),
            ),
            "extensions": {
                OPERATION: (
                    "office_hours.create_exception",
                    "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions",
                )
            },
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: OfficeHoursException = await self._request(
            _kwargs,
            {201: OfficeHoursException.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def create_schedule(
        self,
        *,
        body: CreateOfficeHoursScheduleRequest | CreateOfficeHoursScheduleRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        name: str = NOT_GIVEN,
        time_intervals: Sequence[OfficeHoursTimeIntervalDict] = NOT_GIVEN,
        time_zone_name: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfficeHoursSchedule:
        """Create an office hours schedule

        You can create a new office hours schedule for the workspace.

        Args:
            body (CreateOfficeHoursScheduleRequest | CreateOfficeHoursScheduleRequestDict): The
                request payload for creating an office hours schedule.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            name (str): The body's field name (instead of body=). The name of the office hours
                schedule.
            time_intervals (Sequence[OfficeHoursTimeIntervalDict]): The body's field time_intervals
                (instead of body=). The open intervals for the schedule. `start_minute` and `end_minute`
                must be on a 15-minute boundary.
            time_zone_name (str): The body's field time_zone_name (instead of body=). The IANA time
                zone the schedule's hours are evaluated in.
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
            OfficeHoursSchedule
        """

        from ...models.create_office_hours_schedule_request import CreateOfficeHoursScheduleRequest
        from ...models.office_hours_schedule import OfficeHoursSchedule

        body = cast(
            "CreateOfficeHoursScheduleRequest",
            request_body(
                body_fields(
                    body,
                    {"name": name, "time_intervals": time_intervals, "time_zone_name": time_zone_name},
                    "CreateOfficeHoursScheduleRequest",
                ),
                CreateOfficeHoursScheduleRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/office_hours_schedules",
            "extensions": {OPERATION: ("office_hours.create_schedule", "/office_hours_schedules")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: OfficeHoursSchedule = await self._request(
            _kwargs,
            {201: OfficeHoursSchedule.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def delete_exception(
        self,
        office_hours_schedule_id: str,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfficeHoursDeleted:
        """Delete an office hours exception

        You can delete a single office hours exception.

        Args:
            office_hours_schedule_id (str):
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
            OfficeHoursDeleted
        """

        from ...models.office_hours_deleted import OfficeHoursDeleted

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}".format(
                office_hours_schedule_id=path_segment(
                    "office_hours_schedule_id",
                    office_hours_schedule_id,
                    "DELETE /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
                ),
                id=path_segment(
                    "id", id, "DELETE /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}"
                ),
            ),
            "extensions": {
                OPERATION: (
                    "office_hours.delete_exception",
                    "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
                )
            },
        }
        _kwargs["headers"] = headers

        parsed: OfficeHoursDeleted = await self._request(
            _kwargs,
            {200: OfficeHoursDeleted.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def delete_schedule(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfficeHoursDeleted:
        """Delete an office hours schedule

        You can delete a single office hours schedule.

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
            OfficeHoursDeleted
        """

        from ...models.office_hours_deleted import OfficeHoursDeleted

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/office_hours_schedules/{id}".format(
                id=path_segment("id", id, "DELETE /office_hours_schedules/{id}"),
            ),
            "extensions": {OPERATION: ("office_hours.delete_schedule", "/office_hours_schedules/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: OfficeHoursDeleted = await self._request(
            _kwargs,
            {200: OfficeHoursDeleted.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def list_exceptions(
        self,
        office_hours_schedule_id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfficeHoursExceptionList:
        """List all office hours exceptions

        You can fetch a list of all exceptions for an office hours schedule.

        Args:
            office_hours_schedule_id (str):
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
            OfficeHoursExceptionList
        """

        from ...models.office_hours_exception_list import OfficeHoursExceptionList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions".format(
                office_hours_schedule_id=path_segment(
                    "office_hours_schedule_id",
                    office_hours_schedule_id,
                    "GET /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions",
                ),
            ),
            "extensions": {
                OPERATION: (
                    "office_hours.list_exceptions",
                    "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions",
                )
            },
        }
        _kwargs["headers"] = headers

        parsed: OfficeHoursExceptionList = await self._request(
            _kwargs,
            {200: OfficeHoursExceptionList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def list_schedules(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfficeHoursScheduleList:
        """List all office hours schedules

        You can fetch a list of all office hours schedules for the workspace.

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
            OfficeHoursScheduleList
        """

        from ...models.office_hours_schedule_list import OfficeHoursScheduleList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/office_hours_schedules",
            "extensions": {OPERATION: ("office_hours.list_schedules", "/office_hours_schedules")},
        }
        _kwargs["headers"] = headers

        parsed: OfficeHoursScheduleList = await self._request(
            _kwargs,
            {200: OfficeHoursScheduleList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def retrieve_exception(
        self,
        office_hours_schedule_id: str,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfficeHoursException:
        """Retrieve an office hours exception

        You can fetch the details of a single office hours exception.

        Args:
            office_hours_schedule_id (str):
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
            OfficeHoursException
        """

        from ...models.office_hours_exception import OfficeHoursException

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}".format(
                office_hours_schedule_id=path_segment(
                    "office_hours_schedule_id",
                    office_hours_schedule_id,
                    "GET /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
                ),
                id=path_segment(
                    "id", id, "GET /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}"
                ),
            ),
            "extensions": {
                OPERATION: (
                    "office_hours.retrieve_exception",
                    "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
                )
            },
        }
        _kwargs["headers"] = headers

        parsed: OfficeHoursException = await self._request(
            _kwargs,
            {200: OfficeHoursException.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def retrieve_schedule(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfficeHoursSchedule:
        """Retrieve an office hours schedule

        You can fetch the details of a single office hours schedule.

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
            OfficeHoursSchedule
        """

        from ...models.office_hours_schedule import OfficeHoursSchedule

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/office_hours_schedules/{id}".format(
                id=path_segment("id", id, "GET /office_hours_schedules/{id}"),
            ),
            "extensions": {OPERATION: ("office_hours.retrieve_schedule", "/office_hours_schedules/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: OfficeHoursSchedule = await self._request(
            _kwargs,
            {200: OfficeHoursSchedule.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def update_exception(
        self,
        office_hours_schedule_id: str,
        id: str,
        *,
        body: UpdateOfficeHoursExceptionRequest | UpdateOfficeHoursExceptionRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        exception_date: str = NOT_GIVEN,
        exception_type: UpdateOfficeHoursExceptionRequestExceptionType = NOT_GIVEN,
        name: str = NOT_GIVEN,
        recurring_annually: bool = NOT_GIVEN,
        time_intervals: Sequence[OfficeHoursTimeIntervalDict] | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfficeHoursException:
        """Update an office hours exception

        You can update an existing office hours exception.

        Args:
            office_hours_schedule_id (str):
            id (str):
            body (UpdateOfficeHoursExceptionRequest | UpdateOfficeHoursExceptionRequestDict | Unset):
                The request payload for updating an office hours exception. Only the provided fields are
                updated.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            exception_date (str): The body's field exception_date (instead of body=). The date the
                exception applies to, in `YYYY-MM-DD` format.
            exception_type (UpdateOfficeHoursExceptionRequestExceptionType): The body's field
                exception_type (instead of body=). The type of exception.
            name (str): The body's field name (instead of body=). An optional name for the exception.
            recurring_annually (bool): The body's field recurring_annually (instead of body=). Whether
                the exception repeats every year on the same date.
            time_intervals (Sequence[OfficeHoursTimeIntervalDict] | None): The body's field
                time_intervals (instead of body=). The open intervals for the exception date. Required for
                `custom_hours`; omit for `closed`.
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
            OfficeHoursException
        """

        from ...models.office_hours_exception import OfficeHoursException
        from ...models.update_office_hours_exception_request import UpdateOfficeHoursExceptionRequest

        body = cast(
            "UpdateOfficeHoursExceptionRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "exception_date": exception_date,
                        "exception_type": exception_type,
                        "name": name,
                        "recurring_annually": recurring_annually,
                        "time_intervals": time_intervals,
                    },
                    "UpdateOfficeHoursExceptionRequest",
                ),
                UpdateOfficeHoursExceptionRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}".format(
                office_hours_schedule_id=path_segment(
                    "office_hours_schedule_id",
                    office_hours_schedule_id,
                    "PUT /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
                ),
                id=path_segment(
                    "id", id, "PUT /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}"
                ),
            ),
            "extensions": {
                OPERATION: (
                    "office_hours.update_exception",
                    "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
                )
            },
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: OfficeHoursException = await self._request(
            _kwargs,
            {200: OfficeHoursException.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def update_schedule(
        self,
        id: str,
        *,
        body: UpdateOfficeHoursScheduleRequest | UpdateOfficeHoursScheduleRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        name: str = NOT_GIVEN,
        time_intervals: Sequence[OfficeHoursTimeIntervalDict] = NOT_GIVEN,
        time_zone_name: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfficeHoursSchedule:
        """Update an office hours schedule

        You can update an existing office hours schedule.

        Args:
            id (str):
            body (UpdateOfficeHoursScheduleRequest | UpdateOfficeHoursScheduleRequestDict | Unset):
                The request payload for updating an office hours schedule. Only the provided fields are
                updated.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            name (str): The body's field name (instead of body=). The name of the office hours
                schedule.
            time_intervals (Sequence[OfficeHoursTimeIntervalDict]): The body's field time_intervals
                (instead of body=). The open intervals for the schedule. `start_minute` and `end_minute`
                must be on a 15-minute boundary.
            time_zone_name (str): The body's field time_zone_name (instead of body=). The IANA time
                zone the schedule's hours are evaluated in.
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
            OfficeHoursSchedule
        """

        from ...models.office_hours_schedule import OfficeHoursSchedule
        from ...models.update_office_hours_schedule_request import UpdateOfficeHoursScheduleRequest

        body = cast(
            "UpdateOfficeHoursScheduleRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {"name": name, "time_intervals": time_intervals, "time_zone_name": time_zone_name},
                    "UpdateOfficeHoursScheduleRequest",
                ),
                UpdateOfficeHoursScheduleRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/office_hours_schedules/{id}".format(
                id=path_segment("id", id, "PUT /office_hours_schedules/{id}"),
            ),
            "extensions": {OPERATION: ("office_hours.update_schedule", "/office_hours_schedules/{id}")},
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: OfficeHoursSchedule = await self._request(
            _kwargs,
            {200: OfficeHoursSchedule.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncOfficeHoursRawResource:
    """``client.office_hours.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncOfficeHoursResource) -> None:
        raw = AsyncOfficeHoursResource(resource._client, raw=True)
        self.create_exception = async_raw(raw.create_exception)
        self.create_schedule = async_raw(raw.create_schedule)
        self.delete_exception = async_raw(raw.delete_exception)
        self.delete_schedule = async_raw(raw.delete_schedule)
        self.list_exceptions = async_raw(raw.list_exceptions)
        self.list_schedules = async_raw(raw.list_schedules)
        self.retrieve_exception = async_raw(raw.retrieve_exception)
        self.retrieve_schedule = async_raw(raw.retrieve_schedule)
        self.update_exception = async_raw(raw.update_exception)
        self.update_schedule = async_raw(raw.update_schedule)


class OfficeHoursResource(SyncResource):
    """``client.office_hours`` of Intercom: 10 operations."""

    @property
    def with_raw_response(self) -> OfficeHoursRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return OfficeHoursRawResource(self)

    def create_exception(
        self,
        office_hours_schedule_id: str,
        *,
        body: CreateOfficeHoursExceptionRequest | CreateOfficeHoursExceptionRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        exception_date: str = NOT_GIVEN,
        exception_type: CreateOfficeHoursExceptionRequestExceptionType = NOT_GIVEN,
        name: str = NOT_GIVEN,
        recurring_annually: bool = NOT_GIVEN,
        time_intervals: Sequence[OfficeHoursTimeIntervalDict] | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfficeHoursException:
        """Create an office hours exception

        You can create an exception for an office hours schedule. Use `closed` to mark the day closed (omit
        `time_intervals`) or `custom_hours` to supply replacement intervals.

        Args:
            office_hours_schedule_id (str):
            body (CreateOfficeHoursExceptionRequest | CreateOfficeHoursExceptionRequestDict): The
                request payload for creating an office hours exception. Omit `time_intervals` when
                `exception_type` is `closed`.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            exception_date (str): The body's field exception_date (instead of body=). The date the
                exception applies to, in `YYYY-MM-DD` format.
            exception_type (CreateOfficeHoursExceptionRequestExceptionType): The body's field
                exception_type (instead of body=). The type of exception.
            name (str): The body's field name (instead of body=). An optional name for the exception.
            recurring_annually (bool): The body's field recurring_annually (instead of body=). Whether
                the exception repeats every year on the same date.
            time_intervals (Sequence[OfficeHoursTimeIntervalDict] | None): The body's field
                time_intervals (instead of body=). The open intervals for the exception date. Required for
                `custom_hours`; omit for `closed`.
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
            OfficeHoursException
        """

        from ...models.create_office_hours_exception_request import CreateOfficeHoursExceptionRequest
        from ...models.office_hours_exception import OfficeHoursException

        body = cast(
            "CreateOfficeHoursExceptionRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "exception_date": exception_date,
                        "exception_type": exception_type,
                        "name": name,
                        "recurring_annually": recurring_annually,
                        "time_intervals": time_intervals,
                    },
                    "CreateOfficeHoursExceptionRequest",
                ),
                CreateOfficeHoursExceptionRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions".format(
                office_hours_schedule_id=path_segment(
                    "office_hours_schedule_id",
                    office_hours_schedule_id,
                    "POST /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions",
                ),
            ),
            "extensions": {
                OPERATION: (
                    "office_hours.create_exception",
                    "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions",
                )
            },
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: OfficeHoursException = self._request(
            _kwargs,
            {201: OfficeHoursException.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def create_schedule(
        self,
        *,
        body: CreateOfficeHoursScheduleRequest | CreateOfficeHoursScheduleRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        name: str = NOT_GIVEN,
        time_intervals: Sequence[OfficeHoursTimeIntervalDict] = NOT_GIVEN,
        time_zone_name: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfficeHoursSchedule:
        """Create an office hours schedule

        You can create a new office hours schedule for the workspace.

        Args:
            body (CreateOfficeHoursScheduleRequest | CreateOfficeHoursScheduleRequestDict): The
                request payload for creating an office hours schedule.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            name (str): The body's field name (instead of body=). The name of the office hours
                schedule.
            time_intervals (Sequence[OfficeHoursTimeIntervalDict]): The body's field time_intervals
                (instead of body=). The open intervals for the schedule. `start_minute` and `end_minute`
                must be on a 15-minute boundary.
            time_zone_name (str): The body's field time_zone_name (instead of body=). The IANA time
                zone the schedule's hours are evaluated in.
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
            OfficeHoursSchedule
        """

        from ...models.create_office_hours_schedule_request import CreateOfficeHoursScheduleRequest
        from ...models.office_hours_schedule import OfficeHoursSchedule

        body = cast(
            "CreateOfficeHoursScheduleRequest",
            request_body(
                body_fields(
                    body,
                    {"name": name, "time_intervals": time_intervals, "time_zone_name": time_zone_name},
                    "CreateOfficeHoursScheduleRequest",
                ),
                CreateOfficeHoursScheduleRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/office_hours_schedules",
            "extensions": {OPERATION: ("office_hours.create_schedule", "/office_hours_schedules")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: OfficeHoursSchedule = self._request(
            _kwargs,
            {201: OfficeHoursSchedule.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def delete_exception(
        self,
        office_hours_schedule_id: str,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfficeHoursDeleted:
        """Delete an office hours exception

        You can delete a single office hours exception.

        Args:
            office_hours_schedule_id (str):
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
            OfficeHoursDeleted
        """

        from ...models.office_hours_deleted import OfficeHoursDeleted

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}".format(
                office_hours_schedule_id=path_segment(
                    "office_hours_schedule_id",
                    office_hours_schedule_id,
                    "DELETE /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
                ),
                id=path_segment(
                    "id", id, "DELETE /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}"
                ),
            ),
            "extensions": {
                OPERATION: (
                    "office_hours.delete_exception",
                    "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
                )
            },
        }
        _kwargs["headers"] = headers

        parsed: OfficeHoursDeleted = self._request(
            _kwargs,
            {200: OfficeHoursDeleted.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def delete_schedule(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfficeHoursDeleted:
        """Delete an office hours schedule

        You can delete a single office hours schedule.

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
            OfficeHoursDeleted
        """

        from ...models.office_hours_deleted import OfficeHoursDeleted

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/office_hours_schedules/{id}".format(
                id=path_segment("id", id, "DELETE /office_hours_schedules/{id}"),
            ),
            "extensions": {OPERATION: ("office_hours.delete_schedule", "/office_hours_schedules/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: OfficeHoursDeleted = self._request(
            _kwargs,
            {200: OfficeHoursDeleted.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list_exceptions(
        self,
        office_hours_schedule_id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfficeHoursExceptionList:
        """List all office hours exceptions

        You can fetch a list of all exceptions for an office hours schedule.

        Args:
            office_hours_schedule_id (str):
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
            OfficeHoursExceptionList
        """

        from ...models.office_hours_exception_list import OfficeHoursExceptionList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions".format(
                office_hours_schedule_id=path_segment(
                    "office_hours_schedule_id",
                    office_hours_schedule_id,
                    "GET /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions",
                ),
            ),
            "extensions": {
                OPERATION: (
                    "office_hours.list_exceptions",
                    "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions",
                )
            },
        }
        _kwargs["headers"] = headers

        parsed: OfficeHoursExceptionList = self._request(
            _kwargs,
            {200: OfficeHoursExceptionList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list_schedules(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfficeHoursScheduleList:
        """List all office hours schedules

        You can fetch a list of all office hours schedules for the workspace.

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
            OfficeHoursScheduleList
        """

        from ...models.office_hours_schedule_list import OfficeHoursScheduleList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/office_hours_schedules",
            "extensions": {OPERATION: ("office_hours.list_schedules", "/office_hours_schedules")},
        }
        _kwargs["headers"] = headers

        parsed: OfficeHoursScheduleList = self._request(
            _kwargs,
            {200: OfficeHoursScheduleList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def retrieve_exception(
        self,
        office_hours_schedule_id: str,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfficeHoursException:
        """Retrieve an office hours exception

        You can fetch the details of a single office hours exception.

        Args:
            office_hours_schedule_id (str):
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
            OfficeHoursException
        """

        from ...models.office_hours_exception import OfficeHoursException

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}".format(
                office_hours_schedule_id=path_segment(
                    "office_hours_schedule_id",
                    office_hours_schedule_id,
                    "GET /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
                ),
                id=path_segment(
                    "id", id, "GET /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}"
                ),
            ),
            "extensions": {
                OPERATION: (
                    "office_hours.retrieve_exception",
                    "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
                )
            },
        }
        _kwargs["headers"] = headers

        parsed: OfficeHoursException = self._request(
            _kwargs,
            {200: OfficeHoursException.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def retrieve_schedule(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfficeHoursSchedule:
        """Retrieve an office hours schedule

        You can fetch the details of a single office hours schedule.

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
            OfficeHoursSchedule
        """

        from ...models.office_hours_schedule import OfficeHoursSchedule

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/office_hours_schedules/{id}".format(
                id=path_segment("id", id, "GET /office_hours_schedules/{id}"),
            ),
            "extensions": {OPERATION: ("office_hours.retrieve_schedule", "/office_hours_schedules/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: OfficeHoursSchedule = self._request(
            _kwargs,
            {200: OfficeHoursSchedule.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def update_exception(
        self,
        office_hours_schedule_id: str,
        id: str,
        *,
        body: UpdateOfficeHoursExceptionRequest | UpdateOfficeHoursExceptionRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        exception_date: str = NOT_GIVEN,
        exception_type: UpdateOfficeHoursExceptionRequestExceptionType = NOT_GIVEN,
        name: str = NOT_GIVEN,
        recurring_annually: bool = NOT_GIVEN,
        time_intervals: Sequence[OfficeHoursTimeIntervalDict] | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfficeHoursException:
        """Update an office hours exception

        You can update an existing office hours exception.

        Args:
            office_hours_schedule_id (str):
            id (str):
            body (UpdateOfficeHoursExceptionRequest | UpdateOfficeHoursExceptionRequestDict | Unset):
                The request payload for updating an office hours exception. Only the provided fields are
                updated.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            exception_date (str): The body's field exception_date (instead of body=). The date the
                exception applies to, in `YYYY-MM-DD` format.
            exception_type (UpdateOfficeHoursExceptionRequestExceptionType): The body's field
                exception_type (instead of body=). The type of exception.
            name (str): The body's field name (instead of body=). An optional name for the exception.
            recurring_annually (bool): The body's field recurring_annually (instead of body=). Whether
                the exception repeats every year on the same date.
            time_intervals (Sequence[OfficeHoursTimeIntervalDict] | None): The body's field
                time_intervals (instead of body=). The open intervals for the exception date. Required for
                `custom_hours`; omit for `closed`.
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
            OfficeHoursException
        """

        from ...models.office_hours_exception import OfficeHoursException
        from ...models.update_office_hours_exception_request import UpdateOfficeHoursExceptionRequest

        body = cast(
            "UpdateOfficeHoursExceptionRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "exception_date": exception_date,
                        "exception_type": exception_type,
                        "name": name,
                        "recurring_annually": recurring_annually,
                        "time_intervals": time_intervals,
                    },
                    "UpdateOfficeHoursExceptionRequest",
                ),
                UpdateOfficeHoursExceptionRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}".format(
                office_hours_schedule_id=path_segment(
                    "office_hours_schedule_id",
                    office_hours_schedule_id,
                    "PUT /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
                ),
                id=path_segment(
                    "id", id, "PUT /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}"
                ),
            ),
            "extensions": {
                OPERATION: (
                    "office_hours.update_exception",
                    "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
                )
            },
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: OfficeHoursException = self._request(
            _kwargs,
            {200: OfficeHoursException.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def update_schedule(
        self,
        id: str,
        *,
        body: UpdateOfficeHoursScheduleRequest | UpdateOfficeHoursScheduleRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        name: str = NOT_GIVEN,
        time_intervals: Sequence[OfficeHoursTimeIntervalDict] = NOT_GIVEN,
        time_zone_name: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfficeHoursSchedule:
        """Update an office hours schedule

        You can update an existing office hours schedule.

        Args:
            id (str):
            body (UpdateOfficeHoursScheduleRequest | UpdateOfficeHoursScheduleRequestDict | Unset):
                The request payload for updating an office hours schedule. Only the provided fields are
                updated.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            name (str): The body's field name (instead of body=). The name of the office hours
                schedule.
            time_intervals (Sequence[OfficeHoursTimeIntervalDict]): The body's field time_intervals
                (instead of body=). The open intervals for the schedule. `start_minute` and `end_minute`
                must be on a 15-minute boundary.
            time_zone_name (str): The body's field time_zone_name (instead of body=). The IANA time
                zone the schedule's hours are evaluated in.
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
            OfficeHoursSchedule
        """

        from ...models.office_hours_schedule import OfficeHoursSchedule
        from ...models.update_office_hours_schedule_request import UpdateOfficeHoursScheduleRequest

        body = cast(
            "UpdateOfficeHoursScheduleRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {"name": name, "time_intervals": time_intervals, "time_zone_name": time_zone_name},
                    "UpdateOfficeHoursScheduleRequest",
                ),
                UpdateOfficeHoursScheduleRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/office_hours_schedules/{id}".format(
                id=path_segment("id", id, "PUT /office_hours_schedules/{id}"),
            ),
            "extensions": {OPERATION: ("office_hours.update_schedule", "/office_hours_schedules/{id}")},
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: OfficeHoursSchedule = self._request(
            _kwargs,
            {200: OfficeHoursSchedule.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class OfficeHoursRawResource:
    """``client.office_hours.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: OfficeHoursResource) -> None:
        raw = OfficeHoursResource(resource._client, raw=True)
        self.create_exception = sync_raw(raw.create_exception)
        self.create_schedule = sync_raw(raw.create_schedule)
        self.delete_exception = sync_raw(raw.delete_exception)
        self.delete_schedule = sync_raw(raw.delete_schedule)
        self.list_exceptions = sync_raw(raw.list_exceptions)
        self.list_schedules = sync_raw(raw.list_schedules)
        self.retrieve_exception = sync_raw(raw.retrieve_exception)
        self.retrieve_schedule = sync_raw(raw.retrieve_schedule)
        self.update_exception = sync_raw(raw.update_exception)
        self.update_schedule = sync_raw(raw.update_schedule)
