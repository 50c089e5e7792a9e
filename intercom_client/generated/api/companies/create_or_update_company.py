# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.company import Company
from ...models.create_or_update_company_request import CreateOrUpdateCompanyRequest
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
    body: CreateOrUpdateCompanyRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Any, response: httpx.Response) -> Company:
    try:
        if response.status_code == 200:
            return Company.from_dict(decode_json(response))

        pass
    except ResponseDecodingError as exc:
        exc.response = response
        raise
    except WrongType as exc:
        raise ResponseDecodingError(str(exc), response=response) from None
    raise errors.error_for_response(response)


def _build_response(*, client: Any, response: httpx.Response) -> Response[Company]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Intercom,
    body: CreateOrUpdateCompanyRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Company]:
    """Create or Update a company

     You can create or update a company.

    Companies will be only visible in Intercom when there is at least one associated user.

    Companies are looked up via `company_id` in a `POST` request, if not found via `company_id`, the new
    company will be created, if found, that company will be updated.

    {% admonition type="warning" name="Using `company_id`" %}
      You can set a unique `company_id` value when creating a company. However, it is not possible to
    update `company_id`. Be sure to set a unique value once upon creation of the company.
    {% /admonition %}

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CreateOrUpdateCompanyRequest | Unset): You can create or update a Company

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[Company]
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
    body: CreateOrUpdateCompanyRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Company:
    """Create or Update a company

     You can create or update a company.

    Companies will be only visible in Intercom when there is at least one associated user.

    Companies are looked up via `company_id` in a `POST` request, if not found via `company_id`, the new
    company will be created, if found, that company will be updated.

    {% admonition type="warning" name="Using `company_id`" %}
      You can set a unique `company_id` value when creating a company. However, it is not possible to
    update `company_id`. Be sure to set a unique value once upon creation of the company.
    {% /admonition %}

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CreateOrUpdateCompanyRequest | Unset): You can create or update a Company

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Company
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    body: CreateOrUpdateCompanyRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Company]:
    """Create or Update a company

     You can create or update a company.

    Companies will be only visible in Intercom when there is at least one associated user.

    Companies are looked up via `company_id` in a `POST` request, if not found via `company_id`, the new
    company will be created, if found, that company will be updated.

    {% admonition type="warning" name="Using `company_id`" %}
      You can set a unique `company_id` value when creating a company. However, it is not possible to
    update `company_id`. Be sure to set a unique value once upon creation of the company.
    {% /admonition %}

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CreateOrUpdateCompanyRequest | Unset): You can create or update a Company

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[Company]
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
    body: CreateOrUpdateCompanyRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Company:
    """Create or Update a company

     You can create or update a company.

    Companies will be only visible in Intercom when there is at least one associated user.

    Companies are looked up via `company_id` in a `POST` request, if not found via `company_id`, the new
    company will be created, if found, that company will be updated.

    {% admonition type="warning" name="Using `company_id`" %}
      You can set a unique `company_id` value when creating a company. However, it is not possible to
    update `company_id`. Be sure to set a unique value once upon creation of the company.
    {% /admonition %}

    Args:
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (CreateOrUpdateCompanyRequest | Unset): You can create or update a Company

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Company
    """

    kwargs = _get_kwargs(
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=await client.request(**kwargs))
