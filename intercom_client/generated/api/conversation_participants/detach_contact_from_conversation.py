# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.conversation import Conversation
from ...models.detach_contact_from_conversation_request import DetachContactFromConversationRequest
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    WrongType,
    decode_json,
)


def _get_kwargs(
    conversation_id: str,
    contact_id: str,
    *,
    body: DetachContactFromConversationRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/conversations/{conversation_id}/customers/{contact_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
            contact_id=quote(str(contact_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
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
    conversation_id: str,
    contact_id: str,
    *,
    client: Intercom,
    body: DetachContactFromConversationRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Conversation]:
    """Detach a contact from a group conversation

     You can remove participants who are contacts from a group conversation, on behalf of an admin.

    {% admonition type="warning" name="Removing the last participant" %}
    You cannot remove the last remaining contact from a conversation.
    {% /admonition %}


    Args:
        conversation_id (str):
        contact_id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (DetachContactFromConversationRequest | Unset):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[Conversation]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        contact_id=contact_id,
        body=body,
        intercom_version=intercom_version,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    contact_id: str,
    *,
    client: Intercom,
    body: DetachContactFromConversationRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Conversation:
    """Detach a contact from a group conversation

     You can remove participants who are contacts from a group conversation, on behalf of an admin.

    {% admonition type="warning" name="Removing the last participant" %}
    You cannot remove the last remaining contact from a conversation.
    {% /admonition %}


    Args:
        conversation_id (str):
        contact_id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (DetachContactFromConversationRequest | Unset):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Conversation
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        contact_id=contact_id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    conversation_id: str,
    contact_id: str,
    *,
    client: AsyncIntercom,
    body: DetachContactFromConversationRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Conversation]:
    """Detach a contact from a group conversation

     You can remove participants who are contacts from a group conversation, on behalf of an admin.

    {% admonition type="warning" name="Removing the last participant" %}
    You cannot remove the last remaining contact from a conversation.
    {% /admonition %}


    Args:
        conversation_id (str):
        contact_id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (DetachContactFromConversationRequest | Unset):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[Conversation]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        contact_id=contact_id,
        body=body,
        intercom_version=intercom_version,
    )
    response = await client.request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    contact_id: str,
    *,
    client: AsyncIntercom,
    body: DetachContactFromConversationRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Conversation:
    """Detach a contact from a group conversation

     You can remove participants who are contacts from a group conversation, on behalf of an admin.

    {% admonition type="warning" name="Removing the last participant" %}
    You cannot remove the last remaining contact from a conversation.
    {% /admonition %}


    Args:
        conversation_id (str):
        contact_id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (DetachContactFromConversationRequest | Unset):

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Conversation
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        contact_id=contact_id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=await client.request(**kwargs))
