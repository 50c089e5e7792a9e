# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.change_ticket_type_request import ChangeTicketTypeRequest
from ...models.intercom_version import IntercomVersion
from ...models.ticket import Ticket
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
    path_segment,
)

_OPERATION = "POST /tickets/{ticket_id}/change_type"


def _get_kwargs(
    ticket_id: str,
    *,
    body: ChangeTicketTypeRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tickets/{ticket_id}/change_type".format(
            ticket_id=path_segment("ticket_id", ticket_id, _OPERATION),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> Ticket:
    if response.status_code == 200:
        return decode_response(response, Ticket.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[Ticket]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    ticket_id: str,
    *,
    client: Intercom,
    body: ChangeTicketTypeRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Ticket]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    ticket_id: str,
    *,
    client: Intercom,
    body: ChangeTicketTypeRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Ticket:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    ticket_id: str,
    *,
    client: AsyncIntercom,
    body: ChangeTicketTypeRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Ticket]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    ticket_id: str,
    *,
    client: AsyncIntercom,
    body: ChangeTicketTypeRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Ticket:
    """Change ticket type: ``POST /tickets/{ticket_id}/change_type``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
