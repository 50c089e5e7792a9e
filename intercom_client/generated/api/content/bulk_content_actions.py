# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.content_bulk_action_request import ContentBulkActionRequest
from ...models.content_bulk_action_response import ContentBulkActionResponse
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
)


def _get_kwargs(
    *,
    body: ContentBulkActionRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/content/bulk_actions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> ContentBulkActionResponse:
    if response.status_code == 202:
        return decode_response(response, ContentBulkActionResponse.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[ContentBulkActionResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: ContentBulkActionRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[ContentBulkActionResponse]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    *,
    client: Intercom,
    body: ContentBulkActionRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> ContentBulkActionResponse:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: ContentBulkActionRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[ContentBulkActionResponse]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    *,
    client: AsyncIntercom,
    body: ContentBulkActionRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> ContentBulkActionResponse:
    """Run a bulk action on Knowledge Hub content (Preview)

     Asynchronously run a bulk action over up to 1,000 Knowledge Hub content items.

    Six actions are supported:
      * `publish` and `unpublish` — apply to `article_content` only.
      * `delete` — permanently delete content (excludes synced sources and `external_content`).
      * `set_availability` — toggle Fin AI Agent, Copilot, and Sales Agent availability flags.
      * `set_audience` — manage segment membership on content.
      * `update_tags` — apply and/or remove existing tags on content. Unlike the other
        actions, `update_tags` addresses articles by the parent `article` id, not
        `article_content`. Tags must already exist and not be archived; supply at least one of
        `add_tag_ids` / `remove_tag_ids`.

    The endpoint validates the request, enqueues background work, and returns 202 with a
    placeholder envelope. Items whose `type` is not in the action's allowlist are silently
    dropped before processing. Articles imported from synced sources (Confluence, Notion,
    Zendesk, Salesforce Knowledge, etc.) are silently skipped on `delete` — they can only be
    removed by disconnecting the underlying import source.

    Requires the `write_content` OAuth scope. Set `Intercom-Version: Preview`.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (ContentBulkActionRequest):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        ContentBulkActionResponse
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
