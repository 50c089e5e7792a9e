# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.intercom_version import IntercomVersion
from ...models.run_fin_procedure_body import RunFinProcedureBody
from ...models.run_fin_procedure_result import RunFinProcedureResult
from ...types import (
    UNSET,
    Response,
    Unset,
    WrongType,
    decode_json,
)


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
            procedure_id=quote(str(procedure_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Any, response: httpx.Response) -> RunFinProcedureResult:
    try:
        if response.status_code == 200:
            return RunFinProcedureResult.from_dict(decode_json(response))

        pass
    except ResponseDecodingError as exc:
        exc.response = response
        raise
    except WrongType as exc:
        raise ResponseDecodingError(str(exc), response=response) from None
    raise errors.error_for_response(response)


def _build_response(*, client: Any, response: httpx.Response) -> Response[RunFinProcedureResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    procedure_id: str,
    *,
    client: Intercom,
    body: RunFinProcedureBody,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[RunFinProcedureResult]:
    """Run a Fin procedure

     Deterministically run a specific procedure on a new conversation. Calling this endpoint
    guarantees that the named procedure runs — there is no non-deterministic routing.

    Fin's progress is delivered asynchronously via events or Server-Sent Events. If the
    procedure pauses for user input, the conversation status becomes `awaiting_user_reply` —
    send the user's response with [`/fin/reply`](/docs/references/preview/rest-api/api.intercom.io/fin-
    agent/replytofin).

    Args:
        procedure_id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (RunFinProcedureBody):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[RunFinProcedureResult]
    """

    kwargs = _get_kwargs(
        procedure_id=procedure_id,
        body=body,
        intercom_version=intercom_version,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    procedure_id: str,
    *,
    client: Intercom,
    body: RunFinProcedureBody,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> RunFinProcedureResult:
    """Run a Fin procedure

     Deterministically run a specific procedure on a new conversation. Calling this endpoint
    guarantees that the named procedure runs — there is no non-deterministic routing.

    Fin's progress is delivered asynchronously via events or Server-Sent Events. If the
    procedure pauses for user input, the conversation status becomes `awaiting_user_reply` —
    send the user's response with [`/fin/reply`](/docs/references/preview/rest-api/api.intercom.io/fin-
    agent/replytofin).

    Args:
        procedure_id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (RunFinProcedureBody):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        RunFinProcedureResult
    """

    kwargs = _get_kwargs(
        procedure_id=procedure_id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    procedure_id: str,
    *,
    client: AsyncIntercom,
    body: RunFinProcedureBody,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[RunFinProcedureResult]:
    """Run a Fin procedure

     Deterministically run a specific procedure on a new conversation. Calling this endpoint
    guarantees that the named procedure runs — there is no non-deterministic routing.

    Fin's progress is delivered asynchronously via events or Server-Sent Events. If the
    procedure pauses for user input, the conversation status becomes `awaiting_user_reply` —
    send the user's response with [`/fin/reply`](/docs/references/preview/rest-api/api.intercom.io/fin-
    agent/replytofin).

    Args:
        procedure_id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (RunFinProcedureBody):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[RunFinProcedureResult]
    """

    kwargs = _get_kwargs(
        procedure_id=procedure_id,
        body=body,
        intercom_version=intercom_version,
    )
    response = await client.request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    procedure_id: str,
    *,
    client: AsyncIntercom,
    body: RunFinProcedureBody,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> RunFinProcedureResult:
    """Run a Fin procedure

     Deterministically run a specific procedure on a new conversation. Calling this endpoint
    guarantees that the named procedure runs — there is no non-deterministic routing.

    Fin's progress is delivered asynchronously via events or Server-Sent Events. If the
    procedure pauses for user input, the conversation status becomes `awaiting_user_reply` —
    send the user's response with [`/fin/reply`](/docs/references/preview/rest-api/api.intercom.io/fin-
    agent/replytofin).

    Args:
        procedure_id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (RunFinProcedureBody):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        RunFinProcedureResult
    """

    kwargs = _get_kwargs(
        procedure_id=procedure_id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=await client.request(**kwargs))
