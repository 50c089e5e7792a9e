# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.collect_agent_input_request import CollectAgentInputRequest
from ...models.collect_procedure_agent_input_result import CollectProcedureAgentInputResult
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
    path_segment,
)

_OPERATION = "POST /procedures/{conversation_id}/collect_agent_input"


def _get_kwargs(
    conversation_id: str,
    *,
    body: CollectAgentInputRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/procedures/{conversation_id}/collect_agent_input".format(
            conversation_id=path_segment("conversation_id", conversation_id, _OPERATION),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> CollectProcedureAgentInputResult:
    if response.status_code == 200:
        return decode_response(response, CollectProcedureAgentInputResult.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[CollectProcedureAgentInputResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: Intercom,
    body: CollectAgentInputRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[CollectProcedureAgentInputResult]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    conversation_id: str,
    *,
    client: Intercom,
    body: CollectAgentInputRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> CollectProcedureAgentInputResult:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AsyncIntercom,
    body: CollectAgentInputRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[CollectProcedureAgentInputResult]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    conversation_id: str,
    *,
    client: AsyncIntercom,
    body: CollectAgentInputRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> CollectProcedureAgentInputResult:
    """Submit human input to a Fin Procedure HITL step: ``POST /procedures/{conversation_id}/collect_agent_input``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
