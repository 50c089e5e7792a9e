# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.contact import Contact
from ...models.intercom_version import IntercomVersion
from ...models.merge_contacts_request import MergeContactsRequest
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
)


def _get_kwargs(
    *,
    body: MergeContactsRequest | Unset = UNSET,
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
        "url": "/contacts/merge",
    }
    if params:  # no params at all spares httpx a second parse of the URL
        _kwargs["params"] = params

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> Contact:
    if response.status_code == 200:
        return decode_response(response, Contact.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[Contact]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: MergeContactsRequest | Unset = UNSET,
    include_merge_history: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Contact]:
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
    body: MergeContactsRequest | Unset = UNSET,
    include_merge_history: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Contact:
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
    body: MergeContactsRequest | Unset = UNSET,
    include_merge_history: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Contact]:
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
    body: MergeContactsRequest | Unset = UNSET,
    include_merge_history: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Contact:
    """Merge a lead and a user

     You can merge a contact with a `role` of `lead` into a contact with a `role` of `user`.

    {% admonition type="warning" name="Merged contacts are not retrievable via the API" %}
      Once a merge is completed, the source contact (`from`) is permanently removed from the active
    contact list. This means:
      - **GET /contacts/{id}** — Requesting the source contact by its original ID will return `410 Gone`
    with a `Link` header pointing to the canonical (merged-into) contact.
      - **POST /contacts/search** — The source contact will not appear in search results, including
    queries filtered by `updated_at`.
      - **GET /contacts** — The source contact will not appear in list results.

      Only the target contact (`into`) remains accessible. If your application stores contact IDs,
    update them to use the target contact's ID after a merge.
    {% /admonition %}

    Args:
        include_merge_history (bool | Unset):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (MergeContactsRequest | Unset): Merge contact data.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Contact
    """

    kwargs = _get_kwargs(
        body=body,
        include_merge_history=include_merge_history,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
