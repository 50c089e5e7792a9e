# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.conversation import Conversation
from ...models.intercom_version import IntercomVersion
from ...models.update_conversation_request import UpdateConversationRequest
from ...types import (
    UNSET,
    Response,
    Unset,
    WrongType,
    decode_json,
)


def _get_kwargs(
    id: int,
    *,
    body: UpdateConversationRequest | Unset = UNSET,
    display_as: str | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    params: dict[str, Any] = {}

    params["display_as"] = display_as

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/conversations/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }
    if params:  # no params at all spares httpx a second parse of the URL
        _kwargs["params"] = params

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
    id: int,
    *,
    client: Intercom,
    body: UpdateConversationRequest | Unset = UNSET,
    display_as: str | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Conversation]:
    """Update a conversation


    You can update an existing conversation.

    {% admonition type="info" name="Replying and other actions" %}
    If you want to reply to a coveration or take an action such as assign, unassign, open, close or
    snooze, take a look at the reply and manage endpoints.
    {% /admonition %}

    {% admonition type="info" %}
      This endpoint handles both **conversation updates** and **custom object associations**.

      See _`update a conversation with an association to a custom object instance`_ in the
    request/response examples to see the custom object association format.
    {% /admonition %}

    {% admonition type="danger" name="Breaking change: duplicate custom attribute names" %}
    The `PUT /conversations/{id}` endpoint now returns a `400 INVALID_PARAMETER` error when the request
    includes `custom_attributes` and your workspace contains multiple non-archived conversation custom
    attributes with the same name. Previously, the update would silently apply to a non-deterministic
    attribute.

    To resolve, rename or archive the duplicate attribute so each name is unique, then retry the
    request. You can do this through:

    - The Conversation Attributes API — list with `GET /conversations/attributes`, then rename with `PUT
    /conversations/attributes/{id}` or archive with `DELETE /conversations/attributes/{id}`
    - Your workspace settings (Settings → Data → Conversations)
    {% /admonition %}


    Args:
        id (int):
        display_as (str | Unset):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (UpdateConversationRequest | Unset): Payload of the request to update a conversation

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
        display_as=display_as,
        intercom_version=intercom_version,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: Intercom,
    body: UpdateConversationRequest | Unset = UNSET,
    display_as: str | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Conversation:
    """Update a conversation


    You can update an existing conversation.

    {% admonition type="info" name="Replying and other actions" %}
    If you want to reply to a coveration or take an action such as assign, unassign, open, close or
    snooze, take a look at the reply and manage endpoints.
    {% /admonition %}

    {% admonition type="info" %}
      This endpoint handles both **conversation updates** and **custom object associations**.

      See _`update a conversation with an association to a custom object instance`_ in the
    request/response examples to see the custom object association format.
    {% /admonition %}

    {% admonition type="danger" name="Breaking change: duplicate custom attribute names" %}
    The `PUT /conversations/{id}` endpoint now returns a `400 INVALID_PARAMETER` error when the request
    includes `custom_attributes` and your workspace contains multiple non-archived conversation custom
    attributes with the same name. Previously, the update would silently apply to a non-deterministic
    attribute.

    To resolve, rename or archive the duplicate attribute so each name is unique, then retry the
    request. You can do this through:

    - The Conversation Attributes API — list with `GET /conversations/attributes`, then rename with `PUT
    /conversations/attributes/{id}` or archive with `DELETE /conversations/attributes/{id}`
    - Your workspace settings (Settings → Data → Conversations)
    {% /admonition %}


    Args:
        id (int):
        display_as (str | Unset):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (UpdateConversationRequest | Unset): Payload of the request to update a conversation

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
        display_as=display_as,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    id: int,
    *,
    client: AsyncIntercom,
    body: UpdateConversationRequest | Unset = UNSET,
    display_as: str | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Conversation]:
    """Update a conversation


    You can update an existing conversation.

    {% admonition type="info" name="Replying and other actions" %}
    If you want to reply to a coveration or take an action such as assign, unassign, open, close or
    snooze, take a look at the reply and manage endpoints.
    {% /admonition %}

    {% admonition type="info" %}
      This endpoint handles both **conversation updates** and **custom object associations**.

      See _`update a conversation with an association to a custom object instance`_ in the
    request/response examples to see the custom object association format.
    {% /admonition %}

    {% admonition type="danger" name="Breaking change: duplicate custom attribute names" %}
    The `PUT /conversations/{id}` endpoint now returns a `400 INVALID_PARAMETER` error when the request
    includes `custom_attributes` and your workspace contains multiple non-archived conversation custom
    attributes with the same name. Previously, the update would silently apply to a non-deterministic
    attribute.

    To resolve, rename or archive the duplicate attribute so each name is unique, then retry the
    request. You can do this through:

    - The Conversation Attributes API — list with `GET /conversations/attributes`, then rename with `PUT
    /conversations/attributes/{id}` or archive with `DELETE /conversations/attributes/{id}`
    - Your workspace settings (Settings → Data → Conversations)
    {% /admonition %}


    Args:
        id (int):
        display_as (str | Unset):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (UpdateConversationRequest | Unset): Payload of the request to update a conversation

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
        display_as=display_as,
        intercom_version=intercom_version,
    )
    response = await client.request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AsyncIntercom,
    body: UpdateConversationRequest | Unset = UNSET,
    display_as: str | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Conversation:
    """Update a conversation


    You can update an existing conversation.

    {% admonition type="info" name="Replying and other actions" %}
    If you want to reply to a coveration or take an action such as assign, unassign, open, close or
    snooze, take a look at the reply and manage endpoints.
    {% /admonition %}

    {% admonition type="info" %}
      This endpoint handles both **conversation updates** and **custom object associations**.

      See _`update a conversation with an association to a custom object instance`_ in the
    request/response examples to see the custom object association format.
    {% /admonition %}

    {% admonition type="danger" name="Breaking change: duplicate custom attribute names" %}
    The `PUT /conversations/{id}` endpoint now returns a `400 INVALID_PARAMETER` error when the request
    includes `custom_attributes` and your workspace contains multiple non-archived conversation custom
    attributes with the same name. Previously, the update would silently apply to a non-deterministic
    attribute.

    To resolve, rename or archive the duplicate attribute so each name is unique, then retry the
    request. You can do this through:

    - The Conversation Attributes API — list with `GET /conversations/attributes`, then rename with `PUT
    /conversations/attributes/{id}` or archive with `DELETE /conversations/attributes/{id}`
    - Your workspace settings (Settings → Data → Conversations)
    {% /admonition %}


    Args:
        id (int):
        display_as (str | Unset):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (UpdateConversationRequest | Unset): Payload of the request to update a conversation

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
        display_as=display_as,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=await client.request(**kwargs))
