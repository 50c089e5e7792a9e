# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.intercom_version import IntercomVersion
from ...models.run_fin_procedure_body import RunFinProcedureBody
from ...models.run_fin_procedure_result import RunFinProcedureResult
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
    path_segment,
)

_OPERATION = "POST /fin/procedures/{procedure_id}/run"


def _get_kwargs(
    procedure_id: str,
    *,
    body: RunFinProcedureBody,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fin/procedures/{procedure_id}/run".format(
            procedure_id=path_segment("procedure_id", procedure_id, _OPERATION),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> RunFinProcedureResult:
    if response.status_code == 200:
        return decode_response(response, RunFinProcedureResult.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[RunFinProcedureResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    procedure_id: str,
    *,
    client: Intercom,
    body: RunFinProcedureBody,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[RunFinProcedureResult]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        procedure_id=procedure_id,
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    procedure_id: str,
    *,
    client: Intercom,
    body: RunFinProcedureBody,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> RunFinProcedureResult:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        procedure_id=procedure_id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    procedure_id: str,
    *,
    client: AsyncIntercom,
    body: RunFinProcedureBody,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[RunFinProcedureResult]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        procedure_id=procedure_id,
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    procedure_id: str,
    *,
    client: AsyncIntercom,
    body: RunFinProcedureBody,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> RunFinProcedureResult:
    """Run a Fin procedure: ``POST /fin/procedures/{procedure_id}/run``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        procedure_id=procedure_id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
