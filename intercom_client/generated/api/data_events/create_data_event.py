# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.create_data_event_request import CreateDataEventRequest
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    body: CreateDataEventRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/events",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> None:
    if response.status_code == 202:
        return None

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[None]:
    _parse_response(response, strict=strict)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    *,
    client: Intercom,
    body: CreateDataEventRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[None]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    *,
    client: Intercom,
    body: CreateDataEventRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> None:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: CreateDataEventRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[None]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    *,
    client: AsyncIntercom,
    body: CreateDataEventRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
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
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CreateDataEventRequest | Unset):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
