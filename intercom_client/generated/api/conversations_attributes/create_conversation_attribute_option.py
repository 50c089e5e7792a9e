# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
from ...models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
from ...models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
from ...models.conversation_attribute_files_type import ConversationAttributeFilesType
from ...models.conversation_attribute_integer_type import ConversationAttributeIntegerType
from ...models.conversation_attribute_list_type import ConversationAttributeListType
from ...models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
from ...models.conversation_attribute_string_type import ConversationAttributeStringType
from ...models.create_conversation_attribute_option_request import CreateConversationAttributeOptionRequest
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    WrongType,
    decode_json,
    pick_variant,
)


def _decode_200(data: Any) -> Any:
    if data.__class__ is dict:
        try:
            return pick_variant(
                data,
                (
                    ConversationAttributeStringType,
                    ConversationAttributeIntegerType,
                    ConversationAttributeListType,
                    ConversationAttributeDecimalType,
                    ConversationAttributeBooleanType,
                    ConversationAttributeDatetimeType,
                    ConversationAttributeRelationshipType,
                    ConversationAttributeFilesType,
                ),
            ).from_dict(data)
        except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        return ConversationAttributeStringType.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return ConversationAttributeIntegerType.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return ConversationAttributeListType.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return ConversationAttributeDecimalType.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return ConversationAttributeBooleanType.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return ConversationAttributeDatetimeType.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        return ConversationAttributeRelationshipType.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return ConversationAttributeFilesType.from_dict(data)


def _get_kwargs(
    id: int,
    *,
    body: CreateConversationAttributeOptionRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversations/attributes/{id}/options".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Any, response: httpx.Response
) -> (
    ConversationAttributeBooleanType
    | ConversationAttributeDatetimeType
    | ConversationAttributeDecimalType
    | ConversationAttributeFilesType
    | ConversationAttributeIntegerType
    | ConversationAttributeListType
    | ConversationAttributeRelationshipType
    | ConversationAttributeStringType
):
    try:
        if response.status_code == 200:
            return _decode_200(decode_json(response))

        pass
    except ResponseDecodingError as exc:
        exc.response = response
        raise
    except WrongType as exc:
        raise ResponseDecodingError(str(exc), response=response) from None
    raise errors.error_for_response(response)


def _build_response(
    *, client: Any, response: httpx.Response
) -> Response[
    ConversationAttributeBooleanType
    | ConversationAttributeDatetimeType
    | ConversationAttributeDecimalType
    | ConversationAttributeFilesType
    | ConversationAttributeIntegerType
    | ConversationAttributeListType
    | ConversationAttributeRelationshipType
    | ConversationAttributeStringType
]:
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
    body: CreateConversationAttributeOptionRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[
    ConversationAttributeBooleanType
    | ConversationAttributeDatetimeType
    | ConversationAttributeDecimalType
    | ConversationAttributeFilesType
    | ConversationAttributeIntegerType
    | ConversationAttributeListType
    | ConversationAttributeRelationshipType
    | ConversationAttributeStringType
]:
    """Add an option to a list conversation attribute

     Add a new option to a list-type conversation attribute. Returns the full attribute with the updated
    options array.

    Args:
        id (int):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CreateConversationAttributeOptionRequest): Payload for adding a new option to a
            list-type conversation attribute.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: Intercom,
    body: CreateConversationAttributeOptionRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> (
    ConversationAttributeBooleanType
    | ConversationAttributeDatetimeType
    | ConversationAttributeDecimalType
    | ConversationAttributeFilesType
    | ConversationAttributeIntegerType
    | ConversationAttributeListType
    | ConversationAttributeRelationshipType
    | ConversationAttributeStringType
):
    """Add an option to a list conversation attribute

     Add a new option to a list-type conversation attribute. Returns the full attribute with the updated
    options array.

    Args:
        id (int):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CreateConversationAttributeOptionRequest): Payload for adding a new option to a
            list-type conversation attribute.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    id: int,
    *,
    client: AsyncIntercom,
    body: CreateConversationAttributeOptionRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[
    ConversationAttributeBooleanType
    | ConversationAttributeDatetimeType
    | ConversationAttributeDecimalType
    | ConversationAttributeFilesType
    | ConversationAttributeIntegerType
    | ConversationAttributeListType
    | ConversationAttributeRelationshipType
    | ConversationAttributeStringType
]:
    """Add an option to a list conversation attribute

     Add a new option to a list-type conversation attribute. Returns the full attribute with the updated
    options array.

    Args:
        id (int):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CreateConversationAttributeOptionRequest): Payload for adding a new option to a
            list-type conversation attribute.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    response = await client.request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AsyncIntercom,
    body: CreateConversationAttributeOptionRequest,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> (
    ConversationAttributeBooleanType
    | ConversationAttributeDatetimeType
    | ConversationAttributeDecimalType
    | ConversationAttributeFilesType
    | ConversationAttributeIntegerType
    | ConversationAttributeListType
    | ConversationAttributeRelationshipType
    | ConversationAttributeStringType
):
    """Add an option to a list conversation attribute

     Add a new option to a list-type conversation attribute. Returns the full attribute with the updated
    options array.

    Args:
        id (int):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CreateConversationAttributeOptionRequest): Payload for adding a new option to a
            list-type conversation attribute.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        ConversationAttributeBooleanType | ConversationAttributeDatetimeType | ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType | ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=await client.request(**kwargs))
