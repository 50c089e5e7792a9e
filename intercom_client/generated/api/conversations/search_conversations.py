# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.conversation_list import ConversationList
from ...models.intercom_version import IntercomVersion
from ...models.search_request import SearchRequest
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
)


def _get_kwargs(
    *,
    body: SearchRequest | Unset = UNSET,
    include_monitors: bool | Unset = UNSET,
    include_scorecards: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    params: dict[str, Any] = {}

    params["include_monitors"] = include_monitors

    params["include_scorecards"] = include_scorecards

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversations/search",
    }
    if params:  # no params at all spares httpx a second parse of the URL
        _kwargs["params"] = params

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> ConversationList:
    if response.status_code == 200:
        return decode_response(response, ConversationList.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[ConversationList]:
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
    include_monitors: bool | Unset = UNSET,
    include_scorecards: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[ConversationList]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        body=body,
        include_monitors=include_monitors,
        include_scorecards=include_scorecards,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    *,
    client: Intercom,
    body: SearchRequest | Unset = UNSET,
    include_monitors: bool | Unset = UNSET,
    include_scorecards: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> ConversationList:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        body=body,
        include_monitors=include_monitors,
        include_scorecards=include_scorecards,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: SearchRequest | Unset = UNSET,
    include_monitors: bool | Unset = UNSET,
    include_scorecards: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[ConversationList]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        body=body,
        include_monitors=include_monitors,
        include_scorecards=include_scorecards,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    *,
    client: AsyncIntercom,
    body: SearchRequest | Unset = UNSET,
    include_monitors: bool | Unset = UNSET,
    include_scorecards: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> ConversationList:
    """Search conversations

     You can search for multiple conversations by the value of their attributes in order to fetch exactly
    which ones you want.

    To search for conversations, you need to send a `POST` request to
    `https://api.intercom.io/conversations/search`.

    This will accept a query object in the body which will define your filters in order to search for
    conversations.
    {% admonition type="warning" name="Optimizing search queries" %}
      Search queries can be complex, so optimizing them can help the performance of your search.
      Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and
    utilize
      pagination to limit the number of results returned. The default is `20` results per page and
    maximum is `150`.
      See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
    more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the
    `starting_after` param.
    {% /admonition %}

    ### Nesting & Limitations

    You can nest these filters in order to get even more granular insights that pinpoint exactly what
    you need. Example: (1 OR 2) AND (3 OR 4).
    There are some limitations to the amount of multiple's there can be:
    - There's a limit of max 2 nested filters
    - There's a limit of max 15 filters for each AND or OR group

    ### Accepted Fields

    Most keys listed in the conversation model are searchable, whether writeable or not. The value you
    search for has to match the accepted type, otherwise the query will fail (ie. as `created_at`
    accepts a date, the `value` cannot be a string such as `"foorbar"`).
    The `source.body` field is unique as the search will not be performed against the entire value, but
    instead against every element of the value separately. For example, when searching for a
    conversation with a `"I need support"` body - the query should contain a `=` operator with the value
    `"support"` for such conversation to be returned. A query with a `=` operator and a `"need support"`
    value will not yield a result.

    | Field                                     | Type
    |
    | :---------------------------------------- | :-----------------------------------------------------
    ------------------------------------------------------------------------------------------------ |
    | id                                        | String
    |
    | created_at                                | Date (UNIX timestamp)
    |
    | updated_at                                | Date (UNIX timestamp)
    |
    | source.type                               | String<br>Accepted fields are `conversation`, `email`,
    `facebook`, `instagram`, `phone_call`, `phone_switch`, `push`, `sms`, `twitter` and `whatsapp`. |
    | source.id                                 | String
    |
    | source.delivered_as                       | String
    |
    | source.subject                            | String
    |
    | source.body                               | String
    |
    | source.author.id                          | String
    |
    | source.author.type                        | String
    |
    | source.author.name                        | String
    |
    | source.author.email                       | String
    |
    | source.url                                | String
    |
    | contact_ids                               | String
    |
    | teammate_ids                              | String
    |
    | admin_assignee_id                         | Integer
    |
    | team_assignee_id                          | Integer
    |
    | channel_initiated                         | String
    |
    | open                                      | Boolean
    |
    | read                                      | Boolean
    |
    | state                                     | String
    |
    | waiting_since                             | Date (UNIX timestamp)
    |
    | snoozed_until                             | Date (UNIX timestamp)
    |
    | tag_ids                                   | String
    |
    | priority                                  | String
    |
    | statistics.time_to_assignment             | Integer
    |
    | statistics.time_to_admin_reply            | Integer
    |
    | statistics.time_to_first_close            | Integer
    |
    | statistics.time_to_last_close             | Integer
    |
    | statistics.median_time_to_reply           | Integer
    |
    | statistics.first_contact_reply_at         | Date (UNIX timestamp)
    |
    | statistics.first_assignment_at            | Date (UNIX timestamp)
    |
    | statistics.first_admin_reply_at           | Date (UNIX timestamp)
    |
    | statistics.first_close_at                 | Date (UNIX timestamp)
    |
    | statistics.last_assignment_at             | Date (UNIX timestamp)
    |
    | statistics.last_assignment_admin_reply_at | Date (UNIX timestamp)
    |
    | statistics.last_contact_reply_at          | Date (UNIX timestamp)
    |
    | statistics.last_admin_reply_at            | Date (UNIX timestamp)
    |
    | statistics.last_close_at                  | Date (UNIX timestamp)
    |
    | statistics.last_closed_by_id              | String
    |
    | statistics.count_reopens                  | Integer
    |
    | statistics.count_assignments              | Integer
    |
    | statistics.count_conversation_parts       | Integer
    |
    | conversation_rating.requested_at          | Date (UNIX timestamp)
    |
    | conversation_rating.replied_at            | Date (UNIX timestamp)
    |
    | conversation_rating.score                 | Integer
    |
    | conversation_rating.remark                | String
    |
    | conversation_rating.contact_id            | String
    |
    | conversation_rating.admin_d               | String
    |
    | ai_agent_participated                     | Boolean
    |
    | ai_agent.resolution_state                 | String
    |
    | ai_agent.last_answer_type                 | String
    |
    | ai_agent.rating                           | Integer
    |
    | ai_agent.rating_remark                    | String
    |
    | ai_agent.source_type                      | String
    |
    | ai_agent.source_title                     | String
    |

    ### Accepted Operators

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
        include_monitors (bool | Unset):
        include_scorecards (bool | Unset):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (SearchRequest | Unset): Search using Intercoms Search APIs.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        ConversationList
    """

    kwargs = _get_kwargs(
        body=body,
        include_monitors=include_monitors,
        include_scorecards=include_scorecards,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
