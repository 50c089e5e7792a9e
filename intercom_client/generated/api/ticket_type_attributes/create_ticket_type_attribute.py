# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.create_ticket_type_attribute_request import CreateTicketTypeAttributeRequest
from ...models.intercom_version import IntercomVersion
from ...models.ticket_type_attribute import TicketTypeAttribute
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
    path_segment,
)

_OPERATION = "POST /ticket_types/{ticket_type_id}/attributes"


def _get_kwargs(
    ticket_type_id: str,
    *,
    body: CreateTicketTypeAttributeRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ticket_types/{ticket_type_id}/attributes".format(
            ticket_type_id=path_segment("ticket_type_id", ticket_type_id, _OPERATION),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> TicketTypeAttribute:
    if response.status_code == 200:
        return decode_response(response, TicketTypeAttribute.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[TicketTypeAttribute]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    ticket_type_id: str,
    *,
    client: Intercom,
    body: CreateTicketTypeAttributeRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[TicketTypeAttribute]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        ticket_type_id=ticket_type_id,
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    ticket_type_id: str,
    *,
    client: Intercom,
    body: CreateTicketTypeAttributeRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> TicketTypeAttribute:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        ticket_type_id=ticket_type_id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    ticket_type_id: str,
    *,
    client: AsyncIntercom,
    body: CreateTicketTypeAttributeRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[TicketTypeAttribute]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        ticket_type_id=ticket_type_id,
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    ticket_type_id: str,
    *,
    client: AsyncIntercom,
    body: CreateTicketTypeAttributeRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> TicketTypeAttribute:
    """Create a new attribute for a ticket type: ``POST /ticket_types/{ticket_type_id}/attributes``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        ticket_type_id=ticket_type_id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
