# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

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
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    WrongType,
    decode_response,
    decode_variant,
    path_segment,
)


def _decode_200(data: Any) -> Any:
    if data.__class__ is dict:
        try:
            return decode_variant(
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
            )
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


_OPERATION = "DELETE /conversations/attributes/{id}/options/{option_id}"


def _get_kwargs(
    id: int,
    option_id: str,
    *,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/conversations/attributes/{id}/options/{option_id}".format(
            id=path_segment("id", id, _OPERATION),
            option_id=path_segment("option_id", option_id, _OPERATION),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, *, strict: bool = False
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
    if response.status_code == 200:
        parsed: (
            ConversationAttributeBooleanType
            | ConversationAttributeDatetimeType
            | ConversationAttributeDecimalType
            | ConversationAttributeFilesType
            | ConversationAttributeIntegerType
            | ConversationAttributeListType
            | ConversationAttributeRelationshipType
            | ConversationAttributeStringType
        ) = decode_response(response, _decode_200, strict=strict)
        return parsed

    raise errors.error_for_response(response)


def _build_response(
    response: httpx.Response, *, strict: bool = False
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
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    id: int,
    option_id: str,
    *,
    client: Intercom,
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
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        id=id,
        option_id=option_id,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    id: int,
    option_id: str,
    *,
    client: Intercom,
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
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        id=id,
        option_id=option_id,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    id: int,
    option_id: str,
    *,
    client: AsyncIntercom,
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
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        id=id,
        option_id=option_id,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    id: int,
    option_id: str,
    *,
    client: AsyncIntercom,
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
    """Archive an option on a list conversation attribute: ``DELETE /conversations/attributes/{id}/options/{option_id}``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        id=id,
        option_id=option_id,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
