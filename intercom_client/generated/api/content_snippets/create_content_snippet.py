# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.content_snippet import ContentSnippet
from ...models.content_snippet_create_request import ContentSnippetCreateRequest
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    WrongType,
    decode_json,
)


def _get_kwargs(
    *,
    body: ContentSnippetCreateRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/content_snippets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Any, response: httpx.Response) -> ContentSnippet:
    try:
        if response.status_code == 201:
            return ContentSnippet.from_dict(decode_json(response))

        pass
    except ResponseDecodingError as exc:
        exc.response = response
        raise
    except WrongType as exc:
        raise ResponseDecodingError(str(exc), response=response) from None
    raise errors.error_for_response(response)


def _build_response(*, client: Any, response: httpx.Response) -> Response[ContentSnippet]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: ContentSnippetCreateRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[ContentSnippet]:
    """Create a content snippet

     You can create a new content snippet.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (ContentSnippetCreateRequest): The request payload for creating a content snippet.
            You must provide either `json_blocks` or `body_markdown` for the snippet content — they
            are mutually exclusive.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[ContentSnippet]
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Intercom,
    body: ContentSnippetCreateRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> ContentSnippet:
    """Create a content snippet

     You can create a new content snippet.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (ContentSnippetCreateRequest): The request payload for creating a content snippet.
            You must provide either `json_blocks` or `body_markdown` for the snippet content — they
            are mutually exclusive.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        ContentSnippet
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: ContentSnippetCreateRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[ContentSnippet]:
    """Create a content snippet

     You can create a new content snippet.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (ContentSnippetCreateRequest): The request payload for creating a content snippet.
            You must provide either `json_blocks` or `body_markdown` for the snippet content — they
            are mutually exclusive.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[ContentSnippet]
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    response = await client.request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncIntercom,
    body: ContentSnippetCreateRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> ContentSnippet:
    """Create a content snippet

     You can create a new content snippet.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (ContentSnippetCreateRequest): The request payload for creating a content snippet.
            You must provide either `json_blocks` or `body_markdown` for the snippet content — they
            are mutually exclusive.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        ContentSnippet
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=await client.request(**kwargs))
