# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.data_attribute_list import DataAttributeList
from ...models.intercom_version import IntercomVersion
from ...models.list_data_attributes_model import ListDataAttributesModel
from ...types import (
    UNSET,
    Response,
    Unset,
    WrongType,
    decode_json,
)


def _get_kwargs(
    *,
    model: ListDataAttributesModel | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    params: dict[str, Any] = {}

    json_model: str | Unset = UNSET
    if not isinstance(model, Unset):
        json_model = model

    params["model"] = json_model

    params["include_archived"] = include_archived

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data_attributes",
    }
    if params:  # no params at all spares httpx a second parse of the URL
        _kwargs["params"] = params

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Any, response: httpx.Response) -> DataAttributeList:
    try:
        if response.status_code == 200:
            return DataAttributeList.from_dict(decode_json(response))

        pass
    except ResponseDecodingError as exc:
        exc.response = response
        raise
    except WrongType as exc:
        raise ResponseDecodingError(str(exc), response=response) from None
    raise errors.error_for_response(response)


def _build_response(*, client: Any, response: httpx.Response) -> Response[DataAttributeList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Intercom,
    model: ListDataAttributesModel | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[DataAttributeList]:
    """List all data attributes

     You can fetch a list of all data attributes belonging to a workspace for contacts or companies.

    {% admonition type="warning" name="Conversation attributes removed" %}
    Conversation attributes are no longer returned by this endpoint. Calling without a `model` parameter
    no longer includes them in the response, and `model=conversation` returns a `422` error. Use [GET
    /conversations/attributes](/docs/references/preview/rest-api/api.intercom.io/conversations-
    attributes/listconversationattributes) instead.
    {% /admonition %}

    Args:
        model (ListDataAttributesModel | Unset):
        include_archived (bool | Unset):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[DataAttributeList]
    """

    kwargs = _get_kwargs(
        model=model,
        include_archived=include_archived,
        intercom_version=intercom_version,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Intercom,
    model: ListDataAttributesModel | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> DataAttributeList:
    """List all data attributes

     You can fetch a list of all data attributes belonging to a workspace for contacts or companies.

    {% admonition type="warning" name="Conversation attributes removed" %}
    Conversation attributes are no longer returned by this endpoint. Calling without a `model` parameter
    no longer includes them in the response, and `model=conversation` returns a `422` error. Use [GET
    /conversations/attributes](/docs/references/preview/rest-api/api.intercom.io/conversations-
    attributes/listconversationattributes) instead.
    {% /admonition %}

    Args:
        model (ListDataAttributesModel | Unset):
        include_archived (bool | Unset):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        DataAttributeList
    """

    kwargs = _get_kwargs(
        model=model,
        include_archived=include_archived,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    model: ListDataAttributesModel | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[DataAttributeList]:
    """List all data attributes

     You can fetch a list of all data attributes belonging to a workspace for contacts or companies.

    {% admonition type="warning" name="Conversation attributes removed" %}
    Conversation attributes are no longer returned by this endpoint. Calling without a `model` parameter
    no longer includes them in the response, and `model=conversation` returns a `422` error. Use [GET
    /conversations/attributes](/docs/references/preview/rest-api/api.intercom.io/conversations-
    attributes/listconversationattributes) instead.
    {% /admonition %}

    Args:
        model (ListDataAttributesModel | Unset):
        include_archived (bool | Unset):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[DataAttributeList]
    """

    kwargs = _get_kwargs(
        model=model,
        include_archived=include_archived,
        intercom_version=intercom_version,
    )
    response = await client.request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncIntercom,
    model: ListDataAttributesModel | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> DataAttributeList:
    """List all data attributes

     You can fetch a list of all data attributes belonging to a workspace for contacts or companies.

    {% admonition type="warning" name="Conversation attributes removed" %}
    Conversation attributes are no longer returned by this endpoint. Calling without a `model` parameter
    no longer includes them in the response, and `model=conversation` returns a `422` error. Use [GET
    /conversations/attributes](/docs/references/preview/rest-api/api.intercom.io/conversations-
    attributes/listconversationattributes) instead.
    {% /admonition %}

    Args:
        model (ListDataAttributesModel | Unset):
        include_archived (bool | Unset):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        DataAttributeList
    """

    kwargs = _get_kwargs(
        model=model,
        include_archived=include_archived,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=await client.request(**kwargs))
