# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.contact_list import ContactList
from ...models.contact_search_request import ContactSearchRequest
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
)


def _get_kwargs(
    *,
    body: ContactSearchRequest | Unset = UNSET,
    include_merge_history: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    params: dict[str, Any] = {}

    params["include_merge_history"] = include_merge_history

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/search",
    }
    if params:  # no params at all spares httpx a second parse of the URL
        _kwargs["params"] = params

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> ContactList:
    if response.status_code == 200:
        return decode_response(response, ContactList.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[ContactList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: ContactSearchRequest | Unset = UNSET,
    include_merge_history: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[ContactList]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        body=body,
        include_merge_history=include_merge_history,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    *,
    client: Intercom,
    body: ContactSearchRequest | Unset = UNSET,
    include_merge_history: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> ContactList:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        body=body,
        include_merge_history=include_merge_history,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: ContactSearchRequest | Unset = UNSET,
    include_merge_history: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[ContactList]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        body=body,
        include_merge_history=include_merge_history,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    *,
    client: AsyncIntercom,
    body: ContactSearchRequest | Unset = UNSET,
    include_merge_history: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> ContactList:
    """Search contacts

     You can search for multiple contacts by the value of their attributes in order to fetch exactly who
    you want.

    To search for contacts, you need to send a `POST` request to
    `https://api.intercom.io/contacts/search`.

    This will accept a query object in the body which will define your filters in order to search for
    contacts.

    {% admonition type="warning" name="Optimizing search queries" %}
      Search queries can be complex, so optimizing them can help the performance of your search.
      Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and
    utilize
      pagination to limit the number of results returned. The default is `50` results per page.
      See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
    more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the
    `starting_after` param.
    {% /admonition %}
    ### Merged Contacts

    Contacts that have been merged (via POST /contacts/merge) are excluded from search results. If a
    contact was recently merged into another, it will no longer appear in queries filtered by
    `updated_at` or any other field. Only the target contact from the merge remains searchable.

    ### Contact Creation Delay

    If a contact has recently been created, there is a possibility that it will not yet be available
    when searching. This means that it may not appear in the response. This delay can take a few
    minutes. If you need to be instantly notified it is recommended to use webhooks and iterate to see
    if they match your search filters.

    ### Nesting & Limitations

    You can nest these filters in order to get even more granular insights that pinpoint exactly what
    you need. Example: (1 OR 2) AND (3 OR 4).
    There are some limitations to the amount of multiple's there can be:
    * There's a limit of max 2 nested filters
    * There's a limit of max 15 filters for each AND or OR group

    ### Searching for Timestamp Fields

    Standard timestamp fields and Date custom attributes behave differently.

    **Standard timestamp fields** (`created_at`, `updated_at`, `last_seen_at` etc.) are filtered on the
    exact second, in UTC. `=` matches only Contacts whose value is that exact second, and `>`, `<`, `>=`
    and `<=` compare against the exact instant you pass - the value is not rounded or truncated. These
    fields report a type of `datetime` on the Data Attributes endpoint. Note that `!=` also matches
    Contacts with no value set for the field.

    **Date custom attributes** are matched by calendar day, and the day boundary is always UTC
    regardless of your workspace's timezone. `=` matches the whole UTC day, `>` matches from the start
    of the *next* UTC day, and `<` matches everything before the start of that day. The `!=`, `>=`,
    `<=`, `IN` and `NIN` operators are not supported on these fields and return an error.

    **Example.** Searching for `created_at` greater than `1577869200` (January 1st, 2020 9:00 AM UTC)
    returns Contacts created after that exact instant. Passing the same value for a Date custom
    attribute truncates it to `1577836800` (January 1st, 2020 12:00 AM UTC), so those results begin from
    January 2nd, 2020 12:00 AM UTC.

    Only search queries behave this way. Responses always carry the full UNIX timestamp, and sorting
    uses the full value.

    ### Accepted Fields

    Most key listed as part of the Contacts Model are searchable, whether writeable or not. The value
    you search for has to match the accepted type, otherwise the query will fail (ie. as `created_at`
    accepts a date, the `value` cannot be a string such as `"foorbar"`).

    | Field                              | Type                           |
    | ---------------------------------- | ------------------------------ |
    | id                                 | String                         |
    | role                               | String<br>Accepts user or lead |
    | name                               | String                         |
    | avatar                             | String                         |
    | owner_id                           | Integer                        |
    | email                              | String                         |
    | email_domain                       | String                         |
    | phone                              | String                         |
    | formatted_phone                    | String                         |
    | external_id                        | String                         |
    | created_at                         | Datetime (Unix timestamp in seconds) |
    | signed_up_at                       | Datetime (Unix timestamp in seconds) |
    | updated_at                         | Datetime (Unix timestamp in seconds) |
    | last_seen_at                       | Datetime (Unix timestamp in seconds) |
    | last_contacted_at                  | Datetime (Unix timestamp in seconds) |
    | last_replied_at                    | Datetime (Unix timestamp in seconds) |
    | last_email_opened_at               | Datetime (Unix timestamp in seconds) |
    | last_email_clicked_at              | Datetime (Unix timestamp in seconds) |
    | language_override                  | String                         |
    | browser                            | String                         |
    | browser_language                   | String                         |
    | os                                 | String                         |
    | location.country                   | String                         |
    | location.region                    | String                         |
    | location.city                      | String                         |
    | unsubscribed_from_emails           | Boolean                        |
    | marked_email_as_spam               | Boolean                        |
    | has_hard_bounced                   | Boolean                        |
    | ios_last_seen_at                   | Datetime (Unix timestamp in seconds) |
    | ios_app_version                    | String                         |
    | ios_device                         | String                         |
    | ios_app_device                     | String                         |
    | ios_os_version                     | String                         |
    | ios_app_name                       | String                         |
    | ios_sdk_version                    | String                         |
    | android_last_seen_at               | Datetime (Unix timestamp in seconds) |
    | android_app_version                | String                         |
    | android_device                     | String                         |
    | android_app_name                   | String                         |
    | andoid_sdk_version                 | String                         |
    | segment_id                         | String                         |
    | tag_id                             | String                         |
    | custom_attributes.{attribute_name} | Matches the attribute's own type<br>(String, Integer, Float,
    Boolean or Date) |

    ### Accepted Operators

    {% admonition type="warning" name="Operators not supported on Date custom attributes" %}
      Date custom attributes do not support the `!=`, `>=`, or `<=` operators. Using them returns an
    error. Standard timestamp fields (`created_at`, `updated_at` etc.) do support these operators, and
    are filtered on the exact second.
    {% /admonition %}

    The table below shows the operators you can use to define how you want to search for the value. The
    operator should be put in as a string (`"="`). Which operators are valid depends on the field's type
    - see the "Valid Types" column below. Searching by `tag_id` supports only the `=` and `!=`
    operators.

    | Operator | Valid Types                        | Description
    |
    | :------- | :---------------------------------- |
    :----------------------------------------------------------------------|
    | =        | All                                  | Equals
    |
    | !=       | All except Date                      | Doesn't Equal<br>Also matches Contacts with no
    value set                |
    | IN       | All except Date, Datetime and tag_id | In<br>Shortcut for `OR` queries<br>Values must
    be in Array              |
    | NIN      | All except Date, Datetime and tag_id | Not In<br>Shortcut for `OR !` queries<br>Values
    must be in Array        |
    | >        | Integer<br>Datetime<br>Date | Greater than<br>On Date custom attributes, matches from
    the start of the next day |
    | <        | Integer<br>Datetime<br>Date | Lower than<br>On Date custom attributes, matches before
    the start of the day |
    | >=       | Integer<br>Datetime         | Greater than or equal to<br>Not supported on Date custom
    attributes    |
    | <=       | Integer<br>Datetime         | Lower than or equal to<br>Not supported on Date custom
    attributes      |
    | ~        | String                               | Contains
    |
    | !~       | String                               | Doesn't Contain
    |
    | ^        | String                               | Starts With
    |
    | $        | String                               | Ends With
    |

    Args:
        include_merge_history (bool | Unset):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (ContactSearchRequest | Unset): Search for contacts using Intercom's Search API.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        ContactList
    """

    kwargs = _get_kwargs(
        body=body,
        include_merge_history=include_merge_history,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
