# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.company_list import CompanyList
from ...models.company_search_request import CompanySearchRequest
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
)


def _get_kwargs(
    *,
    body: CompanySearchRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies/search",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> CompanyList:
    if response.status_code == 200:
        return decode_response(response, CompanyList.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[CompanyList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: CompanySearchRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[CompanyList]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    *,
    client: Intercom,
    body: CompanySearchRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> CompanyList:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: CompanySearchRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[CompanyList]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    *,
    client: AsyncIntercom,
    body: CompanySearchRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> CompanyList:
    """Search companies

     You can search for companies by the value of their attributes in order to fetch exactly the
    companies you want.

    To search for companies, send a `POST` request to `https://api.intercom.io/companies/search`, with a
    query object in the body defining your filters.

    Note that the API does not include companies who have no associated users in search results.

    {% admonition type="warning" name="Optimizing search queries" %}
      Search queries can be complex, so optimizing them can help the performance of your search.
      Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and
    utilize
      pagination to limit the number of results returned. The default is `15` results per page.
      See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
    more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the
    `starting_after` param.
    {% /admonition %}

    ### Nesting & Limitations

    You can nest these filters in order to get even more granular insights that pinpoint exactly what
    you need. Example: (1 OR 2) AND (3 OR 4).
    There are some limitations to the amount of multiple's there can be:
    * There's a limit of max 2 nested filters
    * There's a limit of max 15 filters for each AND or OR group

    ### Accepted Fields

    Most keys listed as part of the Companies Model are searchable. The value you search for has to
    match the accepted type, otherwise the query will fail (ie. as `created_at` accepts a date, the
    `value` cannot be a string such as `"foobar"`).

    | Field                              | Type                           |
    | ---------------------------------- | ------------------------------ |
    | company_id                         | String                         |
    | name                               | String                         |
    | created_at                         | Date (UNIX Timestamp)          |
    | updated_at                         | Date (UNIX Timestamp)          |
    | remote_created_at                  | Date (UNIX Timestamp)          |
    | last_request_at                    | Date (UNIX Timestamp)          |
    | monthly_spend                      | Integer                        |
    | session_count                      | Integer                        |
    | user_count                         | Integer                        |
    | tag_id                             | String                         |
    | custom_attributes.{attribute_name} | String                         |

    The `plan.id` and `plan.name` fields are not searchable and return a `400` error with code
    `invalid_field`.

    ### Accepted Operators

    The table below shows the operators you can use to define how you want to search for the value. The
    operator should be put in as a string (`"="`). The operator has to be compatible with the field's
    type (eg. you cannot search with `>` for a given string value as it's only compatible for integer's
    and dates). Searching by `tag_id` supports only the `=` and `!=` operators. The `IN` and `NIN`
    operators are not supported for Date fields.

    | Operator | Valid Types                      | Description
    |
    | :------- | :------------------------------- |
    :--------------------------------------------------------------- |
    | =        | All                              | Equals
    |
    | !=       | All                              | Doesn't Equal
    |
    | IN       | All except Date and tag_id       | In<br>Shortcut for `OR` queries<br>Values must be in
    Array       |
    | NIN      | All except Date and tag_id       | Not In<br>Shortcut for `OR !` queries<br>Values must
    be in Array |
    | >        | Integer<br>Date (UNIX Timestamp) | Greater than
    |
    | <       | Integer<br>Date (UNIX Timestamp) | Lower than
    |
    | ~        | String                           | Contains
    |
    | !~       | String                           | Doesn't Contain
    |
    | ^        | String                           | Starts With
    |
    | $        | String                           | Ends With
    |

    ### Sorting

    Pass an optional `sort` object with a `field` and an `order` (`ascending` or `descending`; defaults
    to `descending`) to order the results. An invalid `order` returns a `400` error with code
    `invalid_sort_order`. `tag_id` can be used as a filter but not as a sort field.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CompanySearchRequest | Unset): Search for companies using Intercom's Search API.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        CompanyList
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
