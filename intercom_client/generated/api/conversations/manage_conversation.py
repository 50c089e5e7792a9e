# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.assign_conversation_request import AssignConversationRequest
from ...models.close_conversation_request import CloseConversationRequest
from ...models.conversation import Conversation
from ...models.intercom_version import IntercomVersion
from ...models.open_conversation_request import OpenConversationRequest
from ...models.snooze_conversation_request import SnoozeConversationRequest
from ...types import (
    UNSET,
    Response,
    Unset,
    WrongType,
    decode_json,
)


def _get_kwargs(
    id: str,
    *,
    body: AssignConversationRequest
    | CloseConversationRequest
    | OpenConversationRequest
    | SnoozeConversationRequest
    | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversations/{id}/parts".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, CloseConversationRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SnoozeConversationRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, OpenConversationRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Any, response: httpx.Response) -> Conversation:
    try:
        if response.status_code == 200:
            return Conversation.from_dict(decode_json(response))

        pass
    except ResponseDecodingError as exc:
        exc.response = response
        raise
    except WrongType as exc:
        raise ResponseDecodingError(str(exc), response=response) from None
    raise errors.error_for_response(response)


def _build_response(*, client: Any, response: httpx.Response) -> Response[Conversation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: Intercom,
    body: AssignConversationRequest
    | CloseConversationRequest
    | OpenConversationRequest
    | SnoozeConversationRequest
    | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Conversation]:
    """Manage a conversation

     For managing conversations you can:
    - Close a conversation
    - Snooze a conversation to reopen on a future date
    - Open a conversation which is `snoozed` or `closed`
    - Assign a conversation to an admin and/or team.

    Args:
        id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (AssignConversationRequest | CloseConversationRequest | OpenConversationRequest |
            SnoozeConversationRequest | Unset):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[Conversation]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Intercom,
    body: AssignConversationRequest
    | CloseConversationRequest
    | OpenConversationRequest
    | SnoozeConversationRequest
    | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Conversation:
    """Manage a conversation

     For managing conversations you can:
    - Close a conversation
    - Snooze a conversation to reopen on a future date
    - Open a conversation which is `snoozed` or `closed`
    - Assign a conversation to an admin and/or team.

    Args:
        id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (AssignConversationRequest | CloseConversationRequest | OpenConversationRequest |
            SnoozeConversationRequest | Unset):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Conversation
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncIntercom,
    body: AssignConversationRequest
    | CloseConversationRequest
    | OpenConversationRequest
    | SnoozeConversationRequest
    | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Conversation]:
    """Manage a conversation

     For managing conversations you can:
    - Close a conversation
    - Snooze a conversation to reopen on a future date
    - Open a conversation which is `snoozed` or `closed`
    - Assign a conversation to an admin and/or team.

    Args:
        id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (AssignConversationRequest | CloseConversationRequest | OpenConversationRequest |
            SnoozeConversationRequest | Unset):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[Conversation]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    response = await client.request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncIntercom,
    body: AssignConversationRequest
    | CloseConversationRequest
    | OpenConversationRequest
    | SnoozeConversationRequest
    | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Conversation:
    """Manage a conversation

     For managing conversations you can:
    - Close a conversation
    - Snooze a conversation to reopen on a future date
    - Open a conversation which is `snoozed` or `closed`
    - Assign a conversation to an admin and/or team.

    Args:
        id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (AssignConversationRequest | CloseConversationRequest | OpenConversationRequest |
            SnoozeConversationRequest | Unset):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Conversation
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=await client.request(**kwargs))
