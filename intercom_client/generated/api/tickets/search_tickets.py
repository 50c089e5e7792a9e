# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.intercom_version import IntercomVersion
from ...models.search_request import SearchRequest
from ...models.ticket_list import TicketList
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
)


def _get_kwargs(
    *,
    body: SearchRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tickets/search",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> TicketList:
    if response.status_code == 200:
        return decode_response(response, TicketList.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[TicketList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: SearchRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[TicketList]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    *,
    client: Intercom,
    body: SearchRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> TicketList:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: SearchRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[TicketList]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    *,
    client: AsyncIntercom,
    body: SearchRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> TicketList:
    """Search tickets

     You can search for multiple tickets by the value of their attributes in order to fetch exactly which
    ones you want.

    To search for tickets, you send a `POST` request to `https://api.intercom.io/tickets/search`.

    This will accept a query object in the body which will define your filters.
    {% admonition type="warning" name="Optimizing search queries" %}
      Search queries can be complex, so optimizing them can help the performance of your search.
      Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and
    utilize
      pagination to limit the number of results returned. The default is `20` results per page.
      See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
    more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the
    `starting_after` param.
    {% /admonition %}

    ### Nesting & Limitations

    You can nest these filters in order to get even more granular insights that pinpoint exactly what
    you need. Example: (1 OR 2) AND (3 OR 4).
    There are some limitations to the amount of multiples there can be:
    - There's a limit of max 2 nested filters
    - There's a limit of max 15 filters for each AND or OR group

    ### Accepted Fields

    Most keys listed as part of the Ticket model are searchable, whether writeable or not. The value you
    search for has to match the accepted type, otherwise the query will fail (ie. as `created_at`
    accepts a date, the `value` cannot be a string such as `"foobar"`).
    The `source.body` field is unique as the search will not be performed against the entire value, but
    instead against every element of the value separately. For example, when searching for a
    conversation with a `"I need support"` body - the query should contain a `=` operator with the value
    `"support"` for such conversation to be returned. A query with a `=` operator and a `"need support"`
    value will not yield a result.

    | Field                                     | Type
    |
    | :---------------------------------------- |
    :--------------------------------------------------------------------------------------- |
    | id                                        | String
    |
    | created_at                                | Date (UNIX timestamp)
    |
    | updated_at                                | Date (UNIX timestamp)
    |
    | title                           | String
    |
    | description                     | String
    |
    | category                                  | String
    |
    | ticket_type_id                            | String
    |
    | contact_ids                               | String
    |
    | teammate_ids                              | String
    |
    | admin_assignee_id                         | Integer
    |
    | team_assignee_id                          | Integer
    |
    | open                                      | Boolean
    |
    | state                                     | String
    |
    | snoozed_until                             | Date (UNIX timestamp)
    |
    | ticket_attribute.{id}                     | String or Boolean or Date (UNIX timestamp) or Float or
    Integer                           |

    {% admonition type="info" name="Searching by Category" %}
    When searching for tickets by the **`category`** field, specific terms must be used instead of the
    category names:
    * For **Customer** category tickets, use the term `request`.
    * For **Back-office** category tickets, use the term `task`.
    * For **Tracker** category tickets, use the term `tracker`.
    {% /admonition %}

    ### Accepted Operators

    {% admonition type="info" name="Searching based on `created_at`" %}
      You may use the `<=` or `>=` operators to search by `created_at`.
    {% /admonition %}

    The table below shows the operators you can use to define how you want to search for the value.  The
    operator should be put in as a string (`"="`). The operator has to be compatible with the field's
    type  (eg. you cannot search with `>` for a given string value as it's only compatible for integer's
    and dates).

    | Operator | Valid Types                    | Description
    |
    | :------- | :----------------------------- |
    :----------------------------------------------------------- |
    | =        | All                            | Equals
    |
    | !=       | All                            | Doesn't Equal
    |
    | IN       | All                            | In  Shortcut for `OR` queries  Values most be in Array
    |
    | NIN      | All                            | Not In  Shortcut for `OR !` queries  Values must be in
    Array |
    | >        | Integer  Date (UNIX Timestamp) | Greater (or equal) than
    |
    | <       | Integer  Date (UNIX Timestamp) | Lower (or equal) than
    |
    | ~        | String                         | Contains
    |
    | !~       | String                         | Doesn't Contain
    |
    | ^        | String                         | Starts With
    |
    | $        | String                         | Ends With
    |

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (SearchRequest | Unset): Search using Intercoms Search APIs.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        TicketList
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
