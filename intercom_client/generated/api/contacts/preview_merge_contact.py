# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.intercom_version import IntercomVersion
from ...models.merge_preview_allowed import MergePreviewAllowed
from ...models.merge_preview_blocked import MergePreviewBlocked
from ...models.merge_preview_request import MergePreviewRequest
from ...types import (
    UNSET,
    Response,
    Unset,
    WrongType,
    decode_response,
    decode_variant,
)


def _decode_200(data: Any) -> Any:
    if data.__class__ is dict:
        try:
            return decode_variant(
                data,
                (
                    MergePreviewAllowed,
                    MergePreviewBlocked,
                ),
            )
        except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        return MergePreviewAllowed.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return MergePreviewBlocked.from_dict(data)


def _get_kwargs(
    *,
    body: MergePreviewRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/merge/preview",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> MergePreviewAllowed | MergePreviewBlocked:
    if response.status_code == 200:
        parsed: MergePreviewAllowed | MergePreviewBlocked = decode_response(response, _decode_200, strict=strict)
        return parsed

    raise errors.error_for_response(response)


def _build_response(
    response: httpx.Response, *, strict: bool = False
) -> Response[MergePreviewAllowed | MergePreviewBlocked]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: MergePreviewRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[MergePreviewAllowed | MergePreviewBlocked]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    *,
    client: Intercom,
    body: MergePreviewRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> MergePreviewAllowed | MergePreviewBlocked:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: MergePreviewRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[MergePreviewAllowed | MergePreviewBlocked]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    *,
    client: AsyncIntercom,
    body: MergePreviewRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> MergePreviewAllowed | MergePreviewBlocked:
    """Preview a contact merge

     Preview the result of merging one contact into another without applying the merge. This is a read-
    only dry run: it reports whether the merge is allowed and, if so, exactly what would change,
    **without modifying any data**.

    Send the same `from` (a `lead`) and `into` (a `user`) contact IDs you would pass to [Merge a lead
    and a user](/docs/references/preview/rest-api/api.intercom.io/contacts/mergecontact).

    - When `allowed` is `true`, the response contains a `summary`: every attribute change (with the
    resulting value on the surviving contact) and, for each object type, two counts — `from`, how many
    are on the lead and would move to the user, and `into`, how many the user already has. Counts are
    reported for conversations, tickets, phone calls, notes, and tags. `conversations` counts non-ticket
    conversations only; tickets are reported separately under `tickets`, and `phone_calls` is present
    only for phone-lead merges.
    - When `allowed` is `false`, the response contains `reasons`. Each reason has a stable `code` you
    can branch on and a human-readable `message` you can display.

    {% admonition type="warning" name="Previewing non-duplicate contacts" %}
    By default a merge requires the two contacts to share an identifier (email, phone, or external ID).
    Set `skip_duplicate_validation` to `true` to preview a merge of contacts that don't — the same rule
    the merge endpoint enforces.
    {% /admonition %}

    When `allowed` is `false`, `reasons[].code` is one of:

    | code | meaning |
    | --- | --- |
    | `invalid_merge_role_pair` | The `from`/`into` roles aren't mergeable. `from` must be a lead and
    `into` a user. |
    | `no_shared_identifier` | The contacts share no email, phone, or external ID. Set
    `skip_duplicate_validation` to preview anyway. |
    | `facebook_user` | Facebook contacts can't be merged. |
    | `external_lead_channel_not_allowed` | The source is an external-channel lead that isn't eligible
    for merging. |
    | `mailing_list` | Contacts created from a mailing list can't be merged. |

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (MergePreviewRequest | Unset): Preview a contact merge.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        MergePreviewAllowed | MergePreviewBlocked
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
