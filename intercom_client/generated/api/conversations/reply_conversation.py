# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.admin_reply_conversation_request import AdminReplyConversationRequest
from ...models.contact_reply_email_request import ContactReplyEmailRequest
from ...models.contact_reply_intercom_user_id_request import ContactReplyIntercomUserIdRequest
from ...models.contact_reply_user_id_request import ContactReplyUserIdRequest
from ...models.conversation import Conversation
from ...models.intercom_version import IntercomVersion
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
    body: AdminReplyConversationRequest
    | ContactReplyEmailRequest
    | ContactReplyIntercomUserIdRequest
    | ContactReplyUserIdRequest
    | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversations/{id}/reply".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, ContactReplyIntercomUserIdRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ContactReplyEmailRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ContactReplyUserIdRequest):
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
    body: AdminReplyConversationRequest
    | ContactReplyEmailRequest
    | ContactReplyIntercomUserIdRequest
    | ContactReplyUserIdRequest
    | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Conversation]:
    """Reply to a conversation

     You can reply to a conversation with a message from an admin or on behalf of a contact, or with a
    note for admins.

    {% admonition type="warning" name="Bot replies to inbound email" %}
    By default, bot or Operator replies to an inbound email conversation aren't sent to your customer.
    The reply is stored as an unnotifiable bot comment, and no `seen` receipt is generated until an
    email is actually delivered.

    To send these replies as outbound emails, reach out to your accounts team to enable the email-reply
    feature flag for your workspace.
    {% /admonition %}

    Args:
        id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (AdminReplyConversationRequest | ContactReplyEmailRequest |
            ContactReplyIntercomUserIdRequest | ContactReplyUserIdRequest | Unset):

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
    body: AdminReplyConversationRequest
    | ContactReplyEmailRequest
    | ContactReplyIntercomUserIdRequest
    | ContactReplyUserIdRequest
    | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Conversation:
    """Reply to a conversation

     You can reply to a conversation with a message from an admin or on behalf of a contact, or with a
    note for admins.

    {% admonition type="warning" name="Bot replies to inbound email" %}
    By default, bot or Operator replies to an inbound email conversation aren't sent to your customer.
    The reply is stored as an unnotifiable bot comment, and no `seen` receipt is generated until an
    email is actually delivered.

    To send these replies as outbound emails, reach out to your accounts team to enable the email-reply
    feature flag for your workspace.
    {% /admonition %}

    Args:
        id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (AdminReplyConversationRequest | ContactReplyEmailRequest |
            ContactReplyIntercomUserIdRequest | ContactReplyUserIdRequest | Unset):

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
    body: AdminReplyConversationRequest
    | ContactReplyEmailRequest
    | ContactReplyIntercomUserIdRequest
    | ContactReplyUserIdRequest
    | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Conversation]:
    """Reply to a conversation

     You can reply to a conversation with a message from an admin or on behalf of a contact, or with a
    note for admins.

    {% admonition type="warning" name="Bot replies to inbound email" %}
    By default, bot or Operator replies to an inbound email conversation aren't sent to your customer.
    The reply is stored as an unnotifiable bot comment, and no `seen` receipt is generated until an
    email is actually delivered.

    To send these replies as outbound emails, reach out to your accounts team to enable the email-reply
    feature flag for your workspace.
    {% /admonition %}

    Args:
        id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (AdminReplyConversationRequest | ContactReplyEmailRequest |
            ContactReplyIntercomUserIdRequest | ContactReplyUserIdRequest | Unset):

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
    body: AdminReplyConversationRequest
    | ContactReplyEmailRequest
    | ContactReplyIntercomUserIdRequest
    | ContactReplyUserIdRequest
    | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Conversation:
    """Reply to a conversation

     You can reply to a conversation with a message from an admin or on behalf of a contact, or with a
    note for admins.

    {% admonition type="warning" name="Bot replies to inbound email" %}
    By default, bot or Operator replies to an inbound email conversation aren't sent to your customer.
    The reply is stored as an unnotifiable bot comment, and no `seen` receipt is generated until an
    email is actually delivered.

    To send these replies as outbound emails, reach out to your accounts team to enable the email-reply
    feature flag for your workspace.
    {% /admonition %}

    Args:
        id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (AdminReplyConversationRequest | ContactReplyEmailRequest |
            ContactReplyIntercomUserIdRequest | ContactReplyUserIdRequest | Unset):

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
