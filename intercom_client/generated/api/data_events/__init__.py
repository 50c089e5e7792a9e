# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.data_events``: the data_events resource of both clients, one method per operation.

``DataEventsResource`` is the sync one (on ``Intercom``), ``AsyncDataEventsResource`` the async one (on
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
    request_body,
    request_options,
    sync_raw,
)

if TYPE_CHECKING:
    from ...models.create_data_event_request import CreateDataEventRequest, CreateDataEventRequestDict
    from ...models.create_data_event_summaries_request import (
        CreateDataEventSummariesRequest,
        CreateDataEventSummariesRequestDict,
    )
    from ...models.create_data_event_summaries_request_event_summaries import (
        CreateDataEventSummariesRequestEventSummariesDict,
    )
    from ...models.data_event_summary import DataEventSummary
    from ...models.intercom_version import IntercomVersion
    from ...types import TimeoutTypes

__all__ = ["AsyncDataEventsResource", "DataEventsResource"]


class AsyncDataEventsResource(AsyncResource):
    """``client.data_events`` of AsyncIntercom: 3 operations."""

    @property
    def with_raw_response(self) -> AsyncDataEventsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncDataEventsRawResource(self)

    async def create(
        self,
        *,
        body: CreateDataEventRequest | CreateDataEventRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        created_at: int = NOT_GIVEN,
        email: str = NOT_GIVEN,
        event_name: str = NOT_GIVEN,
        id: str = NOT_GIVEN,
        metadata: Mapping[str, Any] = NOT_GIVEN,
        user_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Submit a data event

        You will need an Access Token that has write permissions to send Events. Once you have a key you can
        submit events via POST to the Events resource, which is located at https://api.intercom.io/events,
        or you can send events using one of the client libraries. When working with the HTTP API directly a
        client should send the event with a `Content-Type` of `application/json`.

        When using the JavaScript API, [adding the code to your app](http://docs.intercom.io/configuring-
        Intercom/tracking-user-events-in-your-app) makes the Events API available. Once added, you can
        submit an event using the `trackEvent` method. This will associate the event with the Lead or
        currently logged-in user or logged-out visitor/lead and send it to Intercom. The final parameter is
        a map that can be used to send optional metadata about the event.

        With the Ruby client you pass a hash describing the event to `Intercom::Event.create`, or call the
        `track_user` method directly on the current user object (e.g. `user.track_event`).

        **NB: For the JSON object types, please note that we do not currently support nested JSON
        structure.**

        | Type            | Description
        | Example                                                                           |
        | :-------------- | :-------------------------------------------------------------------------------
        ----------------------------------------------------------------------------------------------------
        --------------------------- |
        :-------------------------------------------------------------------------------- |
        | String          | The value is a JSON String
        | `"source":"desktop"`                                                              |
        | Number          | The value is a JSON Number
        | `"load": 3.67`                                                                    |
        | Date            | The key ends with the String `_date` and the value is a [Unix
        timestamp](http://en.wikipedia.org/wiki/Unix_time), assumed to be in the
        [UTC](http://en.wikipedia.org/wiki/Coordinated_Universal_Time) timezone. | `"contact_date":
        1392036272`                                                      |
        | Link            | The value is a HTTP or HTTPS URI.
        | `"article": "https://example.org/ab1de.html"`                                     |
        | Rich Link       | The value is a JSON object that contains `url` and `value` keys.
        | `"article": {"url": "https://example.org/ab1de.html", "value":"the dude abides"}` |
        | Monetary Amount | The value is a JSON object that contains `amount` and `currency` keys. The
        `amount` key is a positive integer representing the amount in cents. The price in the example to the
        right denotes €349.99.          | `"price": {"amount": 34999, "currency": "eur"}`
        |

        **Lead Events**

        When submitting events for Leads, you will need to specify the Lead's `id`.

        **Metadata behaviour**

        - We currently limit the number of tracked metadata keys to 10 per event. Once the quota is reached,
        we ignore any further keys we receive. The first 10 metadata keys are determined by the order in
        which they are sent in with the event.
        - It is not possible to change the metadata keys once the event has been sent. A new event will need
        to be created with the new keys and you can archive the old one.
        - There might be up to 24 hrs delay when you send a new metadata for an existing event.

        **Event de-duplication**

        The API may detect and ignore duplicate events. Each event is uniquely identified as a combination
        of the following data - the Workspace identifier, the Contact external identifier, the Data Event
        name and the Data Event created time. As a result, it is **strongly recommended** to send a second
        granularity Unix timestamp in the `created_at` field.

        Duplicated events are responded to using the normal `202 Accepted` code - an error is not thrown,
        however repeat requests will be counted against any rate limit that is in place.

        ### HTTP API Responses

        - Successful responses to submitted events return `202 Accepted` with an empty body.
        - Unauthorised access will be rejected with a `401 Unauthorized` or `403 Forbidden` response code.
        - Events sent about users that cannot be found will return a `404 Not Found`.
        - Event lists containing duplicate events will have those duplicates ignored.
        - Server errors will return a `500` response code and may contain an error message in the body.

        Args:
            body (CreateDataEventRequest | CreateDataEventRequestDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            created_at (int): The body's field created_at (instead of body=). The time the event
                occurred as a UTC Unix timestamp
            email (str): The body's field email (instead of body=). An email address for your user. An
                email should only be used where your application uses email to uniquely identify users.
            event_name (str): The body's field event_name (instead of body=). The name of the event
                that occurred. This is presented to your App's admins when filtering and creating segments
                - a good event name is typically a past tense 'verb-noun' combination, to improve
                readability, for example `updated-plan`.
            id (str): The body's field id (instead of body=). The unique identifier for the contact
                (lead or user) which is given by Intercom.
            metadata (Mapping[str, Any]): The body's field metadata (instead of body=). Optional
                metadata about the event.
            user_id (str): The body's field user_id (instead of body=). Your identifier for the user.
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

        from ...models.create_data_event_request import CreateDataEventRequest

        body = cast(
            "CreateDataEventRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "created_at": created_at,
                        "email": email,
                        "event_name": event_name,
                        "id": id,
                        "metadata": metadata,
                        "user_id": user_id,
                    },
                    "CreateDataEventRequest",
                ),
                CreateDataEventRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/events",
            "extensions": {OPERATION: ("data_events.create", "/events")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: None = await self._request(
            _kwargs, {202: None}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    async def create_summaries(
        self,
        *,
        body: CreateDataEventSummariesRequest | CreateDataEventSummariesRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        event_summaries: CreateDataEventSummariesRequestEventSummariesDict = NOT_GIVEN,
        user_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Create event summaries

        Create event summaries for a user. Event summaries are used to track the number of times an event
        has occurred, the first time it occurred and the last time it occurred.

        Args:
            body (CreateDataEventSummariesRequest | CreateDataEventSummariesRequestDict | Unset): You
                can send a list of event summaries for a user. Each event summary should contain the event
                name, the time the event occurred, and the number of times the event occurred. The event
                name should be a past tense "verb-noun" combination, to improve readability, for example
                `updated-plan`.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            event_summaries (CreateDataEventSummariesRequestEventSummariesDict): The body's field
                event_summaries (instead of body=). A list of event summaries for the user. Each event
                summary should contain the event name, the time the event occurred, and the number of
                times the event occurred. The event name should be a past tense 'verb-noun' combination,
                to improve readability, for example `updated-plan`.
            user_id (str): The body's field user_id (instead of body=). Your identifier for the user.
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

        from ...models.create_data_event_summaries_request import CreateDataEventSummariesRequest

        body = cast(
            "CreateDataEventSummariesRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {"event_summaries": event_summaries, "user_id": user_id},
                    "CreateDataEventSummariesRequest",
                ),
                CreateDataEventSummariesRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/events/summaries",
            "extensions": {OPERATION: ("data_events.create_summaries", "/events/summaries")},
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: None = await self._request(
            _kwargs, {200: None}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    async def list(
        self,
        *,
        user_id: str | Unset = UNSET,
        intercom_user_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        type_: str,
        summary: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataEventSummary:
        """List all data events

        > 🚧
        >
        > Please note that you can only 'list' events that are less than 90 days old. Event counts and
        summaries will still include your events older than 90 days but you cannot 'list' these events
        individually if they are older than 90 days

        The events belonging to a customer can be listed by sending a GET request to
        `https://api.intercom.io/events` with a user or lead identifier along with a `type` parameter. The
        identifier parameter can be one of `user_id`, `email` or `intercom_user_id`. The `type` parameter
        value must be `user`.

        - `https://api.intercom.io/events?type=user&user_id={user_id}`
        - `https://api.intercom.io/events?type=user&email={email}`
        - `https://api.intercom.io/events?type=user&intercom_user_id={id}` (this call can be used to list
        leads)

        The `email` parameter value should be [url encoded](http://en.wikipedia.org/wiki/Percent-encoding)
        when sending.

        You can optionally define the result page size as well with the `per_page` parameter.

        Args:
            user_id (str | Unset):
            intercom_user_id (str | Unset):
            email (str | Unset):
            type_ (str):
            summary (bool | Unset):
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
            DataEventSummary
        """

        from ...models.data_event_summary import DataEventSummary

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["user_id"] = user_id
        params["intercom_user_id"] = intercom_user_id
        params["email"] = email
        params["type"] = type_
        params["summary"] = summary
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/events",
            "extensions": {OPERATION: ("data_events.list", "/events")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: DataEventSummary = await self._request(
            _kwargs,
            {200: DataEventSummary.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncDataEventsRawResource:
    """``client.data_events.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncDataEventsResource) -> None:
        raw = AsyncDataEventsResource(resource._client, raw=True)
        self.create = async_raw(raw.create)
        self.create_summaries = async_raw(raw.create_summaries)
        self.list = async_raw(raw.list)


class DataEventsResource(SyncResource):
    """``client.data_events`` of Intercom: 3 operations."""

    @property
    def with_raw_response(self) -> DataEventsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return DataEventsRawResource(self)

    def create(
        self,
        *,
        body: CreateDataEventRequest | CreateDataEventRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        created_at: int = NOT_GIVEN,
        email: str = NOT_GIVEN,
        event_name: str = NOT_GIVEN,
        id: str = NOT_GIVEN,
        metadata: Mapping[str, Any] = NOT_GIVEN,
        user_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Submit a data event

        You will need an Access Token that has write permissions to send Events. Once you have a key you can
        submit events via POST to the Events resource, which is located at https://api.intercom.io/events,
        or you can send events using one of the client libraries. When working with the HTTP API directly a
        client should send the event with a `Content-Type` of `application/json`.

        When using the JavaScript API, [adding the code to your app](http://docs.intercom.io/configuring-
        Intercom/tracking-user-events-in-your-app) makes the Events API available. Once added, you can
        submit an event using the `trackEvent` method. This will associate the event with the Lead or
        currently logged-in user or logged-out visitor/lead and send it to Intercom. The final parameter is
        a map that can be used to send optional metadata about the event.

        With the Ruby client you pass a hash describing the event to `Intercom::Event.create`, or call the
        `track_user` method directly on the current user object (e.g. `user.track_event`).

        **NB: For the JSON object types, please note that we do not currently support nested JSON
        structure.**

        | Type            | Description
        | Example                                                                           |
        | :-------------- | :-------------------------------------------------------------------------------
        ----------------------------------------------------------------------------------------------------
        --------------------------- |
        :-------------------------------------------------------------------------------- |
        | String          | The value is a JSON String
        | `"source":"desktop"`                                                              |
        | Number          | The value is a JSON Number
        | `"load": 3.67`                                                                    |
        | Date            | The key ends with the String `_date` and the value is a [Unix
        timestamp](http://en.wikipedia.org/wiki/Unix_time), assumed to be in the
        [UTC](http://en.wikipedia.org/wiki/Coordinated_Universal_Time) timezone. | `"contact_date":
        1392036272`                                                      |
        | Link            | The value is a HTTP or HTTPS URI.
        | `"article": "https://example.org/ab1de.html"`                                     |
        | Rich Link       | The value is a JSON object that contains `url` and `value` keys.
        | `"article": {"url": "https://example.org/ab1de.html", "value":"the dude abides"}` |
        | Monetary Amount | The value is a JSON object that contains `amount` and `currency` keys. The
        `amount` key is a positive integer representing the amount in cents. The price in the example to the
        right denotes €349.99.          | `"price": {"amount": 34999, "currency": "eur"}`
        |

        **Lead Events**

        When submitting events for Leads, you will need to specify the Lead's `id`.

        **Metadata behaviour**

        - We currently limit the number of tracked metadata keys to 10 per event. Once the quota is reached,
        we ignore any further keys we receive. The first 10 metadata keys are determined by the order in
        which they are sent in with the event.
        - It is not possible to change the metadata keys once the event has been sent. A new event will need
        to be created with the new keys and you can archive the old one.
        - There might be up to 24 hrs delay when you send a new metadata for an existing event.

        **Event de-duplication**

        The API may detect and ignore duplicate events. Each event is uniquely identified as a combination
        of the following data - the Workspace identifier, the Contact external identifier, the Data Event
        name and the Data Event created time. As a result, it is **strongly recommended** to send a second
        granularity Unix timestamp in the `created_at` field.

        Duplicated events are responded to using the normal `202 Accepted` code - an error is not thrown,
        however repeat requests will be counted against any rate limit that is in place.

        ### HTTP API Responses

        - Successful responses to submitted events return `202 Accepted` with an empty body.
        - Unauthorised access will be rejected with a `401 Unauthorized` or `403 Forbidden` response code.
        - Events sent about users that cannot be found will return a `404 Not Found`.
        - Event lists containing duplicate events will have those duplicates ignored.
        - Server errors will return a `500` response code and may contain an error message in the body.

        Args:
            body (CreateDataEventRequest | CreateDataEventRequestDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            created_at (int): The body's field created_at (instead of body=). The time the event
                occurred as a UTC Unix timestamp
            email (str): The body's field email (instead of body=). An email address for your user. An
                email should only be used where your application uses email to uniquely identify users.
            event_name (str): The body's field event_name (instead of body=). The name of the event
                that occurred. This is presented to your App's admins when filtering and creating segments
                - a good event name is typically a past tense 'verb-noun' combination, to improve
                readability, for example `updated-plan`.
            id (str): The body's field id (instead of body=). The unique identifier for the contact
                (lead or user) which is given by Intercom.
            metadata (Mapping[str, Any]): The body's field metadata (instead of body=). Optional
                metadata about the event.
            user_id (str): The body's field user_id (instead of body=). Your identifier for the user.
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

        from ...models.create_data_event_request import CreateDataEventRequest

        body = cast(
            "CreateDataEventRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "created_at": created_at,
                        "email": email,
                        "event_name": event_name,
                        "id": id,
                        "metadata": metadata,
                        "user_id": user_id,
                    },
                    "CreateDataEventRequest",
                ),
                CreateDataEventRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/events",
            "extensions": {OPERATION: ("data_events.create", "/events")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: None = self._request(
            _kwargs, {202: None}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    def create_summaries(
        self,
        *,
        body: CreateDataEventSummariesRequest | CreateDataEventSummariesRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        event_summaries: CreateDataEventSummariesRequestEventSummariesDict = NOT_GIVEN,
        user_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Create event summaries

        Create event summaries for a user. Event summaries are used to track the number of times an event
        has occurred, the first time it occurred and the last time it occurred.

        Args:
            body (CreateDataEventSummariesRequest | CreateDataEventSummariesRequestDict | Unset): You
                can send a list of event summaries for a user. Each event summary should contain the event
                name, the time the event occurred, and the number of times the event occurred. The event
                name should be a past tense "verb-noun" combination, to improve readability, for example
                `updated-plan`.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            event_summaries (CreateDataEventSummariesRequestEventSummariesDict): The body's field
                event_summaries (instead of body=). A list of event summaries for the user. Each event
                summary should contain the event name, the time the event occurred, and the number of
                times the event occurred. The event name should be a past tense 'verb-noun' combination,
                to improve readability, for example `updated-plan`.
            user_id (str): The body's field user_id (instead of body=). Your identifier for the user.
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

        from ...models.create_data_event_summaries_request import CreateDataEventSummariesRequest

        body = cast(
            "CreateDataEventSummariesRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {"event_summaries": event_summaries, "user_id": user_id},
                    "CreateDataEventSummariesRequest",
                ),
                CreateDataEventSummariesRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/events/summaries",
            "extensions": {OPERATION: ("data_events.create_summaries", "/events/summaries")},
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: None = self._request(
            _kwargs, {200: None}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    def list(
        self,
        *,
        user_id: str | Unset = UNSET,
        intercom_user_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        type_: str,
        summary: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataEventSummary:
        """List all data events

        > 🚧
        >
        > Please note that you can only 'list' events that are less than 90 days old. Event counts and
        summaries will still include your events older than 90 days but you cannot 'list' these events
        individually if they are older than 90 days

        The events belonging to a customer can be listed by sending a GET request to
        `https://api.intercom.io/events` with a user or lead identifier along with a `type` parameter. The
        identifier parameter can be one of `user_id`, `email` or `intercom_user_id`. The `type` parameter
        value must be `user`.

        - `https://api.intercom.io/events?type=user&user_id={user_id}`
        - `https://api.intercom.io/events?type=user&email={email}`
        - `https://api.intercom.io/events?type=user&intercom_user_id={id}` (this call can be used to list
        leads)

        The `email` parameter value should be [url encoded](http://en.wikipedia.org/wiki/Percent-encoding)
        when sending.

        You can optionally define the result page size as well with the `per_page` parameter.

        Args:
            user_id (str | Unset):
            intercom_user_id (str | Unset):
            email (str | Unset):
            type_ (str):
            summary (bool | Unset):
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
            DataEventSummary
        """

        from ...models.data_event_summary import DataEventSummary

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["user_id"] = user_id
        params["intercom_user_id"] = intercom_user_id
        params["email"] = email
        params["type"] = type_
        params["summary"] = summary
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/events",
            "extensions": {OPERATION: ("data_events.list", "/events")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: DataEventSummary = self._request(
            _kwargs,
            {200: DataEventSummary.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class DataEventsRawResource:
    """``client.data_events.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: DataEventsResource) -> None:
        raw = DataEventsResource(resource._client, raw=True)
        self.create = sync_raw(raw.create)
        self.create_summaries = sync_raw(raw.create_summaries)
        self.list = sync_raw(raw.list)
