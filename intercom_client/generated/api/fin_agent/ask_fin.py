# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.ask_fin_body import AskFinBody
from ...models.ask_fin_result import AskFinResult
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
    body: AskFinBody,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fin/ask",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Any, response: httpx.Response) -> AskFinResult:
    try:
        if response.status_code == 200:
            return AskFinResult.from_dict(decode_json(response))

        pass
    except ResponseDecodingError as exc:
        exc.response = response
        raise
    except WrongType as exc:
        raise ResponseDecodingError(str(exc), response=response) from None
    raise errors.error_for_response(response)


def _build_response(*, client: Any, response: httpx.Response) -> Response[AskFinResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: AskFinBody,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[AskFinResult]:
    """Ask Fin

     Ask Fin a single, self-contained question and receive one informational answer.

    Unlike a conversation, `/fin/ask` is non-conversational: Fin will not ask follow-up
    questions, will not run procedures, and will not escalate to a human on its own. You can
    still escalate one yourself with `POST /fin/escalate`; the ask conversation stays closed
    and the handoff is routed separately.

    Fin's answer is delivered asynchronously via the `fin_replied` event. The conversation
    ends with a `complete` status — there is no `awaiting_user_reply` cycle.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (AskFinBody):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[AskFinResult]
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
    body: AskFinBody,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> AskFinResult:
    """Ask Fin

     Ask Fin a single, self-contained question and receive one informational answer.

    Unlike a conversation, `/fin/ask` is non-conversational: Fin will not ask follow-up
    questions, will not run procedures, and will not escalate to a human on its own. You can
    still escalate one yourself with `POST /fin/escalate`; the ask conversation stays closed
    and the handoff is routed separately.

    Fin's answer is delivered asynchronously via the `fin_replied` event. The conversation
    ends with a `complete` status — there is no `awaiting_user_reply` cycle.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (AskFinBody):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        AskFinResult
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: AskFinBody,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[AskFinResult]:
    """Ask Fin

     Ask Fin a single, self-contained question and receive one informational answer.

    Unlike a conversation, `/fin/ask` is non-conversational: Fin will not ask follow-up
    questions, will not run procedures, and will not escalate to a human on its own. You can
    still escalate one yourself with `POST /fin/escalate`; the ask conversation stays closed
    and the handoff is routed separately.

    Fin's answer is delivered asynchronously via the `fin_replied` event. The conversation
    ends with a `complete` status — there is no `awaiting_user_reply` cycle.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (AskFinBody):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[AskFinResult]
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
    body: AskFinBody,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> AskFinResult:
    """Ask Fin

     Ask Fin a single, self-contained question and receive one informational answer.

    Unlike a conversation, `/fin/ask` is non-conversational: Fin will not ask follow-up
    questions, will not run procedures, and will not escalate to a human on its own. You can
    still escalate one yourself with `POST /fin/escalate`; the ask conversation stays closed
    and the handoff is routed separately.

    Fin's answer is delivered asynchronously via the `fin_replied` event. The conversation
    ends with a `complete` status — there is no `awaiting_user_reply` cycle.

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (AskFinBody):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        AskFinResult
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=await client.request(**kwargs))
