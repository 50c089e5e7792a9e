# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.conversation import Conversation
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
)


def _get_kwargs(
    id: int,
    *,
    display_as: str | Unset = UNSET,
    include_translations: bool | Unset = UNSET,
    include_email_history: bool | Unset = UNSET,
    include_monitors: bool | Unset = UNSET,
    include_scorecards: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    params: dict[str, Any] = {}

    params["display_as"] = display_as

    params["include_translations"] = include_translations

    params["include_email_history"] = include_email_history

    params["include_monitors"] = include_monitors

    params["include_scorecards"] = include_scorecards

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversations/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }
    if params:  # no params at all spares httpx a second parse of the URL
        _kwargs["params"] = params

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> Conversation:
    if response.status_code == 200:
        return decode_response(response, Conversation.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[Conversation]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    id: int,
    *,
    client: Intercom,
    display_as: str | Unset = UNSET,
    include_translations: bool | Unset = UNSET,
    include_email_history: bool | Unset = UNSET,
    include_monitors: bool | Unset = UNSET,
    include_scorecards: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Conversation]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        id=id,
        display_as=display_as,
        include_translations=include_translations,
        include_email_history=include_email_history,
        include_monitors=include_monitors,
        include_scorecards=include_scorecards,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    id: int,
    *,
    client: Intercom,
    display_as: str | Unset = UNSET,
    include_translations: bool | Unset = UNSET,
    include_email_history: bool | Unset = UNSET,
    include_monitors: bool | Unset = UNSET,
    include_scorecards: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Conversation:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        id=id,
        display_as=display_as,
        include_translations=include_translations,
        include_email_history=include_email_history,
        include_monitors=include_monitors,
        include_scorecards=include_scorecards,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    id: int,
    *,
    client: AsyncIntercom,
    display_as: str | Unset = UNSET,
    include_translations: bool | Unset = UNSET,
    include_email_history: bool | Unset = UNSET,
    include_monitors: bool | Unset = UNSET,
    include_scorecards: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Conversation]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        id=id,
        display_as=display_as,
        include_translations=include_translations,
        include_email_history=include_email_history,
        include_monitors=include_monitors,
        include_scorecards=include_scorecards,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    id: int,
    *,
    client: AsyncIntercom,
    display_as: str | Unset = UNSET,
    include_translations: bool | Unset = UNSET,
    include_email_history: bool | Unset = UNSET,
    include_monitors: bool | Unset = UNSET,
    include_scorecards: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Conversation:
    """Retrieve a conversation


    You can fetch the details of a single conversation.

    This will return a single Conversation model with all its conversation parts.

    {% admonition type="warning" name="Hard limit of 500 parts" %}
    The maximum number of conversation parts that can be returned via the API is 500. If you have more
    than that we will return the 500 most recent conversation parts.
    {% /admonition %}

    For AI agent conversation metadata, please note that you need to have the agent enabled in your
    workspace, which is a [paid feature](https://www.intercom.com/help/en/articles/8205718-fin-
    resolutions#h_97f8c2e671).

    Args:
        id (int):
        display_as (str | Unset):
        include_translations (bool | Unset):
        include_email_history (bool | Unset):
        include_monitors (bool | Unset):
        include_scorecards (bool | Unset):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Conversation
    """

    kwargs = _get_kwargs(
        id=id,
        display_as=display_as,
        include_translations=include_translations,
        include_email_history=include_email_history,
        include_monitors=include_monitors,
        include_scorecards=include_scorecards,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
